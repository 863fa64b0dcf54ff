#pragma once

#include "dashboard/chartbuilders.h"
#include "dashboard/dashboardlookups.h"
#include "operations/segmentsets.h"
#include "reports/overlapreport.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QWidget>

class CheckListButton;
class QTableWidget;
class ReportJobBar;

// The overlap matrix of chosen segments: members in both the row and the column segment, as
// a count and a share of the row segment; a cell opens the members of A∩B or A−B.
class OverlapView : public QWidget
{
    Q_OBJECT
public:
    explicit OverlapView(QWidget *parent = nullptr);
    ~OverlapView() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setLookups(const DashboardLookups &lookups);
    void setSegments(const QStringList &codes);
    const std::optional<seg::OverlapMatrix> &matrix() const { return m_matrix; }
    QTableWidget *table() const { return m_table; }
    // Opens the member list for a cell (row segment A, column segment B).
    void openMembers(int row, int column, seg::OverlapPart part);

public slots:
    void reload();

signals:
    void loaded();
    // "New segment from union / intersection / difference…" on a cell: its row and column
    // segments (A, B).
    void combineRequested(seg::SetOperation operation, const QStringList &codes);

private:
    seg::ConnectionSettings m_settings;
    bool m_ready = false;
    CheckListButton *m_segments;
    QTableWidget *m_table;
    ReportJobBar *m_job;
    QFutureWatcher<seg::Result<seg::OverlapMatrix>> *m_watcher;
    int m_generation = 0;
    std::optional<seg::OverlapMatrix> m_matrix;
};
