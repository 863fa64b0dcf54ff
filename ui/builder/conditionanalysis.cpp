#include "builder/conditionanalysis.h"

#include "builder/conditiontreemodel.h"

#include <QRegularExpression>

using seg::ConditionNode;
using seg::NodeKind;

ConditionTreeItem *ConditionAnalysis::nodeForError(const ConditionTreeModel &model,
                                                   const seg::Error &error)
{
    // Errors outside the tree (code, name, file) point at no node.
    if (!error.path.startsWith(QLatin1String("conditions"))) return nullptr;
    ConditionTreeItem *item = model.rootItem();
    for (int index : error.nodePath) {
        ConditionTreeItem *child = item->child(index);
        if (!child) break;
        item = child;
    }
    return item;
}

QHash<int, QString> ConditionAnalysis::errorsByNode(const ConditionTreeModel &model,
                                                    const QList<seg::Error> &errors)
{
    QHash<int, QString> out;
    for (const seg::Error &e : errors) {
        const ConditionTreeItem *item = nodeForError(model, e);
        if (!item) continue;
        QString &text = out[item->id()];
        if (!text.isEmpty()) text += QLatin1Char('\n');
        text += e.message;
    }
    return out;
}

namespace {

bool effectivelyEnabled(const ConditionTreeItem *item)
{
    for (const ConditionTreeItem *i = item; i; i = i->parent())
        if (!i->fields().enabled) return false;
    return true;
}

const ConditionTreeItem *scopeAncestor(const ConditionTreeItem *item)
{
    for (const ConditionTreeItem *p = item->parent(); p; p = p->parent())
        if (p->fields().kind == NodeKind::AddressScope ||
            p->fields().kind == NodeKind::OrdersScope ||
            p->fields().kind == NodeKind::ProductsScope)
            return p;
    return nullptr;
}

} // namespace

QList<QPair<int, seg::SegmentDefinition>>
ConditionAnalysis::countParts(const ConditionTreeModel &model,
                              const seg::SegmentDefinition &definition, int limit)
{
    QList<QPair<int, seg::SegmentDefinition>> parts;
    const ConditionTreeItem *root = model.rootItem();
    root->forEach([&](const ConditionTreeItem *item) {
        if (item == root || parts.size() >= limit || !effectivelyEnabled(item)) return;
        ConditionNode alone;
        if (const ConditionTreeItem *scope = scopeAncestor(item)) {
            alone = scope->fields(); // the scope around this one condition
            alone.enabled = true;
            alone.match = seg::Match::All;
            alone.expect = true;
            alone.children = {item->toNode()};
        } else {
            alone = item->toNode();
        }
        seg::SegmentDefinition part = definition;
        part.conditions = ConditionNode::combine();
        part.conditions.children = {alone};
        parts << qMakePair(item->id(), part);
    });
    return parts;
}
