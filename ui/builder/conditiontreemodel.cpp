#include "builder/conditiontreemodel.h"

#include "builder/conditiondragpayload.h"
#include "definition/definitioncodec.h"
#include "definition/nodedescription.h"

#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <climits>
#include <utility>

using seg::ConditionNode;

ConditionTreeModel::ConditionTreeModel(QObject *parent)
    : QAbstractItemModel(parent),
      m_sentinel(std::make_unique<ConditionTreeItem>(0, ConditionNode::combine()))
{
    m_byId.insert(0, m_sentinel.get());
    int id = m_nextId;
    auto root = ConditionTreeItem::fromNode(ConditionNode::combine(), id);
    m_nextId = id;
    root->forEach([this](const ConditionTreeItem *i) {
        m_byId.insert(i->id(), const_cast<ConditionTreeItem *>(i));
    });
    m_sentinel->insertChild(0, std::move(root));
}

ConditionTreeModel::~ConditionTreeModel() = default;

void ConditionTreeModel::setRootNode(const ConditionNode &root)
{
    beginResetModel();
    while (m_sentinel->childCount() > 0)
        m_sentinel->takeChild(0);
    m_byId.clear();
    m_byId.insert(0, m_sentinel.get());
    m_errors.clear();
    m_counts.clear();
    std::unique_ptr<ConditionTreeItem> items = createItems(root);
    items->forEach([this](const ConditionTreeItem *i) {
        m_byId.insert(i->id(), const_cast<ConditionTreeItem *>(i));
    });
    m_sentinel->insertChild(0, std::move(items));
    endResetModel();
    emit nodesEdited();
}

ConditionNode ConditionTreeModel::rootNode() const
{
    return rootItem()->toNode();
}

ConditionTreeItem *ConditionTreeModel::rootItem() const
{
    return m_sentinel->child(0);
}

ConditionTreeItem *ConditionTreeModel::itemFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) return nullptr;
    return static_cast<ConditionTreeItem *>(index.internalPointer());
}

ConditionTreeItem *ConditionTreeModel::itemById(int id) const
{
    return m_byId.value(id, nullptr);
}

QModelIndex ConditionTreeModel::indexOf(const ConditionTreeItem *item, int column) const
{
    if (!item || item == m_sentinel.get()) return {};
    return createIndex(item->row(), column, const_cast<ConditionTreeItem *>(item));
}

ConditionTreeItem *ConditionTreeModel::itemAtPath(const QList<int> &path) const
{
    ConditionTreeItem *item = rootItem();
    for (int row : path) {
        item = item ? item->child(row) : nullptr;
        if (!item) return nullptr;
    }
    return item;
}

std::unique_ptr<ConditionTreeItem> ConditionTreeModel::createItems(const ConditionNode &node)
{
    return ConditionTreeItem::fromNode(node, m_nextId);
}

void ConditionTreeModel::insertItem(ConditionTreeItem *parent, int row,
                                    std::unique_ptr<ConditionTreeItem> item)
{
    beginInsertRows(indexOf(parent), row, row);
    item->forEach([this](const ConditionTreeItem *i) {
        m_byId.insert(i->id(), const_cast<ConditionTreeItem *>(i));
    });
    parent->insertChild(row, std::move(item));
    endInsertRows();
    emit nodesEdited();
}

std::unique_ptr<ConditionTreeItem> ConditionTreeModel::takeItem(ConditionTreeItem *item)
{
    ConditionTreeItem *parent = item->parent();
    const int row = item->row();
    beginRemoveRows(indexOf(parent), row, row);
    std::unique_ptr<ConditionTreeItem> taken = parent->takeChild(row);
    taken->forEach([this](const ConditionTreeItem *i) {
        m_byId.remove(i->id());
        m_errors.remove(i->id());
        m_counts.remove(i->id());
        m_times.remove(i->id());
    });
    endRemoveRows();
    emit nodesEdited();
    return taken;
}

QList<ConditionTreePlace> ConditionTreeModel::moveItems(const QList<int> &ids,
                                                        ConditionTreeItem *newParent, int row)
{
    // The anchor: the first sibling at or after `row` that does not move itself.
    const ConditionTreeItem *anchor = nullptr;
    if (row >= 0)
        for (int r = row; r < newParent->childCount() && !anchor; ++r)
            if (!ids.contains(newParent->child(r)->id())) anchor = newParent->child(r);
    QList<ConditionTreePlace> places;
    for (int id : ids) {
        ConditionTreeItem *item = itemById(id);
        ConditionTreeItem *oldParent = item->parent();
        const int oldRow = item->row();
        places << ConditionTreePlace{oldParent->id(), oldRow};
        const bool sameParent = oldParent == newParent;
        int finalRow;
        if (anchor)
            finalRow = sameParent && oldRow < anchor->row() ? anchor->row() - 1 : anchor->row();
        else
            finalRow = sameParent ? newParent->childCount() - 1 : newParent->childCount();
        if (sameParent && oldRow == finalRow) continue;
        // moveRows counts the destination before the removal: one more when moving down.
        moveRows(indexOf(oldParent), oldRow, 1, indexOf(newParent),
                 sameParent && finalRow > oldRow ? finalRow + 1 : finalRow);
    }
    return places;
}

