#include "definition/definitioncodec.h"

#include "definition/conditionscope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace seg {

QString applyToName(ApplyTo applyTo)
{
    switch (applyTo) {
    case ApplyTo::Registered:
        return QStringLiteral("registered");
    case ApplyTo::Guests:
        return QStringLiteral("guests");
    case ApplyTo::All:
        return QStringLiteral("all");
    }
    return {};
}

QString describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::floor(d) == d && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 15);
    }
    case QJsonValue::String: {
        QString s = value.toString();
        if (s.size() > 60) s = s.left(57) + QStringLiteral("...");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    }
    return {};
}

namespace {

Error typeError(const QString &path, const QString &expected, const QJsonValue &got)
{
    return {path, QStringLiteral("expected %1, got %2").arg(expected, describeJson(got)),
            ErrorCode::InvalidDefinition};
}

// Rejects keys outside `allowed`: a typo must not silently change who is targeted.
std::optional<Error> checkKeys(const QJsonObject &object, const QString &path,
                               const QSet<QString> &allowed, const QString &what)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            return Error{path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                         QStringLiteral("unknown key \"%1\" in %2").arg(it.key(), what),
                         ErrorCode::InvalidDefinition};
    return std::nullopt;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

std::optional<Error> readBool(const QJsonObject &o, const QString &path, const QString &key,
                              bool &out)
{
    if (!o.contains(key)) return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isBool()) return typeError(join(path, key), QStringLiteral("true or false"), v);
    out = v.toBool();
    return std::nullopt;
}

std::optional<Error> readString(const QJsonObject &o, const QString &path, const QString &key,
                                QString &out, bool required)
{
    if (!o.contains(key)) {
        if (required)
            return Error{join(path, key), QStringLiteral("is required"),
                         ErrorCode::InvalidDefinition};
        return std::nullopt;
    }
    const QJsonValue v = o.value(key);
    if (!v.isString()) return typeError(join(path, key), QStringLiteral("a string"), v);
    out = v.toString();
    return std::nullopt;
}

std::optional<Error> readEnum(const QJsonObject &o, const QString &path, const QString &key,
                              QString &out, const QStringList &allowed, bool required)
{
    if (auto e = readString(o, path, key, out, required)) return e;
    if (o.contains(key) && !allowed.contains(out))
        return Error{join(path, key),
                     QStringLiteral("expected one of %1, got \"%2\"")
                         .arg(allowed.join(QStringLiteral(", ")), out),
                     ErrorCode::InvalidDefinition};
    return std::nullopt;
}

std::optional<Error> readInt(const QJsonObject &o, const QString &path, const QString &key,
                             int &out)
{
    if (!o.contains(key)) return std::nullopt;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 2147483647.0)
        return typeError(join(path, key), QStringLiteral("an integer"), v);
    out = int(d);
    return std::nullopt;
}

std::optional<Error> readMatchExpect(const QJsonObject &o, const QString &path, ConditionNode &node)
{
    QString match = QStringLiteral("all");
    if (auto e = readEnum(o, path, QStringLiteral("match"), match,
                          {QStringLiteral("all"), QStringLiteral("any")}, false))
        return e;
    node.match = match == QLatin1String("any") ? Match::Any : Match::All;
    return readBool(o, path, QStringLiteral("expect"), node.expect);
}

std::optional<Error> readChildren(const QJsonObject &o, const QString &path, ConditionNode &node,
                                  const QString &scopeType)
{
    if (!o.contains(QStringLiteral("conditions"))) return std::nullopt;
    const QJsonValue v = o.value(QStringLiteral("conditions"));
    if (!v.isArray())
        return typeError(join(path, QStringLiteral("conditions")),
                         QStringLiteral("an array of conditions"), v);
    const QJsonArray children = v.toArray();
    for (int i = 0; i < children.size(); ++i) {
        Result<ConditionNode> child =
            DefinitionCodec::nodeFromJson(children.at(i), childPath(path, i), scopeType);
        if (!child) return child.error();
        node.children.push_back(std::move(child).value());
    }
    return std::nullopt;
}

void readComparison(const QJsonObject &o, Comparison &c)
{
    c.op = o.value(QStringLiteral("operator")).toString();
    c.value = o.contains(QStringLiteral("value")) ? o.value(QStringLiteral("value"))
                                                  : QJsonValue(QJsonValue::Undefined);
}

