#pragma once

#include "definition/segmentdefinition.h"
#include "operations/segmentsets.h"
#include "store/connectionsettings.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class SegmentEditorDialog;
class SegmentListModel;
class SegmentRefreshJob;
class SegmentSummaryView;

// The saved segments of the connected store: a sortable, filterable table and the actions on
// it (new, edit, duplicate, delete, import, export, refresh). Store work runs in workers
// (SegmentOperations, SegmentRefreshJob); results and errors show in a message strip above
// the table, never in a blocking box, except the delete confirmation and file choosers.
class SegmentListPane : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentListPane(QWidget *parent = nullptr);

    void setStore(const seg::ConnectionSettings &settings);
    bool hasStore() const { return m_hasStore; }
    SegmentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SegmentSummaryView *summary() const { return m_summary; }
    QStringList selectedCodes() const;
    void selectCodes(const QStringList &codes);
    void setFilterText(const QString &text);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *splitAction() const { return m_split; }
    QAction *unionAction() const { return m_union; }
    QAction *intersectionAction() const { return m_intersection; }
    QAction *differenceAction() const { return m_difference; }
    QAction *freezeAction() const { return m_freeze; }
    QAction *unfreezeAction() const { return m_unfreeze; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *reloadAction() const { return m_reload; }
    QAction *findAction() const { return m_find; }

    // The operations behind the actions, without dialogs (the actions ask, then call these).
    void deleteSegments(const QStringList &codes);
    void duplicateSegment(const QString &code);
    void splitSegment(const QString &code, double percent, const QString &seed);
    void importFiles(const QStringList &files);
    void exportSegments(const QStringList &codes, const QString &target);
    void refreshSegments(const QStringList &codes);
    void cancelRefresh();
    SegmentEditorDialog *openEditor(const QString &code); // empty: a new segment
    // A new, unsaved segment made for review (a set operation's definition).
    SegmentEditorDialog *openEditorFor(const seg::SegmentDefinition &definition);
    // "New segment from union / intersection / difference…" (also the overlap view): the
    // definition of references, opened in the editor, unsaved.
    void combineSegments(seg::SetOperation operation, const QStringList &codes);
    void freezeSegment(const QString &code);
    void unfreezeSegment(const QString &code, const QString &mode); // auto or manual

    QString lastMessage() const { return m_lastMessage; }

signals:
    void editorOpened(SegmentEditorDialog *editor);
    // After each operation (import, export, delete, duplicate, refresh, save): ok and what
    // happened.
    void operationFinished(bool ok, const QString &message);
    void countsChanged(int segments, qint64 members);

private:
    void createActions();
    void updateActions();
    void report(bool ok, const QString &message);
    void askDelete();
    void askImport();
    void askExport();
    void askSplit();
    void askUnfreeze();
    SegmentEditorDialog *showEditor(SegmentEditorDialog *editor);

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    SegmentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_message;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    SegmentSummaryView *m_summary;
    SegmentRefreshJob *m_refreshJob;
    QStringList m_selectAfterLoad;
    QString m_lastMessage;

    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_split = nullptr;
    QAction *m_union = nullptr;
    QAction *m_intersection = nullptr;
    QAction *m_difference = nullptr;
    QAction *m_freeze = nullptr;
    QAction *m_unfreeze = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_find = nullptr;
};
