#include "builder/conditiontreemodel.h"

#include "builder/conditioncommands.h"
#include "catalog/nodedescription.h"
#include "definition/definitioncodec.h"

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <utility>

using seg::ConditionNode;
using seg::NodeKind;

ConditionTreeModel::ConditionTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_sentinel(std::make_unique<ConditionTreeItem>(0, ConditionNode::combine()))
{
    m_byId.insert(0, m_sentinel.get());
    int id = m_nextId;
    auto root = ConditionTreeItem::fromNode(ConditionNode::combine(), id);
    m_nextId = id;
    root->forEach([this](const ConditionTreeItem *i) { m_byId.insert(i->id(), const_cast<ConditionTreeItem *>(i)); });
    m_sentinel->insertChild(0, std::move(root));
}

ConditionTreeModel::~ConditionTreeModel() = default;

QString ConditionTreeModel::mimeType()
{
    return QStringLiteral("application/x-segmentor-conditions");
}

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
    items->forEach([this](const ConditionTreeItem *i) { m_byId.insert(i->id(), const_cast<ConditionTreeItem *>(i)); });
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

void ConditionTreeModel::execute(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

ConditionTreeItem *ConditionTreeModel::itemFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<ConditionTreeItem *>(index.internalPointer());
}

ConditionTreeItem *ConditionTreeModel::itemById(int id) const
{
    return m_byId.value(id, nullptr);
}

QModelIndex ConditionTreeModel::indexOf(const ConditionTreeItem *item, int column) const
{
    if (!item || item == m_sentinel.get())
        return {};
    return createIndex(item->row(), column, const_cast<ConditionTreeItem *>(item));
}

QModelIndex ConditionTreeModel::indexForId(int id, int column) const
{
    return indexOf(itemById(id), column);
}

QList<int> ConditionTreeModel::pathOf(const ConditionTreeItem *item)
{
    QList<int> path;
    for (const ConditionTreeItem *i = item; i && i->parent() && i->parent()->parent(); i = i->parent())
        path.prepend(i->row());
    return path;
}

ConditionTreeItem *ConditionTreeModel::itemAtPath(const QList<int> &path) const
{
    ConditionTreeItem *item = rootItem();
    for (int row : path) {
        item = item ? item->child(row) : nullptr;
        if (!item)
            return nullptr;
    }
    return item;
}

QString ConditionTreeModel::scopeOf(const ConditionTreeItem *group)
{
    for (const ConditionTreeItem *i = group; i; i = i->parent()) {
        switch (i->fields().kind) {
        case NodeKind::AddressScope: return QStringLiteral("address");
        case NodeKind::OrdersScope: return QStringLiteral("orders");
        case NodeKind::ProductsScope: return QStringLiteral("products");
        default: break;
        }
    }
    return {};
}

bool ConditionTreeModel::fitsIn(const ConditionNode &node, const QString &scope)
{
    switch (node.kind) {
    case NodeKind::Combine:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&](const ConditionNode &c) { return fitsIn(c, scope); });
    case NodeKind::Attribute:
        if (scope.isEmpty())
            return node.type == QLatin1String("customer") || node.type == QLatin1String("cart");
        if (scope == QLatin1String("address"))
            return node.type == QLatin1String("address");
        if (scope == QLatin1String("orders"))
            return node.type == QLatin1String("order");
        return node.type == QLatin1String("product");
    case NodeKind::AddressScope:
    case NodeKind::OrdersScope:
    case NodeKind::ProductsScope:
    case NodeKind::SegmentReference:
        return scope.isEmpty();
    }
    return false;
}

bool ConditionTreeModel::accepts(const ConditionTreeItem *parent, const ConditionNode &node) const
{
    if (!parent || parent == m_sentinel.get() || !parent->isGroup())
        return false;
    return fitsIn(node, scopeOf(parent));
}

std::unique_ptr<ConditionTreeItem> ConditionTreeModel::createItems(const ConditionNode &node)
{
    return ConditionTreeItem::fromNode(node, m_nextId);
}

void ConditionTreeModel::insertItem(ConditionTreeItem *parent, int row, std::unique_ptr<ConditionTreeItem> item)
{
    beginInsertRows(indexOf(parent), row, row);
    item->forEach([this](const ConditionTreeItem *i) { m_byId.insert(i->id(), const_cast<ConditionTreeItem *>(i)); });
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
    });
    endRemoveRows();
    emit nodesEdited();
    return taken;
}

