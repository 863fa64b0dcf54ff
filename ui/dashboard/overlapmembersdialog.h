#pragma once

#include "reports/overlapreport.h"
#include "store/connectionsettings.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QRadioButton;
class QTableWidget;

// The members behind one cell of the overlap matrix: in both A and B, or in A but not in B.
class OverlapMembersDialog : public QDialog
{
    Q_OBJECT
public:
    OverlapMembersDialog(const seg::ConnectionSettings &settings, const seg::ReportSegment &a,
                         const seg::ReportSegment &b, seg::OverlapPart part,
                         QWidget *parent = nullptr);
    ~OverlapMembersDialog() override;

    static constexpr int kLimit = 5000;
    int rowCount() const;
    qint64 total() const { return m_total; }

signals:
    void loaded();

private:
    void load();

    struct Listing
    {
        QList<seg::OverlapMember> members;
        qint64 total = 0;
    };
    seg::ConnectionSettings m_settings;
    seg::ReportSegment m_a, m_b;
    QRadioButton *m_both;
    QRadioButton *m_only;
    QLabel *m_summary;
    QTableWidget *m_table;
    QFutureWatcher<seg::Result<Listing>> *m_watcher;
    qint64 m_total = 0;
};
