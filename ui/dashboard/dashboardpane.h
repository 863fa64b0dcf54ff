#pragma once

#include "dashboard/dashboardlookups.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class OverlapView;
class PerformanceView;
class QTabWidget;
class SalesDashboardWidget;
class SizeHistoryView;

// The analytics pane: sales by segment (chart + statistics table), segment performance
// (KPI tiles, conversion over time, snapshots, email engagement), size over time and the
// overlap matrix, as tabs. Every query runs in a worker with its own connection.
class DashboardPane : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPane(QWidget *parent = nullptr);
    ~DashboardPane() override;

    void setStore(const seg::ConnectionSettings &settings);

    SalesDashboardWidget *sales() const { return m_sales; }
    SizeHistoryView *sizeHistory() const { return m_sizes; }
    PerformanceView *performance() const { return m_performance; }
    OverlapView *overlap() const { return m_overlap; }
    QTabWidget *tabs() const { return m_tabs; }
    // Lookups being read, or the sales tab computing (tests wait for the pane to settle).
    bool isLoading() const;

public slots:
    // Reads the segments, statuses and currency again; the tabs recompute only when they
    // changed (segments added, renamed or deleted). Also done whenever the pane is shown again.
    void reloadLookups();
    // The store's segments or their members changed (imported, saved, refreshed, deleted):
    // the lookups and every tab are loaded again, now when the pane is visible, else when it
    // is shown next.
    void segmentsChanged();

signals:
    void lookupsLoaded();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    seg::ConnectionSettings m_settings;
    std::optional<DashboardLookups> m_lookups;
    bool m_firstShow = true;
    bool m_hasStore = false;
    bool m_stale = false;     // segmentsChanged() while hidden: reload when shown
    bool m_recompute = false; // apply the next lookups to the tabs even when unchanged
    QTabWidget *m_tabs;
    SalesDashboardWidget *m_sales;
    SizeHistoryView *m_sizes;
    PerformanceView *m_performance;
    OverlapView *m_overlap;
    QFutureWatcher<seg::Result<DashboardLookups>> *m_watcher;
};
