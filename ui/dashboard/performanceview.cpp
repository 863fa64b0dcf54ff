#include "dashboard/performanceview.h"

#include "dashboard/chartrender.h"
#include "dashboard/checklistbutton.h"
#include "dashboard/kpitile.h"
#include "dashboard/performancebuilders.h"
#include "dashboard/periodpicker.h"
#include "dashboard/reportjobbar.h"
#include "dashboard/reporttablemodel.h"
#include "reports/performancetables.h"
#include "session/storetask.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace seg;

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: palette(text); font-weight: 600;"));
    return label;
}

QTableView *tableView(ReportTableModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(ReportTableModel::SortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

PerformanceView::PerformanceView(QWidget *parent)
    : QWidget(parent), m_picker(new PeriodPicker(this)), m_membership(new QComboBox(this)),
      m_granularity(new QComboBox(this)), m_statuses(new CheckListButton(tr("Status"), this)),
      m_segments(new CheckListButton(tr("Segments"), this)), m_import(new QToolButton(this)),
      m_refresh(new QToolButton(this)), m_export(new QToolButton(this)), m_mode(new QLabel(this)),
      m_tileStrip(new QWidget(this)), m_tileLayout(new QHBoxLayout(m_tileStrip)),
      m_chartView(new QChartView(this)), m_tables(new QTabWidget(this)),
      m_job(new ReportJobBar(this)),
      m_watcher(new QFutureWatcher<Result<PerformanceComparison>>(this)),
      m_importWatcher(new QFutureWatcher<Result<EngagementImportSummary>>(this))
{
    m_membership->addItem(tr("Today's members"), int(MembershipMode::Current));
    m_membership->addItem(tr("Members at the time of the order"), int(MembershipMode::Historical));
    m_membership->setToolTip(
        tr("Today's members: every order of the period by the segment's current members.\n"
           "Members at the time of the order: an order counts only when it was placed while "
           "the customer was in the segment (from the refresh journal)."));
    m_granularity->addItem(tr("per day"), int(SeriesGranularity::Day));
    m_granularity->addItem(tr("per week"), int(SeriesGranularity::Week));
    m_granularity->addItem(tr("per month"), int(SeriesGranularity::Month));
    m_import->setText(tr("Import email engagement"));
    m_import->setToolTip(tr("Read the campaign reports of the segments synced to Mailchimp or "
                            "Klaviyo (sent, delivered, opens, clicks, unsubscribes)"));
    m_refresh->setText(tr("Reload"));
    m_export->setText(tr("Export table"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("CSV…")), &QAction::triggered, this,
            [this] { chooseExportFile(false); });
    connect(exportMenu->addAction(tr("Excel workbook…")), &QAction::triggered, this,
            [this] { chooseExportFile(true); });
    m_export->setMenu(exportMenu);
    m_export->setEnabled(false);

    auto *view = new QHBoxLayout;
    view->addWidget(caption(tr("Count"), this));
    view->addWidget(m_membership);
    view->addWidget(m_granularity);
    view->addSpacing(12);
    view->addWidget(m_statuses);
    view->addWidget(m_segments);
    view->addStretch(1);
    view->addWidget(m_import);
    view->addWidget(m_refresh);
    view->addWidget(m_export);
    m_mode->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_tileLayout->setContentsMargins(0, 0, 0, 0);
    m_tileLayout->addStretch(1);
    auto *tileScroll = new QScrollArea(this);
    tileScroll->setWidget(m_tileStrip);
    tileScroll->setWidgetResizable(true);
    tileScroll->setFrameShape(QFrame::NoFrame);
    tileScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tileScroll->setFixedHeight(190);

    auto *chart = new QChart;
    chartrender::styleChart(chart);
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    const QStringList tabNames{tr("Period totals"), tr("Per period"), tr("Daily snapshots"),
                               tr("Email engagement")};
    for (const QString &name : tabNames) {
        auto *model = new ReportTableModel(this);
        m_models << model;
        m_tables->addTab(tableView(model, this), name);
    }

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addLayout(view);
    layout->addWidget(m_mode);
    layout->addWidget(tileScroll);
    layout->addWidget(split, 1);
    layout->addWidget(m_job);

    connect(m_picker, &PeriodPicker::periodChanged, this, &PerformanceView::autoGranularity);
    connect(m_picker, &PeriodPicker::changed, this, &PerformanceView::reload);
    connect(m_membership, &QComboBox::currentIndexChanged, this, &PerformanceView::reload);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &PerformanceView::reload);
    connect(m_statuses, &CheckListButton::changed, this, &PerformanceView::reload);
    connect(m_segments, &CheckListButton::changed, this, &PerformanceView::reload);
    connect(m_refresh, &QToolButton::clicked, this, &PerformanceView::reload);
    connect(m_import, &QToolButton::clicked, this, &PerformanceView::importEngagement);
    connect(m_job, &ReportJobBar::cancelRequested, this, [this] {
        ++m_generation;
        m_watcher->cancel();
        m_importWatcher->cancel();
        m_import->setEnabled(true);
        m_job->finish(tr("Cancelled."));
    });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { m_job->setProgress(value, m_watcher->progressMaximum()); });
    connect(m_importWatcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { m_job->setProgress(value, m_importWatcher->progressMaximum()); });
    autoGranularity();
}

