#pragma once

#include "builder/conditiontreeitem.h"
#include "definition/conditionnode.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

// What a drop did to the tree, for whoever records undo steps (the model has done it already).
struct ConditionTreeDrop
{
    bool moved = false;       // true: `ids` moved here from `from`; false: `ids` are new nodes
    bool fromPalette = false; // new nodes from the palette (not copies of dragged nodes)
    QList<int> ids;           // document order
    QList<ConditionTreePlace> from; // moved: where each node was before, same order as `ids`
    int parentId = 0;
    int row = -1; // as dropMimeData got it (counted before the move; -1 = the end)
};

// The builder's tree as a Qt model (the shape of Qt's editabletreemodel example): plain
// ConditionTreeItems owned here, every structural change wrapped in begin/end*Rows. The
// model knows nothing of undo: it changes when told to and says what changed; the undo
// commands (conditioncommands.h) are created and pushed by ConditionTreeController.
//
// The only top-level row is the definition's root "combine" node. Column 0 is the condition,
// column 1 the number of members it matches on its own (filled by the live counter).
//
// Drag and drop (the puzzle example's contract): one MIME type (ConditionDragPayload);
// canDropMimeData refuses drops onto a leaf, beside the root, into the dragged node's own
// subtree and against the scope rules of core; a move inside this model goes through
// moveRows, so the view must never remove the source rows afterwards (ConditionTreeView does
// not). dropMimeData carries the drop out and reports it with dropped().
class ConditionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        ConditionColumn = 0,
        CountColumn = 1,
        ColumnCount = 2
    };
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1,
        NodeJsonRole, // the node with its subtree as a QJsonObject (setData: replaces the fields)
        IsGroupRole,
        StateRole, // NodeStates: what ConditionTreeDelegate paints (invalid tint, muted text)
        ErrorRole, // the validator's message for this node, empty when none
        CountRole, // qint64 own count, or invalid when unknown
        TimeRole,  // qint64 milliseconds its count took, or invalid when unknown
    };
    enum NodeState
    {
        Normal = 0,
        Invalid = 0x1, // the validator reported this node
        Muted = 0x2,   // the node or an ancestor is muted
    };
    Q_DECLARE_FLAGS(NodeStates, NodeState)

    explicit ConditionTreeModel(QObject *parent = nullptr);
    ~ConditionTreeModel() override;

    void setRootNode(const seg::ConditionNode &root); // resets the model
    seg::ConditionNode rootNode() const;
    ConditionTreeItem *rootItem() const; // the definition's root combine
    int nodeCount() const;               // all nodes, the root included

    ConditionTreeItem *itemFromIndex(const QModelIndex &index) const; // nullptr for invalid
    ConditionTreeItem *itemById(int id) const;
    ConditionTreeItem *itemAtPath(const QList<int> &path) const; // rows from the root combine
    QModelIndex indexOf(const ConditionTreeItem *item, int column = ConditionColumn) const;

    // Structural edits by item, keeping ids stable (what the undo commands call).
    std::unique_ptr<ConditionTreeItem> createItems(const seg::ConditionNode &node); // fresh ids
    void insertItem(ConditionTreeItem *parent, int row, std::unique_ptr<ConditionTreeItem> item);
    std::unique_ptr<ConditionTreeItem> takeItem(ConditionTreeItem *item);
    // Moves the nodes, in order, before the sibling at `row` of `newParent` (counted before
    // the move, as in moveRows; -1 = the end), each through moveRows. Returns where they were.
    QList<ConditionTreePlace> moveItems(const QList<int> &ids, ConditionTreeItem *newParent,
                                        int row);
    void setItemFields(ConditionTreeItem *item, const seg::ConditionNode &fields);

    // Decorations, not edits: validation messages and live counts by node id.
    void setErrors(const QHash<int, QString> &errors);
    void setCounts(const QHash<int, qint64> &counts);
    // How long each count took; counts of kSlowCountMs or more stand out.
    void setCountTimes(const QHash<int, qint64> &elapsedMs);
    static constexpr qint64 kSlowCountMs = 1000;
    static QString elapsedText(qint64 ms); // "120 ms", "1.4 s"
    // The nearest node at or above `item` that is "locked" (nullptr when none): the builder
    // refuses edits, moves and deletes inside a locked subtree, drops included.
    static const ConditionTreeItem *lockOf(const ConditionTreeItem *item);
    void clearCounts();

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // After every edit of the tree (not after decorations): structure or fields changed.
    void nodesEdited();
    // After dropMimeData changed the tree (once per drop, after nodesEdited).
    void dropped(const ConditionTreeDrop &drop);

private:
    void emitRowChanged(const ConditionTreeItem *item);
    QList<ConditionTreeItem *> itemsFromIndexes(const QModelIndexList &indexes) const;

    std::unique_ptr<ConditionTreeItem> m_sentinel; // invisible; its only child is the root combine
    QHash<int, ConditionTreeItem *> m_byId;
    QHash<int, QString> m_errors;
    QHash<int, qint64> m_counts;
    QHash<int, qint64> m_times; // milliseconds per count
    int m_nextId = 1;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ConditionTreeModel::NodeStates)
Q_DECLARE_METATYPE(ConditionTreeDrop)