std::optional<Error> requireOperator(const QJsonObject &o, const QString &path)
{
    QString op;
    return readString(o, path, QStringLiteral("operator"), op, true);
}

} // namespace

Result<ConditionNode> DefinitionCodec::nodeFromJson(const QJsonValue &value, const QString &path,
                                                    const QString &scopeType)
{
    if (!value.isObject()) return typeError(path, QStringLiteral("a condition object"), value);
    const QJsonObject o = value.toObject();
    ConditionNode node;
    if (auto e = readString(o, path, QStringLiteral("type"), node.type, true)) return *e;
    if (auto e = readBool(o, path, QStringLiteral("enabled"), node.enabled)) return *e;
    if (auto e = readBool(o, path, QStringLiteral("locked"), node.locked)) return *e;

    const QString &type = node.type;
    if (type == QLatin1String("combine")) {
        node.kind = NodeKind::Combine;
        if (auto e =
                checkKeys(o, path, {"type", "enabled", "locked", "match", "expect", "conditions"},
                          QStringLiteral("a combine condition")))
            return *e;
        if (auto e = readMatchExpect(o, path, node)) return *e;
        if (auto e = readChildren(o, path, node, scopeType)) return *e;
        return node;
    }

    if (!scopeType.isEmpty()) {
        // Inside a scope only combine nodes and the scope's own leaf type are allowed.
        const QString leaf = leafTypeOf(scopeType);
        if (type != leaf)
            return Error{
                join(path, QStringLiteral("type")),
                QStringLiteral(
                    "\"%1\" is not allowed inside a %2 scope (expected \"%3\" or \"combine\")")
                    .arg(type, scopeType, leaf),
                ErrorCode::InvalidDefinition};
        node.kind = NodeKind::Attribute;
        if (auto e =
                checkKeys(o, path, {"type", "enabled", "locked", "attribute", "operator", "value"},
                          QStringLiteral("a condition")))
            return *e;
        if (auto e = readString(o, path, QStringLiteral("attribute"), node.attribute, true))
            return *e;
        if (auto e = requireOperator(o, path)) return *e;
        readComparison(o, node.test);
        return node;
    }

    if (type == QLatin1String("customer") || type == QLatin1String("cart")) {
        node.kind = NodeKind::Attribute;
        if (auto e =
                checkKeys(o, path, {"type", "enabled", "locked", "attribute", "operator", "value"},
                          QStringLiteral("a condition")))
            return *e;
        if (auto e = readString(o, path, QStringLiteral("attribute"), node.attribute, true))
            return *e;
        if (auto e = requireOperator(o, path)) return *e;
        readComparison(o, node.test);
        return node;
    }
    if (type == QLatin1String("address")) {
        node.kind = NodeKind::AddressScope;
        if (auto e = checkKeys(
                o, path, {"type", "enabled", "locked", "address", "match", "expect", "conditions"},
                QStringLiteral("an address scope")))
            return *e;
        if (auto e = readEnum(o, path, QStringLiteral("address"), node.addressKind,
                              {"billing", "shipping", "any"}, true))
            return *e;
        if (auto e = readMatchExpect(o, path, node)) return *e;
        if (auto e = readChildren(o, path, node, type)) return *e;
        return node;
    }
    if (type == QLatin1String("orders")) {
        node.kind = NodeKind::OrdersScope;
        if (auto e = checkKeys(o, path,
                               {"type", "enabled", "locked", "metric", "operator", "value", "match",
                                "expect", "conditions"},
                               QStringLiteral("an orders scope")))
            return *e;
        if (auto e = readString(o, path, QStringLiteral("metric"), node.metric, true)) return *e;
        if (auto e = requireOperator(o, path)) return *e;
        readComparison(o, node.test);
        if (auto e = readMatchExpect(o, path, node)) return *e;
        if (auto e = readChildren(o, path, node, type)) return *e;
        return node;
    }
    if (type == QLatin1String("products")) {
        node.kind = NodeKind::ProductsScope;
        if (auto e = checkKeys(o, path,
                               {"type", "enabled", "locked", "source", "found", "count", "match",
                                "expect", "conditions"},
                               QStringLiteral("a products scope")))
            return *e;
        if (auto e = readEnum(o, path, QStringLiteral("source"), node.source,
                              {"cart", "wishlist", "ordered", "viewed"}, true))
            return *e;
        if (auto e = readBool(o, path, QStringLiteral("found"), node.found)) return *e;
        if (o.contains(QStringLiteral("count"))) {
            const QString countPath = join(path, QStringLiteral("count"));
            const QJsonValue cv = o.value(QStringLiteral("count"));
            if (!cv.isObject())
                return typeError(countPath, QStringLiteral("an object {\"operator\", \"value\"}"),
                                 cv);
            const QJsonObject co = cv.toObject();
            if (auto e = checkKeys(co, countPath, {"operator", "value", "of"},
                                   QStringLiteral("a count")))
                return *e;
            if (auto e = requireOperator(co, countPath)) return *e;
            if (auto e = readEnum(co, countPath, QStringLiteral("of"), node.countOf,
                                  {"rows", "qty", "amount", "orders"}, false))
                return *e;
            Comparison c;
            readComparison(co, c);
            node.count = c;
        }
        if (auto e = readMatchExpect(o, path, node)) return *e;
        if (auto e = readChildren(o, path, node, type)) return *e;
        return node;
    }
    if (type == QLatin1String("segment")) {
        node.kind = NodeKind::SegmentReference;
        if (auto e = checkKeys(o, path, {"type", "enabled", "locked", "operator", "value", "of"},
                               QStringLiteral("a segment reference")))
            return *e;
        if (auto e = requireOperator(o, path)) return *e;
        readComparison(o, node.test);
        if (auto e = readEnum(o, path, QStringLiteral("of"), node.referenceOf,
                              {"conditions", "members"}, false))
            return *e;
        // "conditions" is the default: kept empty so that old definitions round-trip unchanged.
        if (node.referenceOf == QLatin1String("conditions")) node.referenceOf.clear();
        return node;
    }
    if (type == QLatin1String("rfm")) {
        node.kind = NodeKind::Rfm;
        if (auto e = checkKeys(o, path, {"type", "enabled", "locked", "score", "operator", "value"},
                               QStringLiteral("an RFM score condition")))
            return *e;
        if (auto e = readEnum(o, path, QStringLiteral("score"), node.score,
                              {"recency", "frequency", "monetary"}, true))
            return *e;
        if (auto e = requireOperator(o, path)) return *e;
        readComparison(o, node.test);
        return node;
    }
    if (type == QLatin1String("sample")) {
        node.kind = NodeKind::Sample;
        if (auto e = checkKeys(o, path, {"type", "enabled", "locked", "percent", "seed"},
                               QStringLiteral("a random sample condition")))
            return *e;
        const QString percentPath = join(path, QStringLiteral("percent"));
        if (!o.contains(QStringLiteral("percent")))
            return Error{percentPath, QStringLiteral("is required"), ErrorCode::InvalidDefinition};
        const QJsonValue pv = o.value(QStringLiteral("percent"));
        if (!pv.isDouble() || !std::isfinite(pv.toDouble()))
            return typeError(percentPath, QStringLiteral("a number"), pv);
        node.percent = pv.toDouble();
        if (auto e = readString(o, path, QStringLiteral("seed"), node.seed, true)) return *e;
        return node;
    }
    if (type == QLatin1String("order") || type == QLatin1String("product"))
        return Error{join(path, QStringLiteral("type")),
                     QStringLiteral("\"%1\" conditions belong inside an \"%2\" scope")
                         .arg(type, type + QLatin1Char('s')),
                     ErrorCode::InvalidDefinition};
    return Error{join(path, QStringLiteral("type")),
                 QStringLiteral("unknown condition type \"%1\"").arg(type),
                 ErrorCode::InvalidDefinition};
}

