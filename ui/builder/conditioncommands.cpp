#include "builder/conditioncommands.h"

#include "builder/conditiontreemodel.h"

#include <utility>

InsertNodesCommand::InsertNodesCommand(ConditionTreeModel *model, int parentId, int row,
                                       const QList<seg::ConditionNode> &nodes, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_parentId(parentId), m_row(row)
{
    for (const seg::ConditionNode &n : nodes) {
        m_items.push_back(model->createItems(n));
        m_ids << m_items.back()->id();
    }
}

InsertNodesCommand::InsertNodesCommand(ConditionTreeModel *model, const QList<int> &insertedIds,
                                       const QString &text)
    : QUndoCommand(text), m_model(model), m_ids(insertedIds), m_applied(true)
{
    const ConditionTreeItem *first = model->itemById(insertedIds.first());
    m_parentId = first->parent()->id();
    m_row = first->row();
}

void InsertNodesCommand::redo()
{
    if (std::exchange(m_applied, false)) return;
    ConditionTreeItem *parent = m_model->itemById(m_parentId);
    int row = m_row < 0 || m_row > parent->childCount() ? parent->childCount() : m_row;
    for (auto &item : m_items)
        m_model->insertItem(parent, row++, std::move(item));
    m_items.clear();
}

void InsertNodesCommand::undo()
{
    std::vector<std::unique_ptr<ConditionTreeItem>> taken;
    for (int i = int(m_ids.size()) - 1; i >= 0; --i)
        taken.push_back(m_model->takeItem(m_model->itemById(m_ids[i])));
    m_items.clear();
    for (auto it = taken.rbegin(); it != taken.rend(); ++it)
        m_items.push_back(std::move(*it));
}

RemoveNodesCommand::RemoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_ids(ids)
{
}

void RemoveNodesCommand::redo()
{
    m_places.clear();
    m_items.clear();
    // Last first, so the rows recorded for earlier nodes stay right.
    for (int i = int(m_ids.size()) - 1; i >= 0; --i) {
        ConditionTreeItem *item = m_model->itemById(m_ids[i]);
        m_places.prepend(ConditionTreePlace{item->parent()->id(), item->row()});
        m_items.insert(m_items.begin(), m_model->takeItem(item));
    }
}

void RemoveNodesCommand::undo()
{
    for (int i = 0; i < int(m_items.size()); ++i)
        m_model->insertItem(m_model->itemById(m_places[i].parentId), m_places[i].row,
                            std::move(m_items[size_t(i)]));
    m_items.clear();
}

MoveNodesCommand::MoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids,
                                   int newParentId, int row, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_ids(ids), m_newParentId(newParentId), m_row(row)
{
}

MoveNodesCommand::MoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids,
                                   int newParentId, int row, const QList<ConditionTreePlace> &from,
                                   const QString &text)
    : QUndoCommand(text), m_model(model), m_ids(ids), m_newParentId(newParentId), m_row(row),
      m_places(from), m_applied(true)
{
}

void MoveNodesCommand::redo()
{
    // After an undo the tree is as it was before the move: the same row names the same place.
    if (std::exchange(m_applied, false)) return;
    m_places = m_model->moveItems(m_ids, m_model->itemById(m_newParentId), m_row);
}

void MoveNodesCommand::undo()
{
    for (int i = int(m_ids.size()) - 1; i >= 0; --i) {
        ConditionTreeItem *item = m_model->itemById(m_ids[i]);
        ConditionTreeItem *oldParent = item->parent();
        ConditionTreeItem *parent = m_model->itemById(m_places[i].parentId);
        const int from = item->row(), to = m_places[i].row;
        if (oldParent == parent && from == to) continue;
        // moveRows counts the destination before the removal: one more when moving down.
        m_model->moveRows(m_model->indexOf(oldParent), from, 1, m_model->indexOf(parent),
                          oldParent == parent && to > from ? to + 1 : to);
    }
}

SetFieldsCommand::SetFieldsCommand(ConditionTreeModel *model, int id,
                                   const seg::ConditionNode &fields, const QString &text,
                                   const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_nodeId(id),
      m_before(model->itemById(id)->fields()), m_after(fields), m_mergeKey(mergeKey)
{
    m_after.children.clear();
}

void SetFieldsCommand::redo()
{
    m_model->setItemFields(m_model->itemById(m_nodeId), m_after);
}

void SetFieldsCommand::undo()
{
    m_model->setItemFields(m_model->itemById(m_nodeId), m_before);
}

bool SetFieldsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetFieldsCommand *>(other);
    if (o->m_nodeId != m_nodeId || o->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    m_after = o->m_after;
    return true;
}
