#include "builder/conditiondragpayload.h"

#include "definition/conditionscope.h"
#include "definition/definitioncodec.h"
#include "definition/nodedescription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using seg::ConditionNode;

namespace {

QMimeData *toMimeData(const QJsonObject &payload, const QString &text)
{
    auto *data = new QMimeData;
    data->setData(ConditionDragPayload::mimeType(),
                  QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!text.isEmpty()) data->setText(text);
    return data;
}

// A node of a payload, parsed in the scope its type belongs to: scope leaves inside their
// scope, everything else at the top level, a combine holding scope leaves in the first
// scope that parses it.
std::optional<ConditionNode> parseNode(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QString type = o.value(QStringLiteral("type")).toString();
    const QStringList scopes = {QStringLiteral("address"), QStringLiteral("orders"),
                                QStringLiteral("products")};
    QString scope;
    for (const QString &s : scopes)
        if (type == seg::leafTypeOf(s) &&
            !(s == QLatin1String("address") && o.contains(QStringLiteral("address"))))
            scope = s; // an address leaf, not an address scope (which has the "address" key)
    seg::Result<ConditionNode> node =
        seg::DefinitionCodec::nodeFromJson(value, QStringLiteral("node"), scope);
    if (!node && scope.isEmpty())
        for (const QString &s : scopes)
            if ((node = seg::DefinitionCodec::nodeFromJson(value, QStringLiteral("node"), s)))
                break;
    if (!node) return std::nullopt;
    return *node;
}

} // namespace

QString ConditionDragPayload::mimeType()
{
    return QStringLiteral("application/x-segmentor-conditions");
}

QMimeData *ConditionDragPayload::encodeNodes(const void *model, const QList<int> &ids,
                                             const QList<ConditionNode> &nodes, const QString &text)
{
    QJsonArray idArray, entries;
    for (int id : ids)
        idArray.append(id);
    for (const ConditionNode &n : nodes)
        entries.append(QJsonArray{seg::DefinitionCodec::nodeToJson(n)});
    QJsonObject o;
    // This process and this model: only then do the ids name nodes here (another builder or
    // another Segmentor gets a copy).
    o.insert(QStringLiteral("model"),
             QStringLiteral("%1:%2").arg(QCoreApplication::applicationPid()).arg(quintptr(model)));
    o.insert(QStringLiteral("ids"), idArray);
    o.insert(QStringLiteral("nodes"), entries);
    return toMimeData(o, text);
}

QMimeData *ConditionDragPayload::encodeAlternatives(const QList<ConditionNode> &alternatives)
{
    QJsonArray alts;
    for (const ConditionNode &n : alternatives)
        alts.append(seg::DefinitionCodec::nodeToJson(n));
    QJsonObject o;
    o.insert(QStringLiteral("nodes"), QJsonArray{alts});
    return toMimeData(o,
                      alternatives.isEmpty() ? QString() : seg::describeNode(alternatives.first()));
}

std::optional<ConditionDragPayload> ConditionDragPayload::decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType())) return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(data->data(mimeType())).object();
    ConditionDragPayload p;
    const QStringList source = o.value(QStringLiteral("model")).toString().split(QLatin1Char(':'));
    if (source.size() == 2 && source[0].toLongLong() == QCoreApplication::applicationPid())
        p.sourceModel = source[1].toULongLong();
    for (const QJsonValue &v : o.value(QStringLiteral("ids")).toArray())
        p.ids << v.toInt();
    for (const QJsonValue &entry : o.value(QStringLiteral("nodes")).toArray()) {
        QList<ConditionNode> alts;
        for (const QJsonValue &alt : entry.toArray())
            if (std::optional<ConditionNode> node = parseNode(alt)) alts << *node;
        if (alts.isEmpty()) return std::nullopt;
        p.entries << alts;
    }
    if (p.entries.isEmpty()) return std::nullopt;
    return p;
}
