#include "dashboard/dashboardpane.h"

#include "dashboard/overlapview.h"
#include "dashboard/salesdashboardwidget.h"
#include "dashboard/sizehistoryview.h"
#include "session/storetask.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace seg;

DashboardPane::DashboardPane(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_sales(new SalesDashboardWidget(this)),
      m_sizes(new SizeHistoryView(this)), m_overlap(new OverlapView(this)),
      m_watcher(new QFutureWatcher<Result<DashboardLookups>>(this))
{
    m_tabs->addTab(m_sales, tr("Sales by segment"));
    m_tabs->addTab(m_sizes, tr("Size over time"));
    m_tabs->addTab(m_overlap, tr("Overlap"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QFuture<Result<DashboardLookups>> f = m_watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) return;
        const Result<DashboardLookups> r = f.result();
        if (!r) {
            emit failed(r.error().message);
            return;
        }
        DashboardLookups lookups = *r;
        if (m_lookups) {
            lookups.allCustomers = m_lookups->allCustomers; // counted once per store
            if (m_lookups->sameChoices(lookups)) return;
        }
        m_lookups = lookups;
        m_sales->setLookups(lookups);
        m_sizes->setLookups(lookups);
        m_overlap->setLookups(lookups);
        emit lookupsLoaded();
    });
}

DashboardPane::~DashboardPane()
{
    m_watcher->cancel();
}

void DashboardPane::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    m_sales->setStore(settings);
    m_sizes->setStore(settings);
    m_overlap->setStore(settings);
    m_lookups.reset();
    reloadLookups();
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_firstShow && m_lookups)
        reloadLookups(); // back from the segment list: new or renamed segments show up
    m_firstShow = false;
}

void DashboardPane::reloadLookups()
{
    if (!m_hasStore) return;
    const bool countCustomers = !m_lookups.has_value();
    m_watcher->setFuture(
        runStoreTask<DashboardLookups>(m_settings, [countCustomers](StoreSession &session) {
            return DashboardLookups::load(session, countCustomers);
        }));
}