PerformanceView::~PerformanceView()
{
    m_watcher->cancel();
    m_importWatcher->cancel();
}

void PerformanceView::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    m_hasLookups = false;
    m_data.reset();
    for (ReportTableModel *model : m_models)
        model->clear();
    m_picker->setStoreTimeZone(settings.storeTimeZone);
}

void PerformanceView::setLookups(const DashboardLookups &lookups)
{
    m_format = MoneyFormat(lookups.currency);
    m_updating = true;
    // Tiles for every segment would not fit: the first four are chosen at first.
    offerDashboardChoices(lookups, m_segments, m_statuses, !m_hasLookups, 4);
    m_updating = false;
    m_hasLookups = true;
    reload();
}

void PerformanceView::setMembership(MembershipMode mode)
{
    m_membership->setCurrentIndex(m_membership->findData(int(mode)));
}

void PerformanceView::setGranularity(SeriesGranularity granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
}

void PerformanceView::setSegments(const QStringList &codes)
{
    m_segments->setChecked(codes);
    reload();
}

void PerformanceView::showTable(Table table)
{
    m_tables->setCurrentIndex(int(table));
}

QList<KpiTile *> PerformanceView::tiles() const
{
    return m_tileStrip->findChildren<KpiTile *>(Qt::FindDirectChildrenOnly);
}

QChart *PerformanceView::chart() const
{
    return m_chartView->chart();
}

QString PerformanceView::statusText() const
{
    return m_job->message();
}

bool PerformanceView::isLoading() const
{
    return m_job->isRunning();
}

void PerformanceView::autoGranularity()
{
    const QSignalBlocker block(m_granularity);
    m_granularity->setCurrentIndex(m_granularity->findData(int(m_picker->suggestedGranularity())));
}

void PerformanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) reload();
}

void PerformanceView::reload()
{
    if (m_updating || !m_hasStore || !m_hasLookups) return;
    // Four reports per reload: computed only when someone looks at the tab.
    m_stale = !isVisible();
    if (m_stale) return;
    const DateRange period = m_picker->period();
    if (!period.isValid()) {
        m_job->fail(tr("The period ends before it starts."));
        return;
    }
    if (m_picker->comparisonInvalid()) {
        m_job->fail(tr("The comparison period ends before it starts."));
        return;
    }
    PerformanceComparisonArgs args;
    args.query.period = period;
    args.query.statuses = m_statuses->checked();
    args.query.segmentCodes = m_segments->checked();
    args.query.membership = MembershipMode(m_membership->currentData().toInt());
    args.query.weekStart = QLocale().firstDayOfWeek();
    args.comparePeriod = m_picker->comparePeriod();
    args.granularity = SeriesGranularity(m_granularity->currentData().toInt());
    if (args.query.segmentCodes.isEmpty()) {
        m_data.reset();
        showData();
        chart()->setTitle(tr("Choose at least one segment"));
        m_job->finish();
        return;
    }
    if (args.query.statuses.isEmpty()) {
        m_job->fail(tr("Choose at least one order status."));
        return;
    }
    m_mode->setText(membershipCaption(args.query.membership));

    const int generation = ++m_generation;
    m_job->start(tr("Computing segment performance for %1…").arg(rangeLabel(period)));
    QFuture<Result<PerformanceComparison>> future = runStoreTaskWithProgress<PerformanceComparison>(
        m_settings,
        [args](StoreSession &session,
               QPromise<Result<PerformanceComparison>> &promise) -> Result<PerformanceComparison> {
            constexpr int kScale = 1000;
            promise.setProgressRange(0, kScale);
            return seg::comparePerformance(session, args, [&](int done, int total) {
                promise.setProgressValue(total > 0 ? int(qint64(done) * kScale / total) : 0);
                return !promise.isCanceled();
            });
        });
    disconnect(m_watcher, &QFutureWatcherBase::finished, this, nullptr);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation, period] {
        QFuture<Result<PerformanceComparison>> f = m_watcher->future();
        // A finished() of the previous computation can arrive after the next one was set.
        if (generation != m_generation || !f.isFinished()) return;
        if (f.isCanceled() || f.resultCount() == 0) {
            m_job->finish(tr("Cancelled."));
            return;
        }
        const Result<PerformanceComparison> result = f.result();
        if (!result) {
            m_job->fail(tr("The performance report failed: %1").arg(result.error().message));
            emit failed(result.error().message);
            return;
        }
        m_data = *result;
        m_mode->setText(performanceCaption(*m_data));
        showData();
        QString summary =
            tr("%1 · %2 · amounts in %3 (base currency) · statuses: %4")
                .arg(rangeLabel(period), membershipCaption(m_data->totals.query.membership),
                     m_format.currencyCode(), m_statuses->checked().join(QStringLiteral(", ")));
        summary += m_data->engagement.isEmpty()
                       ? tr(" · no email engagement imported")
                       : tr(" · campaigns with engagement: %1").arg(m_data->engagement.size());
        m_job->finish(summary);
        emit loaded();
    });
    m_watcher->setFuture(future);
}

