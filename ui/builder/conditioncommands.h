#pragma once

#include "builder/conditiontreeitem.h"
#include "definition/conditionnode.h"

#include <QList>
#include <QUndoCommand>

#include <memory>
#include <vector>

class ConditionTreeModel;

// Undo commands for the condition builder. They address nodes by their stable ids (ids
// survive undo and redo because removed items are kept, not rebuilt) and call the model's
// structural edits. ConditionTreeController creates and pushes them; the model never sees
// them. A command made for an edit the model has already carried out (a drop) skips its
// first redo, as the undoframework example's MoveCommand does.

// Inserts new nodes (fresh ids) under a parent at a row, in order.
class InsertNodesCommand : public QUndoCommand
{
public:
    InsertNodesCommand(ConditionTreeModel *model, int parentId, int row,
                       const QList<seg::ConditionNode> &nodes, const QString &text,
                       QUndoCommand *parent = nullptr);
    // Records nodes already inserted (consecutive siblings, in order).
    InsertNodesCommand(ConditionTreeModel *model, const QList<int> &insertedIds,
                       const QString &text);
    void redo() override;
    void undo() override;
    const QList<int> &ids() const { return m_ids; }

private:
    ConditionTreeModel *m_model;
    int m_parentId;
    int m_row;
    QList<int> m_ids;
    std::vector<std::unique_ptr<ConditionTreeItem>> m_items; // held while not in the model
    bool m_applied = false;                                  // the first redo has happened already
};

// Removes nodes (with their subtrees); undo puts the very same items back.
class RemoveNodesCommand : public QUndoCommand
{
public:
    RemoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ConditionTreeModel *m_model;
    QList<int> m_ids; // document order
    QList<ConditionTreePlace> m_places;
    std::vector<std::unique_ptr<ConditionTreeItem>> m_items;
};

// Moves nodes, in order, before the anchor node (or to the end of the new parent).
class MoveNodesCommand : public QUndoCommand
{
public:
    // `row` counts as in QAbstractItemModel::moveRows: a row of the parent before the move
    // (-1 = the end).
    MoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids, int newParentId, int row,
                     const QString &text, QUndoCommand *parent = nullptr);
    // Records a move already made, from `from` (one place per id).
    MoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids, int newParentId, int row,
                     const QList<ConditionTreePlace> &from, const QString &text);
    void redo() override;
    void undo() override;

private:
    ConditionTreeModel *m_model;
    QList<int> m_ids;
    int m_newParentId;
    int m_row;
    QList<ConditionTreePlace> m_places; // where the nodes were before the move
    bool m_applied = false;
};

// Replaces a node's own fields (not its children). Consecutive edits of the same field of
// the same node merge into one step (typing a value is one undo step).
class SetFieldsCommand : public QUndoCommand
{
public:
    SetFieldsCommand(ConditionTreeModel *model, int id, const seg::ConditionNode &fields,
                     const QString &text, const QString &mergeKey = {},
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x5e6; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ConditionTreeModel *m_model;
    int m_nodeId;
    seg::ConditionNode m_before;
    seg::ConditionNode m_after;
    QString m_mergeKey;
};
