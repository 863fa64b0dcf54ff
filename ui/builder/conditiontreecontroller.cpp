#include "builder/conditiontreecontroller.h"

#include "builder/conditioncommands.h"
#include "builder/conditiontreemodel.h"
#include "definition/nodedescription.h"

#include <QUndoStack>

using seg::ConditionNode;

ConditionTreeController::ConditionTreeController(ConditionTreeModel *model, QUndoStack *undoStack,
                                                 QObject *parent)
    : QObject(parent), m_model(model), m_undoStack(undoStack)
{
    connect(m_model, &ConditionTreeModel::dropped, this, &ConditionTreeController::recordDrop);
}

void ConditionTreeController::execute(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void ConditionTreeController::recordDrop(const ConditionTreeDrop &drop)
{
    if (!m_undoStack || drop.ids.isEmpty()) return; // done already; nothing to record it on
    const int n = int(drop.ids.size());
    if (drop.moved) {
        m_undoStack->push(
            new MoveNodesCommand(m_model, drop.ids, drop.parentId, drop.row, drop.from,
                                 n == 1 ? tr("Move condition") : tr("Move %1 conditions").arg(n)));
        return;
    }
    const QString text =
        drop.fromPalette
            ? tr("Add %1").arg(seg::describeNode(m_model->itemById(drop.ids.first())->toNode()))
            : (n == 1 ? tr("Copy condition") : tr("Copy %1 conditions").arg(n));
    m_undoStack->push(new InsertNodesCommand(m_model, drop.ids, text));
}

int ConditionTreeController::insertNode(int parentId, int row, const ConditionNode &node,
                                        const QString &text)
{
    auto *command = new InsertNodesCommand(m_model, parentId, row, {node}, text);
    const int id = command->ids().first();
    execute(command);
    return id;
}

void ConditionTreeController::removeNodes(const QList<int> &ids)
{
    if (ids.isEmpty()) return;
    execute(new RemoveNodesCommand(m_model, ids,
                                   ids.size() == 1 ? tr("Delete condition")
                                                   : tr("Delete %1 conditions").arg(ids.size())));
}

void ConditionTreeController::moveNodes(const QList<int> &ids, int newParentId, int row,
                                        const QString &text)
{
    execute(new MoveNodesCommand(m_model, ids, newParentId, row, text));
}

void ConditionTreeController::setFields(int id, const ConditionNode &fields, const QString &text,
                                        const QString &mergeKey)
{
    execute(new SetFieldsCommand(m_model, id, fields, text, mergeKey));
}

void ConditionTreeController::setMuted(const QList<ConditionTreeItem *> &items, bool muted)
{
    auto *macro = new QUndoCommand(muted ? tr("Mute") : tr("Unmute"));
    for (const ConditionTreeItem *i : items) {
        ConditionNode f = i->fields();
        f.enabled = !muted;
        new SetFieldsCommand(m_model, i->id(), f, QString(), QString(), macro);
    }
    execute(macro);
}

int ConditionTreeController::wrapInGroup(const QList<ConditionTreeItem *> &items)
{
    // Siblings of the first node go into one new group at its place.
    ConditionTreeItem *parent = items.first()->parent();
    QList<int> ids;
    for (const ConditionTreeItem *i : items)
        if (i->parent() == parent) ids << i->id();
    auto *macro = new QUndoCommand(tr("Wrap in group"));
    auto *insert = new InsertNodesCommand(m_model, parent->id(), items.first()->row(),
                                          {ConditionNode::combine()}, QString(), macro);
    const int groupId = insert->ids().first();
    new MoveNodesCommand(m_model, ids, groupId, -1, QString(), macro);
    execute(macro);
    return groupId;
}

int ConditionTreeController::duplicate(const QList<ConditionTreeItem *> &items)
{
    auto *macro =
        new QUndoCommand(items.size() == 1 ? tr("Duplicate condition")
                                           : tr("Duplicate %1 conditions").arg(items.size()));
    // Last first, so the rows of the earlier ones stay right.
    int firstId = -1;
    for (int i = int(items.size()) - 1; i >= 0; --i)
        firstId = (new InsertNodesCommand(m_model, items[i]->parent()->id(), items[i]->row() + 1,
                                          {items[i]->toNode()}, QString(), macro))
                      ->ids()
                      .first();
    execute(macro);
    return firstId;
}