void ConditionTreeModel::setItemFields(ConditionTreeItem *item, const ConditionNode &fields)
{
    item->setFields(fields);
    emitRowChanged(item);
    // Muting greys the whole subtree.
    if (item->childCount() > 0)
        emit dataChanged(index(0, 0, indexOf(item)),
                         index(item->childCount() - 1, ColumnCount - 1, indexOf(item)));
    emit nodesEdited();
}

void ConditionTreeModel::emitRowChanged(const ConditionTreeItem *item)
{
    emit dataChanged(indexOf(item, ConditionColumn), indexOf(item, CountColumn));
}

void ConditionTreeModel::setErrors(const QHash<int, QString> &errors)
{
    const QHash<int, QString> old = std::exchange(m_errors, errors);
    QSet<int> touched;
    for (auto it = old.begin(); it != old.end(); ++it)
        if (errors.value(it.key()) != it.value()) touched.insert(it.key());
    for (auto it = errors.begin(); it != errors.end(); ++it)
        if (old.value(it.key()) != it.value()) touched.insert(it.key());
    for (int id : std::as_const(touched))
        if (const ConditionTreeItem *item = itemById(id)) emitRowChanged(item);
}

QString ConditionTreeModel::elapsedText(qint64 ms)
{
    if (ms < 1000) return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

const ConditionTreeItem *ConditionTreeModel::lockOf(const ConditionTreeItem *item)
{
    for (const ConditionTreeItem *i = item; i; i = i->parent())
        if (i->fields().locked) return i;
    return nullptr;
}

void ConditionTreeModel::setCounts(const QHash<int, qint64> &counts)
{
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (m_counts.value(it.key(), -1) == it.value()) continue;
        m_counts.insert(it.key(), it.value());
        if (const ConditionTreeItem *item = itemById(it.key()))
            emit dataChanged(indexOf(item, CountColumn), indexOf(item, CountColumn));
    }
}

void ConditionTreeModel::setCountTimes(const QHash<int, qint64> &elapsedMs)
{
    for (auto it = elapsedMs.begin(); it != elapsedMs.end(); ++it) {
        if (m_times.value(it.key(), -1) == it.value()) continue;
        m_times.insert(it.key(), it.value());
        if (const ConditionTreeItem *item = itemById(it.key()))
            emit dataChanged(indexOf(item, CountColumn), indexOf(item, CountColumn));
    }
}

void ConditionTreeModel::clearCounts()
{
    const QList<int> ids = m_counts.keys();
    m_counts.clear();
    m_times.clear();
    for (int id : ids)
        if (const ConditionTreeItem *item = itemById(id))
            emit dataChanged(indexOf(item, CountColumn), indexOf(item, CountColumn));
}

int ConditionTreeModel::nodeCount() const
{
    return int(m_byId.size()) - 1;
}

QModelIndex ConditionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    const ConditionTreeItem *p = parent.isValid() ? itemFromIndex(parent) : m_sentinel.get();
    if (!p || (parent.isValid() && parent.column() != 0)) return {};
    ConditionTreeItem *c = p->child(row);
    return c ? createIndex(row, column, c) : QModelIndex();
}

QModelIndex ConditionTreeModel::parent(const QModelIndex &index) const
{
    const ConditionTreeItem *item = itemFromIndex(index);
    if (!item || !item->parent() || item->parent() == m_sentinel.get()) return {};
    return indexOf(item->parent());
}

int ConditionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return m_sentinel->childCount();
    if (parent.column() != 0) return 0;
    const ConditionTreeItem *item = itemFromIndex(parent);
    return item ? item->childCount() : 0;
}

int ConditionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

namespace {
bool effectivelyEnabled(const ConditionTreeItem *item)
{
    for (const ConditionTreeItem *i = item; i; i = i->parent())
        if (!i->fields().enabled) return false;
    return true;
}
} // namespace

