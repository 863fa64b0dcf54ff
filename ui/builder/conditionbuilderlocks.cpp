// Locks (issue #17): a node with "locked": true, and everything inside it, cannot be edited,
// moved or deleted in the builder until it is unlocked (Ctrl+L, one undo step). The engine
// ignores the key. See conditionbuilderwidget.h.
#include "builder/conditionbuilderwidget.h"

#include "builder/conditionroweditor.h"
#include "builder/conditiontreecontroller.h"
#include "builder/conditiontreeitem.h"
#include "builder/conditiontreemodel.h"
#include "builder/conditiontreeview.h"
#include "definition/nodedescription.h"

#include <QAction>
#include <QLabel>
#include <QTimer>

bool ConditionBuilderWidget::refusedByLock(const QList<const ConditionTreeItem *> &touched)
{
    for (const ConditionTreeItem *item : touched) {
        const ConditionTreeItem *lock = item ? ConditionTreeModel::lockOf(item) : nullptr;
        if (!lock) continue;
        m_lockNotice->setText(tr("\"%1\" is locked: unlock it first (Ctrl+L)")
                                  .arg(seg::describeNode(lock->fields())));
        m_lockNotice->setToolTip(m_lockNotice->text());
        m_lockNotice->setVisible(true);
        return true;
    }
    m_lockNotice->setVisible(false);
    return false;
}

void ConditionBuilderWidget::editFields(int nodeId, const seg::ConditionNode &fields,
                                        const QString &text, const QString &mergeKey)
{
    const ConditionTreeItem *item = m_model->itemById(nodeId);
    if (!item) return;
    if (refusedByLock({item})) {
        // The row shows what it was asked to change: show the node as it is again.
        QTimer::singleShot(0, this, [this, nodeId] {
            if (const ConditionTreeItem *i = m_model->itemById(nodeId))
                if (auto *row = qobject_cast<ConditionRowEditor *>(
                        m_view->indexWidget(m_model->indexOf(i))))
                    row->refresh(true);
        });
        return;
    }
    m_controller->setFields(nodeId, fields, text, mergeKey);
}

void ConditionBuilderWidget::toggleLock()
{
    ConditionTreeItem *item = currentItem();
    if (!item) return;
    // Only the lock itself can be lifted, not one from inside a locked group.
    if (const ConditionTreeItem *above = item->parent(); above && refusedByLock({above})) return;
    seg::ConditionNode fields = item->fields();
    fields.locked = !fields.locked;
    m_lockNotice->setVisible(false);
    m_controller->setFields(item->id(), fields,
                            fields.locked ? tr("Lock condition") : tr("Unlock condition"));
    updateActions();
}
