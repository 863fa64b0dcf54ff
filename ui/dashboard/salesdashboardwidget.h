#pragma once

#include "dashboard/chartbuilders.h"
#include "dashboard/dashboardlookups.h"
#include "dashboard/salesmetric.h"
#include "operations/reports.h"
#include "reports/reportperiod.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class CheckListButton;
class QChart;
class QChartView;
class QComboBox;
class QTableView;
class QToolButton;
class PeriodPicker;
class ReportJobBar;
class SalesStatisticsModel;
class SalesStatisticsSortProxy;

// Everything one sales view shows, computed in a worker.
// What one computation of the dashboard gives (core/operations/reports.h).
using SalesDashboardData = seg::SalesComparison;

// Sales by segment: period and comparison, status filter, metric, bar or line chart and the
// statistics table (sortable, exportable to CSV and Excel).
class SalesDashboardWidget : public QWidget
{
    Q_OBJECT
public:
    enum class ChartKind
    {
        Bars,
        Lines
    };

    explicit SalesDashboardWidget(QWidget *parent = nullptr);
    ~SalesDashboardWidget() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setLookups(const DashboardLookups &lookups);

    // The store's "today" for the presets (default: now in the store time zone).
    void setToday(const QDate &today);
    void setPeriod(seg::PeriodPreset preset, const seg::DateRange &custom = {});
    void setComparison(seg::ComparePeriod mode, const seg::DateRange &custom = {});
    void setMetric(SalesMetric metric);
    void setChartKind(ChartKind kind);
    void setGranularity(seg::SeriesGranularity granularity);
    void setStatuses(const QStringList &statuses);
    void setSegments(const QStringList &codes); // among the saved segments

    seg::DateRange period() const;
    std::optional<seg::DateRange> comparePeriod() const;
    const std::optional<SalesDashboardData> &data() const { return m_data; }
    QChart *chart() const;
    SalesStatisticsModel *statistics() const { return m_model; }
    bool isLoading() const;

public slots:
    void reload();

signals:
    void loaded();
    void failed(const QString &message);

private:
    void redraw();
    void exportTable(bool excel);
    void autoGranularity();

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    bool m_hasLookups = false;
    MoneyFormat m_format;
    qint64 m_allCustomers = 0;

    PeriodPicker *m_picker;
    CheckListButton *m_statuses;
    CheckListButton *m_segments;
    QComboBox *m_metric;
    QComboBox *m_kind;
    QComboBox *m_granularity;
    QToolButton *m_export;
    QToolButton *m_refresh;
    QChartView *m_chartView;
    QTableView *m_table;
    SalesStatisticsModel *m_model;
    SalesStatisticsSortProxy *m_proxy;
    ReportJobBar *m_job;

    QFutureWatcher<seg::Result<SalesDashboardData>> *m_watcher;
    int m_generation = 0;
    bool m_updating = false;
    std::optional<SalesDashboardData> m_data;
};