QVariant ConditionTreeModel::data(const QModelIndex &index, int role) const
{
    const ConditionTreeItem *item = itemFromIndex(index);
    if (!item) return {};
    const bool enabled = effectivelyEnabled(item);
    const QString error = m_errors.value(item->id());
    switch (role) {
    case NodeIdRole:
        return item->id();
    case NodeJsonRole:
        return seg::DefinitionCodec::nodeToJson(item->toNode());
    case IsGroupRole:
        return item->isGroup();
    case StateRole: {
        NodeStates state = Normal;
        state.setFlag(Invalid, !error.isEmpty());
        state.setFlag(Muted, !enabled);
        return QVariant::fromValue(state);
    }
    case ErrorRole:
        return error;
    case CountRole:
        return m_counts.contains(item->id()) ? QVariant(m_counts.value(item->id())) : QVariant();
    case TimeRole:
        return m_times.contains(item->id()) ? QVariant(m_times.value(item->id())) : QVariant();
    default:
        break;
    }
    if (index.column() == ConditionColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: {
            QString text = seg::describeNode(item->fields());
            if (!item->fields().enabled) text = tr("%1 (muted)").arg(text);
            return text;
        }
        case Qt::ToolTipRole:
            return error.isEmpty() ? QVariant() : QVariant(error);
        default:
            return {};
        }
    }
    // CountColumn
    switch (role) {
    case Qt::DisplayRole:
        if (!enabled) return tr("muted");
        if (m_counts.contains(item->id())) {
            const QString count = QLocale().toString(m_counts.value(item->id()));
            if (!m_times.contains(item->id())) return count;
            return tr("%1 · %2").arg(count, elapsedText(m_times.value(item->id())));
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: // a slow count stands out
        if (enabled && m_times.value(item->id(), 0) >= kSlowCountMs)
            return QColor(0xb0, 0x4a, 0x00);
        return {};
    case Qt::FontRole:
        if (enabled && m_times.value(item->id(), 0) >= kSlowCountMs) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        if (!m_counts.contains(item->id())) return {};
        QString tip = tr("%n member(s) match this condition on its own", nullptr,
                         int(qMin<qint64>(m_counts.value(item->id()), INT_MAX)));
        if (m_times.contains(item->id())) {
            const qint64 ms = m_times.value(item->id());
            tip += QLatin1Char('\n') +
                   (ms >= kSlowCountMs
                        ? tr("Counted in %1: a slow condition, it slows every count and refresh")
                        : tr("Counted in %1"))
                       .arg(elapsedText(ms));
        }
        return tip;
    }
    default:
        return {};
    }
}

bool ConditionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    ConditionTreeItem *item = itemFromIndex(index);
    if (!item || role != NodeJsonRole) return false;
    QJsonObject o = value.toJsonObject();
    o.remove(QStringLiteral("conditions"));
    const QString scope = item == rootItem() ? QString() : item->parent()->childScope();
    seg::Result<ConditionNode> node =
        seg::DefinitionCodec::nodeFromJson(o, QStringLiteral("node"), scope);
    if (!node || node->kind != item->fields().kind) return false;
    setItemFields(item, *node);
    return true;
}

QVariant ConditionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == ConditionColumn ? tr("Condition") : tr("Members");
}

Qt::ItemFlags ConditionTreeModel::flags(const QModelIndex &index) const
{
    const ConditionTreeItem *item = itemFromIndex(index);
    if (!item)
        return Qt::ItemIsDropEnabled; // only for the QAbstractItemModelTester's view of the root
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item != rootItem()) f |= Qt::ItemIsDragEnabled;
    if (item->isGroup()) f |= Qt::ItemIsDropEnabled;
    return f;
}

bool ConditionTreeModel::removeRows(int row, int count, const QModelIndex &parent)
{
    ConditionTreeItem *p = parent.isValid() ? itemFromIndex(parent) : nullptr;
    if (!p || row < 0 || count <= 0 || row + count > p->childCount())
        return false; // the root combine itself is never removed
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<ConditionTreeItem> taken = p->takeChild(row);
        taken->forEach([this](const ConditionTreeItem *t) {
            m_byId.remove(t->id());
            m_errors.remove(t->id());
            m_counts.remove(t->id());
            m_times.remove(t->id());
        });
    }
    endRemoveRows();
    emit nodesEdited();
    return true;
}

