#pragma once

#include "builder/conditiontreeitem.h"
#include "definition/conditionnode.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

class QUndoCommand;
class QUndoStack;

// The builder's tree as a Qt model (the shape of Qt's editabletreemodel example): plain
// ConditionTreeItems owned here, every structural change wrapped in begin/end*Rows.
//
// The only top-level row is the definition's root "combine" node. Column 0 is the condition,
// column 1 the number of members it matches on its own (filled by the live counter).
//
// Drag and drop uses one MIME type (mimeType()); a payload lists nodes as JSON, each with
// alternatives (a palette entry offers "the leaf" and "the leaf inside its scope"), plus the
// ids of the dragged items for moves inside this model. Drops onto a leaf or into the
// dragged node's own subtree are refused; moves go through moveItems (moveRows), so the
// view must never remove the source rows afterwards (ConditionTreeView does not).
//
// With an undo stack attached, every edit made through the Qt model API (drops, setData,
// removeRows, moveRows) becomes an undo command; the raw operations below are what the
// commands call.
class ConditionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ConditionColumn = 0, CountColumn = 1, ColumnCount = 2 };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        NodeJsonRole,    // the node with its subtree as a QJsonObject (setData: replaces the fields)
        IsGroupRole,
        EffectivelyEnabledRole, // false when the node or an ancestor is muted
        ErrorRole,       // the validator's message for this node, empty when none
        CountRole,       // qint64 own count, or invalid when unknown
    };

    explicit ConditionTreeModel(QObject *parent = nullptr);
    ~ConditionTreeModel() override;

    static QString mimeType();

    void setRootNode(const seg::ConditionNode &root); // resets the model
    seg::ConditionNode rootNode() const;
    ConditionTreeItem *rootItem() const; // the definition's root combine

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Pushes `command` on the undo stack, or runs it once when there is none.
    void execute(QUndoCommand *command);

    ConditionTreeItem *itemFromIndex(const QModelIndex &index) const; // nullptr for invalid
    ConditionTreeItem *itemById(int id) const;
    QModelIndex indexOf(const ConditionTreeItem *item, int column = ConditionColumn) const;
    QModelIndex indexForId(int id, int column = ConditionColumn) const;
    // Row numbers from the root combine down to `item` ({} for the root).
    static QList<int> pathOf(const ConditionTreeItem *item);
    ConditionTreeItem *itemAtPath(const QList<int> &path) const;

    // The scope a group's children are evaluated in: "", "address", "orders" or "products".
    static QString scopeOf(const ConditionTreeItem *group);
    static bool fitsIn(const seg::ConditionNode &node, const QString &scope);
    // Whether `node` may become a child of `parent`.
    bool accepts(const ConditionTreeItem *parent, const seg::ConditionNode &node) const;

    // Raw edits (no undo): the undo commands call these.
    std::unique_ptr<ConditionTreeItem> createItems(const seg::ConditionNode &node);
    void insertItem(ConditionTreeItem *parent, int row, std::unique_ptr<ConditionTreeItem> item);
    std::unique_ptr<ConditionTreeItem> takeItem(ConditionTreeItem *item);
    // Moves `item` so that it ends at `finalRow` among `newParent`'s children.
    void moveItem(ConditionTreeItem *item, ConditionTreeItem *newParent, int finalRow);
    void setItemFields(ConditionTreeItem *item, const seg::ConditionNode &fields);

    // Decorations, not edits: validation messages and live counts by node id.
    void setErrors(const QHash<int, QString> &errors);
    void setCounts(const QHash<int, qint64> &counts);
    void clearCounts();

    int nodeCount() const; // all nodes, the root included

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Builds a palette payload: each entry lists alternatives, the first that fits is used.
    static QMimeData *paletteMimeData(const QList<seg::ConditionNode> &alternatives);

    // The selected items without those whose ancestor is selected too, in document order.
    QList<ConditionTreeItem *> topmostItems(const QModelIndexList &indexes) const;

signals:
    // After every edit of the tree (not after decorations): structure or fields changed.
    void nodesEdited();

private:
    struct Payload
    {
        quintptr model = 0;
        QList<int> ids;
        QList<QList<seg::ConditionNode>> nodes; // per dragged node: its alternatives
    };
    static std::optional<Payload> readPayload(const QMimeData *data);
    // The nodes a drop would insert into `parent` (first fitting alternative each), or nullopt.
    std::optional<QList<seg::ConditionNode>> fittingNodes(const Payload &payload, const ConditionTreeItem *parent) const;
    bool isInternalMove(const Payload &payload, Qt::DropAction action) const;
    void emitRowChanged(const ConditionTreeItem *item);

    std::unique_ptr<ConditionTreeItem> m_sentinel; // invisible; its only child is the root combine
    QHash<int, ConditionTreeItem *> m_byId;
    QHash<int, QString> m_errors;
    QHash<int, qint64> m_counts;
    QUndoStack *m_undoStack = nullptr;
    int m_nextId = 1;
};