void PerformanceView::showData()
{
    for (KpiTile *tile : tiles())
        delete tile;
    if (!m_data) {
        for (ReportTableModel *model : m_models)
            model->clear();
        chartrender::clear(chart());
        m_export->setEnabled(false);
        return;
    }
    const QList<KpiTileData> tiles = buildKpiTiles(*m_data, m_format);
    for (int i = 0; i < tiles.size(); ++i)
        m_tileLayout->insertWidget(i, new KpiTile(tiles[i], m_tileStrip));
    chartrender::drawLines(chart(), buildConversionChart(m_data->series, m_data->compareSeries));

    ReportTable totals = PerformanceTables::figures(m_data->totals);
    if (m_data->compareTotals)
        totals.rows << PerformanceTables::figures(*m_data->compareTotals).rows;
    m_models[Totals]->setTable(totals);
    m_models[PerPeriod]->setTable(PerformanceTables::figures(m_data->series));
    QHash<QString, QString> names; // the tables show the names the tiles show
    for (const PerformanceRow &row : m_data->totals.rows)
        if (!row.name.isEmpty()) names.insert(row.code, row.name);
    m_models[Snapshots]->setTable(PerformanceTables::snapshots(m_data->snapshots, names));
    m_models[Engagement]->setTable(PerformanceTables::engagement(m_data->engagement, names));
    m_tables->setTabText(Snapshots, tr("Daily snapshots (%1)").arg(m_data->snapshots.size()));
    m_tables->setTabText(Engagement, tr("Email engagement (%1)").arg(m_data->engagement.size()));
    m_export->setEnabled(true);
}

Status PerformanceView::exportTable(Table table, bool excel, const QString &path) const
{
    return ReportTableFile::write(m_models[table]->table(),
                                  excel ? ReportFileFormat::Xlsx : ReportFileFormat::Csv, path);
}

void PerformanceView::chooseExportFile(bool excel)
{
    if (!m_data) return;
    const Table table = Table(m_tables->currentIndex());
    static const char *names[] = {"totals", "per-period", "snapshots", "engagement"};
    const QString suggested = QStringLiteral("segment-performance-%1-%2-%3.%4")
                                  .arg(QLatin1String(names[table]),
                                       m_data->totals.query.period.from.toString(Qt::ISODate),
                                       m_data->totals.query.period.to.toString(Qt::ISODate),
                                       excel ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the table"), suggested,
                                                      excel ? tr("Excel workbook (*.xlsx)")
                                                            : tr("CSV file (*.csv)"));
    if (path.isEmpty()) return;
    if (const Status s = exportTable(table, excel, path); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
}

void PerformanceView::importEngagement()
{
    if (!m_hasStore || m_importWatcher->isRunning()) return;
    const QStringList codes = m_segments->checked();
    m_import->setEnabled(false);
    m_job->start(tr("Importing email engagement from Mailchimp and Klaviyo…"));
    QFuture<Result<EngagementImportSummary>> future =
        runStoreTaskWithProgress<EngagementImportSummary>(
            m_settings,
            [codes](StoreSession &session, QPromise<Result<EngagementImportSummary>> &promise)
                -> Result<EngagementImportSummary> {
                return seg::importEngagement(session, codes, [&](int done, int total) {
                    promise.setProgressRange(0, std::max(total, 1));
                    promise.setProgressValue(done);
                    return !promise.isCanceled();
                });
            });
    disconnect(m_importWatcher, &QFutureWatcherBase::finished, this, nullptr);
    connect(m_importWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_import->setEnabled(true);
        QFuture<Result<EngagementImportSummary>> f = m_importWatcher->future();
        if (!f.isFinished()) return;
        if (f.isCanceled() || f.resultCount() == 0) {
            m_job->finish(tr("Cancelled."));
            return;
        }
        const Result<EngagementImportSummary> r = f.result();
        if (!r) {
            m_job->fail(tr("The engagement import failed: %1").arg(r.error().message));
            emit failed(r.error().message);
            return;
        }
        QString summary = tr("Email engagement imported · campaigns: %1 · segments: %2")
                              .arg(r->campaigns)
                              .arg(r->segments);
        if (!r->warnings.isEmpty())
            summary += QStringLiteral(" · ") + r->warnings.join(QStringLiteral(" · "));
        m_job->finish(summary);
        emit engagementImported(summary);
        reload(); // the engagement table shows the new rows
    });
    m_importWatcher->setFuture(future);
}
