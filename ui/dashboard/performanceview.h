#pragma once

#include "dashboard/dashboardlookups.h"
#include "dashboard/salesmetric.h"
#include "operations/engagement.h"
#include "operations/performancecomparison.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class CheckListButton;
class KpiTile;
class PeriodPicker;
class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;
class ReportJobBar;
class ReportTableModel;

// Segment performance (issue #16): KPI tiles per segment, the conversion rate over time
// against a comparison period, the figures per period, the daily snapshots and the email
// engagement imported from Mailchimp or Klaviyo. Orders count for today's members or only
// while the customer was a member (the membership mode, said on screen). Every query and the
// engagement import run in workers with progress and cancel.
class PerformanceView : public QWidget
{
    Q_OBJECT
public:
    // The tables under the chart, in tab order.
    enum Table
    {
        Totals,
        PerPeriod,
        Snapshots,
        Engagement
    };

    explicit PerformanceView(QWidget *parent = nullptr);
    ~PerformanceView() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setLookups(const DashboardLookups &lookups);

    PeriodPicker *periodPicker() const { return m_picker; }
    void setMembership(seg::MembershipMode mode);
    void setGranularity(seg::SeriesGranularity granularity);
    void setSegments(const QStringList &codes);
    void showTable(Table table);

    const std::optional<seg::PerformanceComparison> &data() const { return m_data; }
    QList<KpiTile *> tiles() const;
    QChart *chart() const;
    ReportTableModel *table(Table table) const { return m_models[table]; }
    QString statusText() const;
    bool isLoading() const;
    // Writes the shown table as CSV or XLSX (the Export menu's work, without the dialog).
    seg::Status exportTable(Table table, bool excel, const QString &path) const;

public slots:
    void reload();
    void importEngagement();

signals:
    void loaded();
    void engagementImported(const QString &summary);
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showData();
    void chooseExportFile(bool excel);
    void autoGranularity();

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    bool m_hasLookups = false;
    bool m_updating = false;
    bool m_stale = false; // asked to reload while hidden: computed when shown
    MoneyFormat m_format;

    PeriodPicker *m_picker;
    QComboBox *m_membership;
    QComboBox *m_granularity;
    CheckListButton *m_statuses;
    CheckListButton *m_segments;
    QToolButton *m_import;
    QToolButton *m_refresh;
    QToolButton *m_export;
    QLabel *m_mode;
    QWidget *m_tileStrip;
    QHBoxLayout *m_tileLayout;
    QChartView *m_chartView;
    QTabWidget *m_tables;
    QList<ReportTableModel *> m_models;
    ReportJobBar *m_job;

    QFutureWatcher<seg::Result<seg::PerformanceComparison>> *m_watcher;
    QFutureWatcher<seg::Result<seg::EngagementImportSummary>> *m_importWatcher;
    int m_generation = 0;
    std::optional<seg::PerformanceComparison> m_data;
};
