#include "builder/conditiontreeitem.h"

#include "definition/conditionscope.h"

#include <algorithm>

ConditionTreeItem::ConditionTreeItem(int id, seg::ConditionNode fields)
    : m_id(id), m_fields(std::move(fields))
{
    m_fields.children.clear();
}

void ConditionTreeItem::setFields(seg::ConditionNode fields)
{
    fields.children.clear();
    m_fields = std::move(fields);
}

ConditionTreeItem *ConditionTreeItem::child(int row) const
{
    return row >= 0 && row < childCount() ? m_children[size_t(row)].get() : nullptr;
}

int ConditionTreeItem::row() const
{
    if (!m_parent) return 0;
    for (int i = 0; i < m_parent->childCount(); ++i)
        if (m_parent->m_children[size_t(i)].get() == this) return i;
    return 0;
}

int ConditionTreeItem::depth() const
{
    int d = 0;
    for (const ConditionTreeItem *p = m_parent; p; p = p->m_parent)
        ++d;
    return d;
}

bool ConditionTreeItem::isAncestorOf(const ConditionTreeItem *other) const
{
    for (const ConditionTreeItem *p = other; p; p = p->m_parent)
        if (p == this) return true;
    return false;
}

QList<int> ConditionTreeItem::path() const
{
    // The invisible sentinel above the root combine has no parent: stop below it.
    QList<int> path;
    for (const ConditionTreeItem *i = this; i->m_parent && i->m_parent->m_parent; i = i->m_parent)
        path.prepend(i->row());
    return path;
}

QString ConditionTreeItem::childScope() const
{
    for (const ConditionTreeItem *i = this; i; i = i->m_parent)
        if (const QString scope = seg::scopeTypeOf(i->m_fields); !scope.isEmpty()) return scope;
    return {};
}

bool ConditionTreeItem::accepts(const seg::ConditionNode &node) const
{
    // Never the sentinel (no parent): the root combine is its only child.
    return m_parent && isGroup() && seg::fitsInScope(node, childScope());
}

QList<ConditionTreeItem *> ConditionTreeItem::topmost(const QList<ConditionTreeItem *> &items)
{
    QList<ConditionTreeItem *> out;
    for (ConditionTreeItem *item : items) {
        const bool covered =
            std::any_of(items.begin(), items.end(), [&](const ConditionTreeItem *other) {
                return other != item && other->isAncestorOf(item);
            });
        if (!covered && !out.contains(item)) out << item;
    }
    // Document order: compare the row paths.
    std::sort(out.begin(), out.end(), [](const ConditionTreeItem *a, const ConditionTreeItem *b) {
        return a->path() < b->path();
    });
    return out;
}

void ConditionTreeItem::insertChild(int row, std::unique_ptr<ConditionTreeItem> child)
{
    child->m_parent = this;
    m_children.insert(m_children.begin() + row, std::move(child));
}

std::unique_ptr<ConditionTreeItem> ConditionTreeItem::takeChild(int row)
{
    std::unique_ptr<ConditionTreeItem> c = std::move(m_children[size_t(row)]);
    m_children.erase(m_children.begin() + row);
    c->m_parent = nullptr;
    return c;
}

seg::ConditionNode ConditionTreeItem::toNode() const
{
    seg::ConditionNode node = m_fields;
    node.children.reserve(m_children.size());
    for (const auto &c : m_children)
        node.children.push_back(c->toNode());
    return node;
}

std::unique_ptr<ConditionTreeItem> ConditionTreeItem::fromNode(const seg::ConditionNode &node,
                                                               int &nextId)
{
    auto item = std::make_unique<ConditionTreeItem>(nextId++, node);
    for (const seg::ConditionNode &c : node.children)
        item->insertChild(item->childCount(), fromNode(c, nextId));
    return item;
}
