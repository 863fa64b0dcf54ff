#pragma once

#include "definition/conditionnode.h"

#include <QList>
#include <QObject>

class ConditionTreeItem;
class ConditionTreeModel;
class QUndoCommand;
class QUndoStack;
struct ConditionTreeDrop;

// The builder's edits as undo steps (the main window of Qt's undoframework example): every
// edit the widget asks for becomes a command (conditioncommands.h) pushed on the undo stack,
// and every drop the model reports (ConditionTreeModel::dropped, already carried out) is
// recorded as one. The model itself knows nothing of undo.
class ConditionTreeController : public QObject
{
    Q_OBJECT
public:
    // Without an undo stack the edits are simply made.
    ConditionTreeController(ConditionTreeModel *model, QUndoStack *undoStack,
                            QObject *parent = nullptr);

    ConditionTreeModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Pushes `command` on the undo stack, or runs it once when there is none.
    void execute(QUndoCommand *command);

    // Each is one undo step. Rows count as in QAbstractItemModel::moveRows (-1 = the end).
    int insertNode(int parentId, int row, const seg::ConditionNode &node,
                   const QString &text);     // the new id
    void removeNodes(const QList<int> &ids); // document order
    void moveNodes(const QList<int> &ids, int newParentId, int row, const QString &text);
    // Replaces a node's own fields; edits of one node with the same non-empty mergeKey merge.
    void setFields(int id, const seg::ConditionNode &fields, const QString &text,
                   const QString &mergeKey = {});
    void setMuted(const QList<ConditionTreeItem *> &items, bool muted);
    int wrapInGroup(const QList<ConditionTreeItem *> &items); // the new group's id
    int duplicate(const QList<ConditionTreeItem *> &items);   // the first copy's id

private:
    void recordDrop(const ConditionTreeDrop &drop);

    ConditionTreeModel *m_model;
    QUndoStack *m_undoStack;
};
