#include "dashboard/salesdashboardwidget.h"

#include "dashboard/chartrender.h"
#include "dashboard/checklistbutton.h"
#include "dashboard/periodpicker.h"
#include "dashboard/reportjobbar.h"
#include "dashboard/salesstatisticsmodel.h"
#include "reports/salestableexport.h"
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
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
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

} // namespace

SalesDashboardWidget::SalesDashboardWidget(QWidget *parent)
    : QWidget(parent), m_picker(new PeriodPicker(this)),
      m_statuses(new CheckListButton(tr("Status"), this)),
      m_segments(new CheckListButton(tr("Segments"), this)), m_metric(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_granularity(new QComboBox(this)),
      m_export(new QToolButton(this)), m_refresh(new QToolButton(this)),
      m_chartView(new QChartView(this)), m_table(new QTableView(this)),
      m_model(new SalesStatisticsModel(this)), m_proxy(new SalesStatisticsSortProxy(this)),
      m_job(new ReportJobBar(this)), m_watcher(new QFutureWatcher<Result<SalesDashboardData>>(this))
{
    for (SalesMetric m : SalesMetrics::all())
        m_metric->addItem(SalesMetrics::label(m), int(m));
    m_kind->addItem(tr("Bar chart"), int(ChartKind::Bars));
    m_kind->addItem(tr("Line chart"), int(ChartKind::Lines));
    m_granularity->addItem(tr("per day"), int(SeriesGranularity::Day));
    m_granularity->addItem(tr("per week"), int(SeriesGranularity::Week));
    m_granularity->addItem(tr("per month"), int(SeriesGranularity::Month));
    m_export->setText(tr("Export table"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("CSV…")), &QAction::triggered, this,
            [this] { exportTable(false); });
    connect(exportMenu->addAction(tr("Excel workbook…")), &QAction::triggered, this,
            [this] { exportTable(true); });
    m_export->setMenu(exportMenu);
    m_export->setEnabled(false);
    m_refresh->setText(tr("Reload"));
    m_refresh->setToolTip(tr("Compute the figures again from the store"));

    auto *view = new QHBoxLayout;
    view->addWidget(caption(tr("Show"), this));
    view->addWidget(m_metric);
    view->addWidget(m_kind);
    view->addWidget(m_granularity);
    view->addSpacing(12);
    view->addWidget(m_statuses);
    view->addWidget(m_segments);
    view->addStretch(1);
    view->addWidget(m_refresh);
    view->addWidget(m_export);

    auto *chart = new QChart;
    chartrender::styleChart(chart);
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SalesStatisticsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SalesStatisticsModel::GrandTotal, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SalesStatisticsModel::Segment,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addLayout(view);
    layout->addWidget(split, 1);
    layout->addWidget(m_job);

    connect(m_picker, &PeriodPicker::periodChanged, this, &SalesDashboardWidget::autoGranularity);
    connect(m_picker, &PeriodPicker::changed, this, &SalesDashboardWidget::reload);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &SalesDashboardWidget::redraw);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_granularity->setVisible(m_kind->currentData().toInt() == int(ChartKind::Lines));
        reload();
    });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &SalesDashboardWidget::reload);
    connect(m_statuses, &CheckListButton::changed, this, &SalesDashboardWidget::reload);
    connect(m_segments, &CheckListButton::changed, this, &SalesDashboardWidget::reload);
    connect(m_refresh, &QToolButton::clicked, this, &SalesDashboardWidget::reload);
    connect(m_job, &ReportJobBar::cancelRequested, this, [this] {
        ++m_generation;
        m_watcher->cancel();
        m_job->finish(tr("Cancelled."));
    });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { m_job->setProgress(value, m_watcher->progressMaximum()); });
    m_granularity->setVisible(false);
    autoGranularity();
}

SalesDashboardWidget::~SalesDashboardWidget()
{
    m_watcher->cancel();
}

void SalesDashboardWidget::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    m_hasLookups = false;
    m_data.reset();
    m_model->clear();
    m_picker->setStoreTimeZone(settings.storeTimeZone);
}

void SalesDashboardWidget::setLookups(const DashboardLookups &lookups)
{
    m_format = MoneyFormat(lookups.currency);
    m_allCustomers = lookups.allCustomers;
    m_updating = true;
    offerDashboardChoices(lookups, m_segments, m_statuses, !m_hasLookups);
    m_updating = false;
    m_hasLookups = true;
    reload();
}

void SalesDashboardWidget::setToday(const QDate &today)
{
    m_picker->setToday(today);
}

void SalesDashboardWidget::setPeriod(PeriodPreset preset, const DateRange &custom)
{
    m_picker->setPeriod(preset, custom);
}

void SalesDashboardWidget::setComparison(ComparePeriod mode, const DateRange &custom)
{
    m_picker->setComparison(mode, custom);
}