Result<SegmentDefinition> DefinitionCodec::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{{},
                     QStringLiteral("not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     ErrorCode::InvalidDefinition};
    if (!doc.isObject())
        return Error{{},
                     QStringLiteral("expected a JSON object at the top level"),
                     ErrorCode::InvalidDefinition};
    return fromJsonObject(doc.object());
}

Result<SegmentDefinition> DefinitionCodec::fromJsonObject(const QJsonObject &o)
{
    SegmentDefinition d;
    if (auto e = checkKeys(o, {},
                           {"segmentor", "code", "name", "description", "active", "websites",
                            "apply_to", "refresh", "priority", "actions", "conditions"},
                           QStringLiteral("a segment definition")))
        return *e;
    if (!o.contains(QStringLiteral("segmentor")))
        return Error{QStringLiteral("segmentor"),
                     QStringLiteral("is required (the format version, 1)"),
                     ErrorCode::InvalidDefinition};
    if (auto e = readInt(o, {}, QStringLiteral("segmentor"), d.formatVersion)) return *e;
    if (d.formatVersion != 1)
        return Error{QStringLiteral("segmentor"),
                     QStringLiteral("unsupported format version %1 (this version reads 1)")
                         .arg(d.formatVersion),
                     ErrorCode::InvalidDefinition};

    if (auto e = readString(o, {}, QStringLiteral("code"), d.code, true)) return *e;
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!codePattern.match(d.code).hasMatch() || d.code.size() > 64)
        return Error{
            QStringLiteral("code"),
            QStringLiteral(
                "expected a slug of at most 64 characters matching [a-z0-9][a-z0-9_-]*, got \"%1\"")
                .arg(d.code),
            ErrorCode::InvalidDefinition};
    if (auto e = readString(o, {}, QStringLiteral("name"), d.name, true)) return *e;
    if (d.name.trimmed().isEmpty())
        return Error{QStringLiteral("name"), QStringLiteral("must not be empty"),
                     ErrorCode::InvalidDefinition};
    if (d.name.size() > 255)
        return Error{QStringLiteral("name"), QStringLiteral("is longer than 255 characters"),
                     ErrorCode::InvalidDefinition};
    if (auto e = readString(o, {}, QStringLiteral("description"), d.description, false)) return *e;
    if (auto e = readBool(o, {}, QStringLiteral("active"), d.active)) return *e;

    if (o.contains(QStringLiteral("websites"))) {
        const QJsonValue v = o.value(QStringLiteral("websites"));
        if (!v.isArray())
            return typeError(QStringLiteral("websites"), QStringLiteral("an array of website ids"),
                             v);
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const double id = a.at(i).toDouble(-1);
            if (!a.at(i).isDouble() || std::floor(id) != id || id < 0)
                return typeError(QStringLiteral("websites[%1]").arg(i),
                                 QStringLiteral("a website id"), a.at(i));
            d.websites.append(int(id));
        }
    }
    QString applyTo = QStringLiteral("registered");
    if (auto e = readEnum(o, {}, QStringLiteral("apply_to"), applyTo,
                          {"registered", "guests", "all"}, false))
        return *e;
    d.applyTo = applyTo == QLatin1String("guests") ? ApplyTo::Guests
                : applyTo == QLatin1String("all")  ? ApplyTo::All
                                                   : ApplyTo::Registered;
    if (auto e = readEnum(o, {}, QStringLiteral("refresh"), d.refresh, {"auto", "manual", "static"},
                          false))
        return *e;
    if (auto e = readInt(o, {}, QStringLiteral("priority"), d.priority)) return *e;

    if (o.contains(QStringLiteral("actions"))) {
        const QJsonValue v = o.value(QStringLiteral("actions"));
        if (!v.isObject())
            return typeError(QStringLiteral("actions"), QStringLiteral("an object"), v);
        const QJsonObject actions = v.toObject();
        if (auto e =
                checkKeys(actions, QStringLiteral("actions"),
                          {"move_to_group", "restore_group_on_exit"}, QStringLiteral("actions")))
            return *e;
        const QJsonValue restore = actions.value(QStringLiteral("restore_group_on_exit"));
        if (!restore.isUndefined() && !restore.isBool())
            return typeError(QStringLiteral("actions.restore_group_on_exit"),
                             QStringLiteral("true or false"), restore);
        d.restoreGroupOnExit = restore.toBool(false);
        const QJsonValue group = actions.value(QStringLiteral("move_to_group"));
        if (!group.isNull() && !group.isUndefined()) {
            int id = 0;
            if (auto e = readInt(actions, QStringLiteral("actions"),
                                 QStringLiteral("move_to_group"), id))
                return *e;
            d.moveToGroup = id;
        }
        if (d.restoreGroupOnExit && !d.moveToGroup)
            return Error{QStringLiteral("actions.restore_group_on_exit"),
                         QStringLiteral("needs move_to_group: only a customer the segment moved "
                                        "has a group to go back to"),
                         ErrorCode::InvalidDefinition};
    }

    if (!o.contains(QStringLiteral("conditions")))
        return Error{QStringLiteral("conditions"), QStringLiteral("is required"),
                     ErrorCode::InvalidDefinition};
    Result<ConditionNode> root =
        nodeFromJson(o.value(QStringLiteral("conditions")), QStringLiteral("conditions"));
    if (!root) return root.error();
    if (root->kind != NodeKind::Combine)
        return Error{QStringLiteral("conditions.type"),
                     QStringLiteral("the root must be a \"combine\" condition"),
                     ErrorCode::InvalidDefinition};
    d.conditions = std::move(root).value();
    return d;
}

