#include "dashboard/dashboardpane.h"

#include "dashboard/overlapview.h"
#include "dashboard/performanceview.h"
#include "dashboard/salesdashboardwidget.h"
#include "dashboard/sizehistoryview.h"
#include "session/storetask.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace seg;

DashboardPane::DashboardPane(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_sales(new SalesDashboardWidget(this)),
      m_sizes(new SizeHistoryView(this)), m_performance(new PerformanceView(this)),
      m_overlap(new OverlapView(this)),
      m_watcher(new QFutureWatcher<Result<DashboardLookups>>(this))
{
    m_tabs->addTab(m_sales, tr("Sales by segment"));
    m_tabs->addTab(m_performance, tr("Performance"));
    m_tabs->addTab(m_sizes, tr("Size over time"));
    m_tabs->addTab(m_overlap, tr("Overlap"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QFuture<Result<DashboardLookups>> f = m_watcher->future();
        if (!f.isFinished()) // the previous read's finished(), after the next one was set
            return;
        if (f.isCanceled() || f.resultCount() == 0) return;
        const Result<DashboardLookups> r = f.result();
        if (!r) {
            emit failed(r.error().message);
            return;
        }
        DashboardLookups lookups = *r;
        if (m_lookups) {
            lookups.allCustomers = m_lookups->allCustomers; // counted once per store
            if (!m_recompute && m_lookups->sameChoices(lookups)) return;
        }
        m_recompute = false;
        m_lookups = lookups;
        m_sales->setLookups(lookups);
        m_sizes->setLookups(lookups);
        m_performance->setLookups(lookups);
        m_overlap->setLookups(lookups);
        emit lookupsLoaded();
    });
}

DashboardPane::~DashboardPane()
{
    m_watcher->cancel();
}

bool DashboardPane::isLoading() const
{
    return m_watcher->isRunning() || m_sales->isLoading() || m_performance->isLoading();
}

void DashboardPane::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    m_sales->setStore(settings);
    m_sizes->setStore(settings);
    m_performance->setStore(settings);
    m_overlap->setStore(settings);
    m_lookups.reset();
    m_stale = false;
    m_recompute = false;
    reloadLookups();
}

void DashboardPane::segmentsChanged()
{
    if (!m_hasStore) return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_recompute = true; // the members changed even when the choices did not
    reloadLookups();
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_recompute = true;
        reloadLookups();
    } else if (!m_firstShow || (!m_lookups && !m_watcher->isRunning())) {
        // Back from the segment list: new or renamed segments show up. Also retried when
        // the lookups could not be read (a store whose Segmentor tables did not exist yet).
        reloadLookups();
    }
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
