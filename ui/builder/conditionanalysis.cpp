#include "builder/conditionanalysis.h"

#include "builder/conditiontreemodel.h"

#include <QRegularExpression>

using seg::ConditionNode;
using seg::NodeKind;

ConditionTreeItem *ConditionAnalysis::nodeForPath(const ConditionTreeModel &model, const QString &path)
{
    if (!path.startsWith(QLatin1String("conditions")))
        return nullptr;
    static const QRegularExpression step(QStringLiteral("^\\.conditions\\[(\\d+)\\]"));
    QString rest = path.mid(10);
    ConditionTreeItem *item = model.rootItem();
    for (;;) {
        const QRegularExpressionMatch m = step.match(rest);
        if (!m.hasMatch())
            break;
        ConditionTreeItem *child = item->child(m.captured(1).toInt());
        if (!child)
            break;
        item = child;
        rest = rest.mid(m.capturedLength(0));
    }
    return item;
}

QHash<int, QString> ConditionAnalysis::errorsByNode(const ConditionTreeModel &model, const QList<seg::Error> &errors)
{
    QHash<int, QString> out;
    for (const seg::Error &e : errors) {
        const ConditionTreeItem *item = nodeForPath(model, e.path);
        if (!item)
            continue;
        QString &text = out[item->id()];
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += e.message;
    }
    return out;
}

namespace {

bool effectivelyEnabled(const ConditionTreeItem *item)
{
    for (const ConditionTreeItem *i = item; i; i = i->parent())
        if (!i->fields().enabled)
            return false;
    return true;
}

const ConditionTreeItem *scopeAncestor(const ConditionTreeItem *item)
{
    for (const ConditionTreeItem *p = item->parent(); p; p = p->parent())
        if (p->fields().kind == NodeKind::AddressScope || p->fields().kind == NodeKind::OrdersScope
            || p->fields().kind == NodeKind::ProductsScope)
            return p;
    return nullptr;
}

} // namespace

QList<QPair<int, seg::SegmentDefinition>> ConditionAnalysis::countParts(const ConditionTreeModel &model,
                                                                         const seg::SegmentDefinition &definition,
                                                                         int limit)
{
    QList<QPair<int, seg::SegmentDefinition>> parts;
    const ConditionTreeItem *root = model.rootItem();
    root->forEach([&](const ConditionTreeItem *item) {
        if (item == root || parts.size() >= limit || !effectivelyEnabled(item))
            return;
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