namespace {

void writeMatchExpect(QJsonObject &o, const ConditionNode &n)
{
    o.insert(QStringLiteral("match"),
             n.match == Match::Any ? QStringLiteral("any") : QStringLiteral("all"));
    o.insert(QStringLiteral("expect"), n.expect);
}

void writeComparison(QJsonObject &o, const Comparison &c)
{
    o.insert(QStringLiteral("operator"), c.op);
    if (!c.value.isUndefined()) o.insert(QStringLiteral("value"), c.value);
}

QJsonArray writeChildren(const ConditionNode &n)
{
    QJsonArray a;
    for (const ConditionNode &child : n.children)
        a.append(DefinitionCodec::nodeToJson(child));
    return a;
}

} // namespace

QJsonObject DefinitionCodec::nodeToJson(const ConditionNode &n)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), n.type);
    if (!n.enabled) o.insert(QStringLiteral("enabled"), false);
    if (n.locked) o.insert(QStringLiteral("locked"), true);
    switch (n.kind) {
    case NodeKind::Combine:
        writeMatchExpect(o, n);
        o.insert(QStringLiteral("conditions"), writeChildren(n));
        break;
    case NodeKind::Attribute:
        o.insert(QStringLiteral("attribute"), n.attribute);
        writeComparison(o, n.test);
        break;
    case NodeKind::AddressScope:
        o.insert(QStringLiteral("address"), n.addressKind);
        writeMatchExpect(o, n);
        o.insert(QStringLiteral("conditions"), writeChildren(n));
        break;
    case NodeKind::OrdersScope:
        o.insert(QStringLiteral("metric"), n.metric);
        writeComparison(o, n.test);
        writeMatchExpect(o, n);
        o.insert(QStringLiteral("conditions"), writeChildren(n));
        break;
    case NodeKind::ProductsScope:
        o.insert(QStringLiteral("source"), n.source);
        o.insert(QStringLiteral("found"), n.found);
        if (n.count) {
            QJsonObject c;
            writeComparison(c, *n.count);
            if (!n.countOf.isEmpty()) c.insert(QStringLiteral("of"), n.countOf);
            o.insert(QStringLiteral("count"), c);
        }
        writeMatchExpect(o, n);
        o.insert(QStringLiteral("conditions"), writeChildren(n));
        break;
    case NodeKind::SegmentReference:
        writeComparison(o, n.test);
        if (!n.referenceOf.isEmpty()) o.insert(QStringLiteral("of"), n.referenceOf);
        break;
    case NodeKind::Rfm:
        o.insert(QStringLiteral("score"), n.score);
        writeComparison(o, n.test);
        break;
    case NodeKind::Sample:
        o.insert(QStringLiteral("percent"), n.percent);
        o.insert(QStringLiteral("seed"), n.seed);
        break;
    }
    return o;
}

