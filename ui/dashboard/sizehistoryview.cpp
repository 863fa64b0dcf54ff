#include "dashboard/sizehistoryview.h"

#include "dashboard/chartbuilders.h"
#include "dashboard/chartrender.h"
#include "dashboard/checklistbutton.h"
#include "dashboard/reportjobbar.h"
#include "operations/reports.h"
#include "session/storetask.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

using namespace seg;

SizeHistoryView::SizeHistoryView(QWidget *parent)
    : QWidget(parent), m_segments(new CheckListButton(tr("Segments"), this)),
      m_span(new QComboBox(this)), m_chartView(new QChartView(this)), m_empty(new QLabel(this)),
      m_job(new ReportJobBar(this)),
      m_watcher(new QFutureWatcher<Result<QList<SizeHistoryLine>>>(this))
{
    m_span->addItem(tr("Last 30 days"), 30);
    m_span->addItem(tr("Last 90 days"), 90);
    m_span->addItem(tr("Last 12 months"), 365);
    m_span->addItem(tr("All snapshots"), 0);
    m_span->setCurrentIndex(3);
    auto *reloadButton = new QToolButton(this);
    reloadButton->setText(tr("Reload"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Show</b>"), this));
    bar->addWidget(m_span);
    bar->addWidget(m_segments);
    bar->addStretch(1);
    bar->addWidget(reloadButton);

    auto *chart = new QChart;
    chartrender::styleChart(chart);
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr(
        "<h3>No size history yet</h3><p>Every refresh records how many members a segment has.<br>"
        "Refresh your segments (or let the scheduled refresh run) and their sizes appear "
        "here.</p>"));
    auto *stack = new QStackedLayout;
    stack->addWidget(m_chartView);
    stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(stack, 1);
    layout->addWidget(m_job);

    connect(m_segments, &CheckListButton::changed, this, &SizeHistoryView::reload);
    connect(m_span, &QComboBox::currentIndexChanged, this, &SizeHistoryView::reload);
    connect(reloadButton, &QToolButton::clicked, this, &SizeHistoryView::reload);
    connect(m_job, &ReportJobBar::cancelRequested, this, [this] {
        ++m_generation;
        m_watcher->cancel();
        m_job->finish(tr("Cancelled."));
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, stack] {
        if (m_watcher->property("generation").toInt() != m_generation) return;
        QFuture<Result<QList<SizeHistoryLine>>> f = m_watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) return;
        const Result<QList<SizeHistoryLine>> r = f.result();
        if (!r) {
            m_job->fail(tr("Reading the size history failed: %1").arg(r.error().message));
            return;
        }
        m_lines = *r;
        const SizeChartData data = buildSizeChart(m_lines);
        stack->setCurrentIndex(data.empty ? 1 : 0);
        if (!data.empty) chartrender::drawSizes(this->chart(), data);
        qint64 snapshots = 0;
        for (const SizeHistoryLine &l : m_lines)
            snapshots += l.points.size();
        m_job->finish(tr("%1 snapshots of %2 segments").arg(snapshots).arg(m_lines.size()));
        emit loaded();
    });
}

SizeHistoryView::~SizeHistoryView()
{
    m_watcher->cancel();
}

void SizeHistoryView::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_ready = false;
}

void SizeHistoryView::setLookups(const DashboardLookups &lookups)
{
    QList<QPair<QString, QString>> items;
    QStringList all;
    for (const ReportSegment &s : lookups.segments) {
        items << qMakePair(s.code, s.name.isEmpty() ? s.code : s.name);
        all << s.code;
    }
    if (m_ready) // read again: the user's choice stays
        m_segments->updateItems(items, all);
    else
        m_segments->setItems(items, all);
    m_ready = true;
    reload();
}

QChart *SizeHistoryView::chart() const
{
    return m_chartView->chart();
}

void SizeHistoryView::reload()
{
    if (!m_ready) return;
    const QStringList codes = m_segments->checked();
    const int days = m_span->currentData().toInt();
    const QDateTime since = days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime();
    const int generation = ++m_generation;
    m_job->start(tr("Reading the size history…"));
    if (codes.isEmpty()) {
        m_lines.clear();
        chartrender::clear(chart());
        chart()->setTitle(tr("Choose at least one segment"));
        m_job->finish();
        return;
    }
    m_watcher->setProperty("generation", generation);
    m_watcher->setFuture(
        runStoreTask<QList<SizeHistoryLine>>(m_settings, [codes, since](StoreSession &session) {
            return seg::segmentSizeHistory(session, codes, since);
        }));
}