void ConditionTreeModel::moveItem(ConditionTreeItem *item, ConditionTreeItem *newParent, int finalRow)
{
    ConditionTreeItem *oldParent = item->parent();
    const int oldRow = item->row();
    if (oldParent == newParent && oldRow == finalRow)
        return;
    // Qt counts the destination before the removal: one more when moving down in a parent.
    const int destination = oldParent == newParent && finalRow > oldRow ? finalRow + 1 : finalRow;
    if (!beginMoveRows(indexOf(oldParent), oldRow, oldRow, indexOf(newParent), destination))
        return;
    std::unique_ptr<ConditionTreeItem> taken = oldParent->takeChild(oldRow);
    newParent->insertChild(finalRow, std::move(taken));
    endMoveRows();
    emit nodesEdited();
}

void ConditionTreeModel::setItemFields(ConditionTreeItem *item, const ConditionNode &fields)
{
    item->setFields(fields);
    emitRowChanged(item);
    // Muting greys the whole subtree.
    if (item->childCount() > 0)
        emit dataChanged(index(0, 0, indexOf(item)), index(item->childCount() - 1, ColumnCount - 1, indexOf(item)));
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
        if (errors.value(it.key()) != it.value())
            touched.insert(it.key());
    for (auto it = errors.begin(); it != errors.end(); ++it)
        if (old.value(it.key()) != it.value())
            touched.insert(it.key());
    for (int id : std::as_const(touched))
        if (const ConditionTreeItem *item = itemById(id))
            emitRowChanged(item);
}

void ConditionTreeModel::setCounts(const QHash<int, qint64> &counts)
{
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (m_counts.value(it.key(), -1) == it.value())
            continue;
        m_counts.insert(it.key(), it.value());
        if (const ConditionTreeItem *item = itemById(it.key()))
            emit dataChanged(indexOf(item, CountColumn), indexOf(item, CountColumn));
    }
}

void ConditionTreeModel::clearCounts()
{
    const QList<int> ids = m_counts.keys();
    m_counts.clear();
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
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const ConditionTreeItem *p = parent.isValid() ? itemFromIndex(parent) : m_sentinel.get();
    if (!p || (parent.isValid() && parent.column() != 0))
        return {};
    ConditionTreeItem *c = p->child(row);
    return c ? createIndex(row, column, c) : QModelIndex();
}

QModelIndex ConditionTreeModel::parent(const QModelIndex &index) const
{
    const ConditionTreeItem *item = itemFromIndex(index);
    if (!item || !item->parent() || item->parent() == m_sentinel.get())
        return {};
    return indexOf(item->parent());
}

int ConditionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_sentinel->childCount();
    if (parent.column() != 0)
        return 0;
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
        if (!i->fields().enabled)
            return false;
    return true;
}
} // namespace

QVariant ConditionTreeModel::data(const QModelIndex &index, int role) const
{
    const ConditionTreeItem *item = itemFromIndex(index);
    if (!item)
        return {};
    const bool enabled = effectivelyEnabled(item);
    const QString error = m_errors.value(item->id());
    switch (role) {
    case NodeIdRole: return item->id();
    case NodeJsonRole: return seg::DefinitionCodec::nodeToJson(item->toNode());
    case IsGroupRole: return item->isGroup();
    case EffectivelyEnabledRole: return enabled;
    case ErrorRole: return error;
    case CountRole: return m_counts.contains(item->id()) ? QVariant(m_counts.value(item->id())) : QVariant();
    default: break;
    }
    if (index.column() == ConditionColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: {
            QString text = seg::describeNode(item->fields());
            if (!item->fields().enabled)
                text = tr("%1 (muted)").arg(text);
            return text;
        }
        case Qt::ToolTipRole: return error.isEmpty() ? QVariant() : QVariant(error);
        case Qt::BackgroundRole: return error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xfd, 0xec, 0xea)));
        case Qt::ForegroundRole: return enabled ? QVariant() : QVariant(QBrush(QColor(0x90, 0x90, 0x90)));
        default: return {};
        }
    }
    // CountColumn
    switch (role) {
    case Qt::DisplayRole:
        if (!enabled)
            return tr("muted");
        if (m_counts.contains(item->id()))
            return QLocale().toString(m_counts.value(item->id()));
        return {};
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return m_counts.contains(item->id()) ? tr("%n member(s) match this condition on its own", nullptr,
                                                   int(qMin<qint64>(m_counts.value(item->id()), INT_MAX)))
                                             : QVariant();
    case Qt::ForegroundRole: return QBrush(QColor(enabled ? 0x44 : 0x99, enabled ? 0x55 : 0x99, enabled ? 0x66 : 0x99));
    case Qt::BackgroundRole: return error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xfd, 0xec, 0xea)));
    default: return {};
    }
}

