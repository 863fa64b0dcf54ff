#pragma once

#include "dashboard/dashboardlookups.h"
#include "reports/segmentsizehistory.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QWidget>

class CheckListButton;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class ReportJobBar;

// Segment sizes over time, one line per segment, from the snapshots refreshes write.
class SizeHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit SizeHistoryView(QWidget *parent = nullptr);
    ~SizeHistoryView() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setLookups(const DashboardLookups &lookups);
    QChart *chart() const;
    const QList<seg::SizeHistoryLine> &lines() const { return m_lines; }

public slots:
    void reload();

signals:
    void loaded();

private:
    seg::ConnectionSettings m_settings;
    bool m_ready = false;
    CheckListButton *m_segments;
    QComboBox *m_span;
    QChartView *m_chartView;
    QLabel *m_empty;
    ReportJobBar *m_job;
    QFutureWatcher<seg::Result<QList<seg::SizeHistoryLine>>> *m_watcher;
    int m_generation = 0;
    QList<seg::SizeHistoryLine> m_lines;
};
