#include "builder/conditioncommands.h"

#include "builder/conditiontreemodel.h"

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

void InsertNodesCommand::redo()
{
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

RemoveNodesCommand::RemoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids, const QString &text,
                                       QUndoCommand *parent)
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
        m_places.prepend({item->parent()->id(), item->row()});
        m_items.insert(m_items.begin(), m_model->takeItem(item));
    }
}

void RemoveNodesCommand::undo()
{
    for (int i = 0; i < int(m_items.size()); ++i)
        m_model->insertItem(m_model->itemById(m_places[i].parentId), m_places[i].row, std::move(m_items[size_t(i)]));
    m_items.clear();
}

MoveNodesCommand::MoveNodesCommand(ConditionTreeModel *model, const QList<int> &ids, int newParentId, int row,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_ids(ids), m_newParentId(newParentId), m_row(row)
{
}

void MoveNodesCommand::redo()
{
    ConditionTreeItem *newParent = m_model->itemById(m_newParentId);
    if (!m_anchorResolved) {
        // The first sibling at or after `row` that does not move itself.
        if (m_row >= 0)
            for (int r = m_row; r < newParent->childCount(); ++r)
                if (!m_ids.contains(newParent->child(r)->id())) {
                    m_anchorId = newParent->child(r)->id();
                    break;
                }
        m_anchorResolved = true;
    }
    m_places.clear();
    for (int id : std::as_const(m_ids)) {
        ConditionTreeItem *item = m_model->itemById(id);
        m_places << Place{item->parent()->id(), item->row()};
        const bool sameParent = item->parent() == newParent;
        int finalRow;
        if (ConditionTreeItem *anchor = m_anchorId >= 0 ? m_model->itemById(m_anchorId) : nullptr)
            finalRow = sameParent && item->row() < anchor->row() ? anchor->row() - 1 : anchor->row();
        else
            finalRow = sameParent ? newParent->childCount() - 1 : newParent->childCount();
        m_model->moveItem(item, newParent, finalRow);
    }
}

void MoveNodesCommand::undo()
{
    for (int i = int(m_ids.size()) - 1; i >= 0; --i)
        m_model->moveItem(m_model->itemById(m_ids[i]), m_model->itemById(m_places[i].parentId), m_places[i].row);
}

SetFieldsCommand::SetFieldsCommand(ConditionTreeModel *model, int id, const seg::ConditionNode &fields,
                                   const QString &text, const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_nodeId(id), m_before(model->itemById(id)->fields()),
      m_after(fields), m_mergeKey(mergeKey)
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
