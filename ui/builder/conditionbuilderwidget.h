#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

struct BuilderStoreContext;
class ConditionPalette;
class ConditionRowEditor;
class ConditionTreeItem;
class ConditionTreeController;
class ConditionTreeModel;
class ConditionTreeView;
class AsOfField;
class LiveCounter;
class PickListCache;
class QAction;
class QLabel;
class QListWidget;
class QModelIndex;
class QUndoStack;
struct ConditionTemplate;

// The drag-and-drop condition builder: a palette of condition types, the tree of groups and
// conditions with typed editors on every row, undo/redo for every edit, validation
// highlights, live member counts (total and per condition), "Show SQL" and "Explain a
// customer". Edits only `definition.conditions`; the other fields pass through unchanged.
class ConditionBuilderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionBuilderWidget(QWidget *parent = nullptr);
    ~ConditionBuilderWidget() override;

    void setStore(const seg::ConnectionSettings &settings);
    // Shows `definition` and resets the undo stack (does not emit definitionChanged).
    void setDefinition(const seg::SegmentDefinition &definition);
    seg::SegmentDefinition definition() const;
    QUndoStack *undoStack() const;
    bool isValid() const;
    // "Evaluate as of…": the time the counts, Show SQL, Explain and the preview use (UTC), the
    // rows created later ignored; nullopt = now.
    std::optional<QDateTime> evaluationTime() const;
    void setEvaluationTime(const std::optional<QDateTime> &utc);
    QStringList validationMessages() const;

signals:
    void definitionChanged();
    void evaluationTimeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void buildLayout();
    void installEditors(const QModelIndex &parent, int first, int last);
    void refreshEditors(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void scheduleColumnWidths();
    void updateColumnWidths();
    void onNodesEdited();
    void revalidate();
    void requestCounts();
    void updateActions();

    ConditionTreeItem *currentItem() const;
    QList<ConditionTreeItem *> selectedItems() const; // topmost, document order, root excluded
    void selectNode(int id);
    void addTemplate(const ConditionTemplate &entry);
    void chooseAndAdd();
    void addGroup();
    void wrapInGroup();
    void duplicateSelected();
    void deleteSelected();
    void toggleMute();
    void moveCurrent(int delta);
    // conditionbuilderlocks.cpp: "locked" nodes refuse edits, moves and deletes inside them.
    void toggleLock();
    bool refusedByLock(const QList<const ConditionTreeItem *> &touched);
    void editFields(int nodeId, const seg::ConditionNode &fields, const QString &text,
                    const QString &mergeKey);
    void showContextMenu(const QPoint &pos);
    void showSql();
    void explainCustomer();
    void loadStoreContext();

    seg::SegmentDefinition m_definition; // everything but the conditions
    ConditionTreeModel *m_model;
    QUndoStack *m_undo;
    ConditionTreeController *m_controller;
    ConditionTreeView *m_view;
    ConditionPalette *m_palette;
    PickListCache *m_picks;
    LiveCounter *m_counter;
    QLabel *m_totalLabel;
    QLabel *m_totalDetail;
    AsOfField *m_asOf = nullptr;
    QListWidget *m_problems;
    QLabel *m_lockNotice = nullptr; // why an edit was refused (a locked condition)
    std::shared_ptr<BuilderStoreContext> m_storeContext;
    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    bool m_loading = false;
    bool m_widthsScheduled = false;
    quint64 m_contextGeneration = 0;
    QStringList m_messages;
    bool m_valid = true;

    QAction *m_addAction = nullptr;
    QAction *m_addGroupAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_muteAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_sqlAction = nullptr;
    QAction *m_explainAction = nullptr;
};