bool ConditionTreeModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    ConditionTreeItem *src = sourceParent.isValid() ? itemFromIndex(sourceParent) : nullptr;
    ConditionTreeItem *dst =
        destinationParent.isValid() ? itemFromIndex(destinationParent) : nullptr;
    if (!src || !dst || sourceRow < 0 || count <= 0 || sourceRow + count > src->childCount())
        return false;
    if (destinationChild < 0 || destinationChild > dst->childCount()) return false;
    for (int r = sourceRow; r < sourceRow + count; ++r) {
        const ConditionTreeItem *c = src->child(r);
        if (c->isAncestorOf(dst) || !dst->accepts(c->toNode())) return false;
    }
    if (src == dst && destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // a no-op, as QAbstractItemModel::beginMoveRows sees it
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                       destinationChild))
        return false;
    std::vector<std::unique_ptr<ConditionTreeItem>> taken;
    for (int i = 0; i < count; ++i)
        taken.push_back(src->takeChild(sourceRow));
    int row =
        src == dst && destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (auto &item : taken)
        dst->insertChild(row++, std::move(item));
    endMoveRows();
    emit nodesEdited();
    return true;
}

Qt::DropActions ConditionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ConditionTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ConditionTreeModel::mimeTypes() const
{
    return {ConditionDragPayload::mimeType()};
}

QList<ConditionTreeItem *>
ConditionTreeModel::itemsFromIndexes(const QModelIndexList &indexes) const
{
    QList<ConditionTreeItem *> items;
    for (const QModelIndex &i : indexes)
        if (ConditionTreeItem *item = itemFromIndex(i)) items << item;
    return ConditionTreeItem::topmost(items);
}

QMimeData *ConditionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> ids;
    QList<ConditionNode> nodes;
    QStringList text;
    for (const ConditionTreeItem *item : itemsFromIndexes(indexes)) {
        if (item == rootItem()) continue;
        ids << item->id();
        nodes << item->toNode();
        text << seg::describeNode(item->fields());
    }
    if (nodes.isEmpty()) return nullptr;
    return ConditionDragPayload::encodeNodes(this, ids, nodes, text.join(QLatin1Char('\n')));
}

namespace {

// The nodes a drop would insert into `parent` (the first fitting alternative of each), or
// nullopt when one of them fits nowhere there.
std::optional<QList<ConditionNode>> fittingNodes(const ConditionDragPayload &payload,
                                                 const ConditionTreeItem *parent)
{
    QList<ConditionNode> out;
    for (const QList<ConditionNode> &alts : payload.entries) {
        const auto it = std::find_if(alts.begin(), alts.end(),
                                     [&](const ConditionNode &n) { return parent->accepts(n); });
        if (it == alts.end()) return std::nullopt;
        out << *it;
    }
    return out;
}

} // namespace

bool ConditionTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                         const QModelIndex &parent) const
{
    const std::optional<ConditionDragPayload> payload = ConditionDragPayload::decode(data);
    const ConditionTreeItem *target = itemFromIndex(parent);
    if (!payload || !target || !target->isGroup()) // never onto a leaf, never beside the root
        return false;
    if (row > target->childCount()) return false;
    if (action != Qt::MoveAction && action != Qt::CopyAction) return false;
    if (lockOf(target)) return false; // nothing goes into a locked group
    if (action == Qt::MoveAction && payload->isFrom(this) && !payload->ids.isEmpty()) {
        for (int id : payload->ids) {
            const ConditionTreeItem *item = itemById(id);
            if (item && lockOf(item)) return false; // nor leaves one
            if (!item || item == rootItem() ||
                item->isAncestorOf(target)) // not into its own subtree
                return false;
            if (!target->accepts(item->toNode())) return false;
        }
        return true;
    }
    return fittingNodes(*payload, target).has_value();
}

bool ConditionTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction) return true;
    if (!canDropMimeData(data, action, row, column, parent)) return false;
    const ConditionDragPayload payload = *ConditionDragPayload::decode(data);
    ConditionTreeItem *target = itemFromIndex(parent);
    ConditionTreeDrop drop;
    drop.parentId = target->id();
    drop.row = row;
    drop.ids = payload.ids;
    if (action == Qt::MoveAction && payload.isFrom(this) && !payload.ids.isEmpty()) {
        // The items move (beginMoveRows), nothing is removed: the view must not remove the
        // source rows afterwards.
        drop.moved = true;
        drop.from = moveItems(payload.ids, target, row);
    } else {
        drop.fromPalette = payload.ids.isEmpty();
        drop.ids.clear();
        int at = row < 0 || row > target->childCount() ? target->childCount() : row;
        const QList<ConditionNode> nodes = *fittingNodes(payload, target);
        for (const ConditionNode &node : nodes) {
            std::unique_ptr<ConditionTreeItem> item = createItems(node);
            drop.ids << item->id();
            insertItem(target, at++, std::move(item));
        }
    }
    emit dropped(drop);
    return true;
}
