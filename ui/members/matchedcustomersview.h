#pragma once

#include "definition/segmentdefinition.h"
#include "members/memberactions.h"
#include "repository/segmentrecord.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QFuture>
#include <QWidget>

#include <optional>

class MemberTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QMenu;

// The segment editor's "Matched customers" tab: the lazy grid, the filter bar (text search
// over email and name, country, group, override state), the columns menu (remembered), the
// actions on a multi-selection (exclude / include / reset override, export selected or all
// to CSV / Excel / XML with progress and cancel, copy emails), the customer details on
// double-click, and the refresh with its dry run.
class MatchedCustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit MatchedCustomersView(QWidget *parent = nullptr);

    void setSegment(const seg::ConnectionSettings &settings, const QString &segmentCode);
    // asOf: time travel ("Evaluate as of…"); nullopt = now.
    void setPreview(const seg::ConnectionSettings &settings,
                    const seg::SegmentDefinition &definition,
                    const std::optional<QDateTime> &asOf = std::nullopt);

    MemberTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    // The actions without their dialogs (the buttons ask for a reason or a file first).
    QFuture<seg::Result<qint64>> applyOverride(std::optional<seg::OverrideKind> kind,
                                               const QString &reason = {});
    void exportTo(const QString &path, bool selectedOnly);
    void copyEmails();
    void refreshSegment();
    MemberSelection selection(bool all = false) const;

signals:
    // Overrides were written or the segment was refreshed.
    void membershipChanged();
    // An action ended; message is for the status line.
    void actionFinished(bool ok, const QString &message);
    void exportFinished(bool ok, const QString &message);

private:
    void buildFilterBar();
    void buildActionBar();
    void applyFilter();
    void updateStatus();
    void updateActions();
    void fetchVisible();
    void chooseColumns();
    void askOverride(std::optional<seg::OverrideKind> kind);
    void askExport(bool selectedOnly);
    void openDetails(const QModelIndex &index);
    void loadChoices();
    void saveColumns();
    void applyColumnWidths();
    QStringList chosenColumns() const;

    MemberTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_country;
    QComboBox *m_group;
    QComboBox *m_state;
    QToolButton *m_columnsButton;
    QMenu *m_columnsMenu;
    QToolButton *m_exclude;
    QToolButton *m_include;
    QToolButton *m_reset;
    QToolButton *m_copy;
    QToolButton *m_export;
    QToolButton *m_refresh;
    QLabel *m_status;
    QLabel *m_message;
    QTimer *m_searchDelay;
    bool m_busy = false;
};