bool ConditionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    ConditionTreeItem *item = itemFromIndex(index);
    if (!item || role != NodeJsonRole)
        return false;
    QJsonObject o = value.toJsonObject();
    o.remove(QStringLiteral("conditions"));
    seg::Result<ConditionNode> node = seg::DefinitionCodec::nodeFromJson(o, QStringLiteral("node"),
                                                                          item->parent() == m_sentinel.get()
                                                                              ? QString()
                                                                              : scopeOf(item->parent()));
    if (!node || node->kind != item->fields().kind)
        return false;
    execute(new SetFieldsCommand(this, item->id(), *node, tr("Edit condition")));
    return true;
}

QVariant ConditionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ConditionColumn ? tr("Condition") : tr("Members");
}

Qt::ItemFlags ConditionTreeModel::flags(const QModelIndex &index) const
{
    const ConditionTreeItem *item = itemFromIndex(index);
    if (!item)
        return Qt::ItemIsDropEnabled; // only for the QAbstractItemModelTester's view of the root
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item != rootItem())
        f |= Qt::ItemIsDragEnabled;
    if (item->isGroup())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool ConditionTreeModel::removeRows(int row, int count, const QModelIndex &parent)
{
    ConditionTreeItem *p = parent.isValid() ? itemFromIndex(parent) : nullptr;
    if (!p || row < 0 || count <= 0 || row + count > p->childCount())
        return false; // the root combine itself is never removed
    QList<int> ids;
    for (int r = row; r < row + count; ++r)
        ids << p->child(r)->id();
    execute(new RemoveNodesCommand(this, ids, count == 1 ? tr("Delete condition") : tr("Delete %1 conditions").arg(count)));
    return true;
}

bool ConditionTreeModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    ConditionTreeItem *src = sourceParent.isValid() ? itemFromIndex(sourceParent) : nullptr;
    ConditionTreeItem *dst = destinationParent.isValid() ? itemFromIndex(destinationParent) : nullptr;
    if (!src || !dst || sourceRow < 0 || count <= 0 || sourceRow + count > src->childCount())
        return false;
    if (destinationChild < 0 || destinationChild > dst->childCount())
        return false;
    QList<int> ids;
    for (int r = sourceRow; r < sourceRow + count; ++r) {
        const ConditionTreeItem *c = src->child(r);
        if (c->isAncestorOf(dst) || !accepts(dst, c->toNode()))
            return false;
        ids << c->id();
    }
    if (src == dst && destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // a no-op, as QAbstractItemModel::beginMoveRows sees it
    execute(new MoveNodesCommand(this, ids, dst->id(), destinationChild,
                                 count == 1 ? tr("Move condition") : tr("Move %1 conditions").arg(count)));
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
    return {mimeType()};
}

QList<ConditionTreeItem *> ConditionTreeModel::topmostItems(const QModelIndexList &indexes) const
{
    QList<ConditionTreeItem *> items;
    for (const QModelIndex &i : indexes)
        if (ConditionTreeItem *item = itemFromIndex(i); item && !items.contains(item))
            items << item;
    QList<ConditionTreeItem *> out;
    for (ConditionTreeItem *item : std::as_const(items)) {
        const bool covered = std::any_of(items.begin(), items.end(), [&](const ConditionTreeItem *other) {
            return other != item && other->isAncestorOf(item);
        });
        if (!covered)
            out << item;
    }
    // Document order: compare the row paths.
    std::sort(out.begin(), out.end(), [](const ConditionTreeItem *a, const ConditionTreeItem *b) {
        return pathOf(a) < pathOf(b);
    });
    return out;
}

QMimeData *ConditionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray ids, nodes;
    for (const ConditionTreeItem *item : topmostItems(indexes)) {
        if (item == rootItem())
            continue;
        ids.append(item->id());
        nodes.append(QJsonArray{seg::DefinitionCodec::nodeToJson(item->toNode())});
    }
    if (nodes.isEmpty())
        return nullptr;
    QJsonObject o;
    // This process and this model: only then do the ids name nodes here (another builder or
    // another Segmentor gets a copy).
    o.insert(QStringLiteral("model"), QStringLiteral("%1:%2").arg(QCoreApplication::applicationPid()).arg(quintptr(this)));
    o.insert(QStringLiteral("ids"), ids);
    o.insert(QStringLiteral("nodes"), nodes);
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    QStringList text;
    for (const ConditionTreeItem *item : topmostItems(indexes))
        text << seg::describeNode(item->fields());
    data->setText(text.join(QLatin1Char('\n')));
    return data;
}

