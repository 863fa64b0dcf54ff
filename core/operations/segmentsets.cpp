#include "operations/segmentsets.h"

#include "definition/definitionvalidator.h"
#include "operations/segmentdefinitions.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>

namespace seg {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("SegmentOperations", source);
}

ConditionNode referenceTo(const QStringList &codes, bool in, const QString &of)
{
    ConditionNode n;
    n.kind = NodeKind::SegmentReference;
    n.type = QStringLiteral("segment");
    n.test = {in ? QStringLiteral("in") : QStringLiteral("not_in"),
              QJsonArray::fromStringList(codes)};
    n.referenceOf = of == QLatin1String("members") ? of : QString();
    return n;
}

QString derivedCode(SetOperation op, const QStringList &codes)
{
    const QString joint = op == SetOperation::Union          ? QStringLiteral("-or-")
                          : op == SetOperation::Intersection ? QStringLiteral("-and-")
                                                             : QStringLiteral("-not-");
    return codes.join(joint).left(64);
}

QString derivedName(SetOperation op, const QStringList &names)
{
    if (op == SetOperation::Difference)
        return text("%1 but not %2")
            .arg(names.first(), names.mid(1).join(QStringLiteral(", ")))
            .left(255);
    return (op == SetOperation::Union ? text("%1 or %2") : text("%1 and %2"))
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last())
        .left(255);
}

// The codes whose stored members `code` reads, directly or through referenced conditions.
void memberDependencies(const SegmentLookup &segments, const ConditionNode &node,
                        QSet<QString> &out, QSet<QString> &visited)
{
    if (node.kind == NodeKind::SegmentReference) {
        for (const QJsonValue &v : node.test.value.toArray()) {
            const QString code = v.toString();
            if (node.referenceOf == QLatin1String("members")) {
                out.insert(code);
            } else if (!visited.contains(code)) {
                visited.insert(code);
                if (const auto d = segments.findSegment(code))
                    memberDependencies(segments, d->conditions, out, visited);
            }
        }
        return;
    }
    for (const ConditionNode &child : node.children)
        memberDependencies(segments, child, out, visited);
}

} // namespace

Result<SegmentDefinition> combinedDefinition(StoreSession &session, const CombineArgs &args)
{
    if (args.codes.size() < 2)
        return Error{QStringLiteral("codes"), text("choose at least two segments to combine"),
                     ErrorCode::InvalidArgument};
    if (args.of != QLatin1String("members") && args.of != QLatin1String("conditions"))
        return Error{QStringLiteral("of"),
                     text("expected members or conditions, got \"%1\"").arg(args.of),
                     ErrorCode::InvalidArgument};
    if (QSet<QString>(args.codes.begin(), args.codes.end()).size() != args.codes.size())
        return Error{QStringLiteral("codes"), text("a segment is named twice"),
                     ErrorCode::InvalidArgument};
    QList<SegmentDefinition> sources;
    QStringList names;
    for (const QString &code : args.codes) {
        Result<std::optional<SegmentRecord>> found = session.segments->find(code);
        if (!found) return found.error();
        if (!*found) return Error{code, text("no segment with this code"), ErrorCode::NotFound};
        sources << (*found)->definition;
        names << (*found)->definition.name;
    }
    SegmentDefinition d;
    d.code = args.code.isEmpty() ? derivedCode(args.operation, args.codes) : args.code;
    if (Result<std::optional<SegmentRecord>> taken = session.segments->find(d.code); !taken)
        return taken.error();
    else if (*taken)
        return Error{d.code, text("a segment with this code exists already"),
                     ErrorCode::AlreadyExists};
    d.name = args.name.trimmed().isEmpty() ? derivedName(args.operation, names) : args.name;
    d.active = false; // nobody is moved to a group before someone looks at it
    d.refresh = QStringLiteral("manual");
    d.applyTo = sources.first().applyTo;
    d.websites = sources.first().websites;
    for (const SegmentDefinition &s : sources) {
        if (s.applyTo != d.applyTo) d.applyTo = ApplyTo::All;
        if (s.websites != d.websites) d.websites.clear();
    }
    switch (args.operation) {
    case SetOperation::Union:
        d.conditions = ConditionNode::combine(Match::Any, true);
        for (const QString &code : args.codes)
            d.conditions.children.push_back(referenceTo({code}, true, args.of));
        break;
    case SetOperation::Intersection:
        d.conditions = ConditionNode::combine(Match::All, true);
        for (const QString &code : args.codes)
            d.conditions.children.push_back(referenceTo({code}, true, args.of));
        break;
    case SetOperation::Difference:
        d.conditions = ConditionNode::combine(Match::All, true);
        d.conditions.children.push_back(referenceTo({args.codes.first()}, true, args.of));
        d.conditions.children.push_back(referenceTo(args.codes.mid(1), false, args.of));
        break;
    }
    return d;
}

Result<SegmentRecord> combineSegments(StoreSession &session, const CombineArgs &args)
{
    Result<SegmentDefinition> d = combinedDefinition(session, args);
    if (!d) return d.error();
    return saveSegment(session, *d);
}

Result<QStringList> refreshOrder(const SegmentLookup &segments, const QStringList &codes)
{
    QHash<QString, QSet<QString>> dependsOn;
    for (const QString &code : codes) {
        QSet<QString> deps, visited{code};
        if (const auto d = segments.findSegment(code))
            memberDependencies(segments, d->conditions, deps, visited);
        dependsOn.insert(code, deps);
    }
    // Depth first in the given order: each segment after the listed ones it reads.
    QStringList order;
    QSet<QString> done;
    QStringList path;
    std::function<std::optional<Error>(const QString &)> visit =
        [&](const QString &code) -> std::optional<Error> {
        if (done.contains(code)) return std::nullopt;
        if (path.contains(code))
            return Error{code,
                         QStringLiteral("segment reference cycle: %1 -> %2")
                             .arg(path.mid(path.indexOf(code)).join(QStringLiteral(" -> ")), code),
                         ErrorCode::InvalidDefinition};
        path << code;
        for (const QString &dep : codes) // the listed order, for a stable result
            if (dependsOn.value(code).contains(dep))
                if (auto e = visit(dep)) return e;
        path.removeLast();
        done.insert(code);
        order << code;
        return std::nullopt;
    };
    for (const QString &code : codes)
        if (auto e = visit(code)) return *e;
    return order;
}

} // namespace seg