QJsonObject DefinitionCodec::toJsonObject(const SegmentDefinition &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("segmentor"), d.formatVersion);
    o.insert(QStringLiteral("code"), d.code);
    o.insert(QStringLiteral("name"), d.name);
    o.insert(QStringLiteral("description"), d.description);
    o.insert(QStringLiteral("active"), d.active);
    QJsonArray websites;
    for (int w : d.websites)
        websites.append(w);
    o.insert(QStringLiteral("websites"), websites);
    o.insert(QStringLiteral("apply_to"), applyToName(d.applyTo));
    o.insert(QStringLiteral("refresh"), d.refresh);
    o.insert(QStringLiteral("priority"), d.priority);
    QJsonObject actions;
    actions.insert(QStringLiteral("move_to_group"),
                   d.moveToGroup ? QJsonValue(*d.moveToGroup) : QJsonValue(QJsonValue::Null));
    if (d.restoreGroupOnExit) // written only when set: older readers keep reading the file
        actions.insert(QStringLiteral("restore_group_on_exit"), true);
    o.insert(QStringLiteral("actions"), actions);
    o.insert(QStringLiteral("conditions"), nodeToJson(d.conditions));
    return o;
}

QByteArray DefinitionCodec::toJson(const SegmentDefinition &d)
{
    return QJsonDocument(toJsonObject(d)).toJson(QJsonDocument::Indented);
}

} // namespace seg