void SalesDashboardWidget::setMetric(SalesMetric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

void SalesDashboardWidget::setChartKind(ChartKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void SalesDashboardWidget::setGranularity(SeriesGranularity granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
}

void SalesDashboardWidget::setStatuses(const QStringList &statuses)
{
    m_statuses->setChecked(statuses);
    reload();
}

void SalesDashboardWidget::setSegments(const QStringList &codes)
{
    m_segments->setChecked(codes);
    reload();
}

DateRange SalesDashboardWidget::period() const
{
    return m_picker->period();
}

std::optional<DateRange> SalesDashboardWidget::comparePeriod() const
{
    return m_picker->comparePeriod();
}

QChart *SalesDashboardWidget::chart() const
{
    return m_chartView->chart();
}

bool SalesDashboardWidget::isLoading() const
{
    return m_job->isRunning();
}

void SalesDashboardWidget::autoGranularity()
{
    const QSignalBlocker block(m_granularity);
    m_granularity->setCurrentIndex(m_granularity->findData(int(m_picker->suggestedGranularity())));
}

void SalesDashboardWidget::reload()
{
    if (m_updating || !m_hasStore || !m_hasLookups) return;
    const DateRange current = period();
    if (!current.isValid()) {
        m_job->fail(tr("The period ends before it starts."));
        return;
    }
    const std::optional<DateRange> compare = comparePeriod();
    if (m_picker->comparisonInvalid()) {
        m_job->fail(tr("The comparison period ends before it starts."));
        return;
    }
    SalesQuery query;
    query.period = current;
    query.statuses = m_statuses->checked();
    query.segmentCodes = m_segments->checked();
    if (query.segmentCodes.isEmpty()) {
        m_data.reset();
        m_model->clear();
        chartrender::clear(chart());
        chart()->setTitle(tr("Choose at least one segment"));
        m_job->finish();
        return;
    }
    if (query.statuses.isEmpty()) {
        m_job->fail(tr("Choose at least one order status."));
        return;
    }
    const bool lines = m_kind->currentData().toInt() == int(ChartKind::Lines);
    const auto granularity = SeriesGranularity(m_granularity->currentData().toInt());
    const Qt::DayOfWeek weekStart = QLocale().firstDayOfWeek();

    const int generation = ++m_generation;
    m_job->start(tr("Computing sales for %1…").arg(rangeLabel(current)));
    QFuture<Result<SalesDashboardData>> future = runStoreTaskWithProgress<SalesDashboardData>(
        m_settings,
        [query, compare, lines, granularity,
         weekStart](StoreSession &session,
                    QPromise<Result<SalesDashboardData>> &promise) -> Result<SalesDashboardData> {
            SalesComparisonArgs args;
            args.query = query;
            args.comparePeriod = compare;
            args.withSeries = lines;
            args.granularity = granularity;
            args.weekStart = weekStart;
            constexpr int kScale = 1000;
            promise.setProgressRange(0, kScale);
            return seg::compareSales(session, args, [&](int done, int total) {
                promise.setProgressValue(total > 0 ? int(qint64(done) * kScale / total) : 0);
                return !promise.isCanceled();
            });
        });
    disconnect(m_watcher, &QFutureWatcherBase::finished, this, nullptr);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation, current, compare] {
        QFuture<Result<SalesDashboardData>> f = m_watcher->future();
        // A finished() of the previous computation can arrive after the next one was set:
        // it is not this one's end (it would say "Cancelled." and keep the old figures).
        if (generation != m_generation || !f.isFinished()) return;
        if (f.isCanceled() || f.resultCount() == 0) {
            m_job->finish(tr("Cancelled."));
            return;
        }
        const Result<SalesDashboardData> result = f.result();
        if (!result) {
            m_job->fail(tr("The sales report failed: %1").arg(result.error().message));
            emit failed(result.error().message);
            return;
        }
        m_data = *result;
        // Counted once per store with the lookups: the base of "% of all customers".
        m_data->current.store.customers = m_allCustomers;
        if (m_data->compare) m_data->compare->store.customers = m_allCustomers;
        m_model->setReport(m_data->current, m_format);
        m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                              m_table->horizontalHeader()->sortIndicatorOrder());
        m_export->setEnabled(true);
        redraw();
        QString summary =
            tr("%1: %2 orders from %3 customers")
                .arg(rangeLabel(current), MoneyFormat::number(double(m_data->current.store.orders)),
                     MoneyFormat::number(double(m_data->current.store.customersOrdered)));
        if (m_data->compare)
            summary += tr(" · %1: %2 orders")
                           .arg(rangeLabel(*compare),
                                MoneyFormat::number(double(m_data->compare->store.orders)));
        summary +=
            tr(" · amounts in %1 (base currency) · statuses: %2")
                .arg(m_format.currencyCode(), m_statuses->checked().join(QStringLiteral(", ")));
        m_job->finish(summary);
        emit loaded();
    });
    m_watcher->setFuture(future);
}

void SalesDashboardWidget::redraw()
{
    if (!m_data) return;
    const auto metric = SalesMetric(m_metric->currentData().toInt());
    if (m_data->series)
        chartrender::drawLines(
            chart(), buildSalesLineChart(*m_data->series, m_data->compareSeries, metric, m_format));
    else
        chartrender::drawBars(
            chart(), buildSalesBarChart(m_data->current, m_data->compare, metric, m_format));
}

void SalesDashboardWidget::exportTable(bool excel)
{
    if (!m_data) return;
    const QString suggested = QStringLiteral("segment-sales-%1-%2.%3")
                                  .arg(m_data->current.period.from.toString(Qt::ISODate),
                                       m_data->current.period.to.toString(Qt::ISODate),
                                       excel ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the statistics table"), suggested,
        excel ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (path.isEmpty()) return;
    const Status s = SalesTableExport::write(
        m_data->current, excel ? SalesTableExport::Format::Xlsx : SalesTableExport::Format::Csv,
        path);
    if (!s) QMessageBox::warning(this, tr("Export failed"), s.error().message);
}