QMimeData *ConditionTreeModel::paletteMimeData(const QList<ConditionNode> &alternatives)
{
    QJsonArray alts;
    for (const ConditionNode &n : alternatives)
        alts.append(seg::DefinitionCodec::nodeToJson(n));
    QJsonObject o;
    o.insert(QStringLiteral("nodes"), QJsonArray{alts});
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!alternatives.isEmpty())
        data->setText(seg::describeNode(alternatives.first()));
    return data;
}

std::optional<ConditionTreeModel::Payload> ConditionTreeModel::readPayload(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(data->data(mimeType())).object();
    Payload p;
    const QStringList source = o.value(QStringLiteral("model")).toString().split(QLatin1Char(':'));
    if (source.size() == 2 && source[0].toLongLong() == QCoreApplication::applicationPid())
        p.model = source[1].toULongLong();
    for (const QJsonValue &v : o.value(QStringLiteral("ids")).toArray())
        p.ids << v.toInt();
    for (const QJsonValue &entry : o.value(QStringLiteral("nodes")).toArray()) {
        QList<ConditionNode> alts;
        for (const QJsonValue &alt : entry.toArray()) {
            const QString type = alt.toObject().value(QStringLiteral("type")).toString();
            // Scope leaves parse inside their scope; everything else at the top level.
            QString scope;
            if (type == QLatin1String("address")
                && !alt.toObject().contains(QStringLiteral("address")))
                scope = QStringLiteral("address");
            else if (type == QLatin1String("order"))
                scope = QStringLiteral("orders");
            else if (type == QLatin1String("product"))
                scope = QStringLiteral("products");
            seg::Result<ConditionNode> node = seg::DefinitionCodec::nodeFromJson(alt, QStringLiteral("node"), scope);
            if (!node && scope.isEmpty()) // a combine holding scope leaves
                for (const QString &s : {QStringLiteral("address"), QStringLiteral("orders"), QStringLiteral("products")})
                    if ((node = seg::DefinitionCodec::nodeFromJson(alt, QStringLiteral("node"), s)))
                        break;
            if (node)
                alts << *node;
        }
        if (alts.isEmpty())
            return std::nullopt;
        p.nodes << alts;
    }
    if (p.nodes.isEmpty())
        return std::nullopt;
    return p;
}

std::optional<QList<ConditionNode>> ConditionTreeModel::fittingNodes(const Payload &payload,
                                                                      const ConditionTreeItem *parent) const
{
    QList<ConditionNode> out;
    for (const QList<ConditionNode> &alts : payload.nodes) {
        const auto it = std::find_if(alts.begin(), alts.end(), [&](const ConditionNode &n) { return accepts(parent, n); });
        if (it == alts.end())
            return std::nullopt;
        out << *it;
    }
    return out;
}

bool ConditionTreeModel::isInternalMove(const Payload &payload, Qt::DropAction action) const
{
    return action == Qt::MoveAction && payload.model == quintptr(this) && !payload.ids.isEmpty();
}

bool ConditionTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                         const QModelIndex &parent) const
{
    const std::optional<Payload> payload = readPayload(data);
    const ConditionTreeItem *target = itemFromIndex(parent);
    if (!payload || !target || !target->isGroup()) // never onto a leaf, never beside the root
        return false;
    if (row > target->childCount())
        return false;
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    if (isInternalMove(*payload, action)) {
        for (int id : payload->ids) {
            const ConditionTreeItem *item = itemById(id);
            if (!item || item == rootItem() || item->isAncestorOf(target)) // not into its own subtree
                return false;
            if (!accepts(target, item->toNode()))
                return false;
        }
        return true;
    }
    return fittingNodes(*payload, target).has_value();
}

bool ConditionTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Payload payload = *readPayload(data);
    ConditionTreeItem *target = itemFromIndex(parent);
    if (isInternalMove(payload, action)) {
        // One MoveNodesCommand: the items move (beginMoveRows), nothing is removed, and the
        // view must not remove the source rows afterwards.
        execute(new MoveNodesCommand(this, payload.ids, target->id(), row,
                                     payload.ids.size() == 1 ? tr("Move condition")
                                                             : tr("Move %1 conditions").arg(payload.ids.size())));
        return true;
    }
    const QList<ConditionNode> nodes = *fittingNodes(payload, target);
    const bool fromPalette = payload.ids.isEmpty();
    QString text = fromPalette ? tr("Add %1").arg(seg::describeNode(nodes.first()))
                               : (nodes.size() == 1 ? tr("Copy condition") : tr("Copy %1 conditions").arg(nodes.size()));
    execute(new InsertNodesCommand(this, target->id(), row < 0 ? target->childCount() : row, nodes, text));
    return true;
}
