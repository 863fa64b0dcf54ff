#pragma once

#include "definition/conditionnode.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

// Where a node sits: its parent's id and its row there.
struct ConditionTreePlace
{
    int parentId = 0;
    int row = 0;
};

// One node of the builder's tree: the node's own fields (a seg::ConditionNode whose
// `children` stay empty) plus owned child items. A stable id survives moves, undo and redo.
class ConditionTreeItem
{
public:
    ConditionTreeItem(int id, seg::ConditionNode fields);

    int id() const { return m_id; }
    const seg::ConditionNode &fields() const { return m_fields; }
    void setFields(seg::ConditionNode fields);

    ConditionTreeItem *parent() const { return m_parent; }
    ConditionTreeItem *child(int row) const;
    int childCount() const { return int(m_children.size()); }
    int row() const;   // index in the parent, 0 for the root
    int depth() const; // 0 for the root
    bool isGroup() const { return m_fields.isGroup(); }
    bool isAncestorOf(const ConditionTreeItem *other) const; // true for other == this too
    // Row numbers from the definition's root combine down to this item ({} for the root).
    QList<int> path() const;
    // The scope this group's children are evaluated in (seg::scopeTypeOf of the nearest
    // scope at or above it): "", "address", "orders" or "products".
    QString childScope() const;
    // Whether `node` may become a child of this item (a group, with the scope rules of core).
    bool accepts(const seg::ConditionNode &node) const;
    // `items` without those whose ancestor is among them too, in document order.
    static QList<ConditionTreeItem *> topmost(const QList<ConditionTreeItem *> &items);

    void insertChild(int row, std::unique_ptr<ConditionTreeItem> child);
    std::unique_ptr<ConditionTreeItem> takeChild(int row);

    // The node with its whole subtree, as the definition holds it.
    seg::ConditionNode toNode() const;
    // A new item tree from a node; ids come from `nextId` (incremented per item).
    static std::unique_ptr<ConditionTreeItem> fromNode(const seg::ConditionNode &node, int &nextId);

    // Visits this item and its descendants in document order.
    template <typename F> void forEach(F &&f) const
    {
        f(this);
        for (const auto &c : m_children)
            c->forEach(f);
    }

private:
    int m_id;
    seg::ConditionNode m_fields;
    ConditionTreeItem *m_parent = nullptr;
    std::vector<std::unique_ptr<ConditionTreeItem>> m_children;
};
