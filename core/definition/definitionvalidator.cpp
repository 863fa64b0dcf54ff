#include "definition/definitionvalidator.h"

#include "definition/conditionscope.h"
#include "definition/definitioncodec.h"
#include "definition/valueparsing.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace seg {

namespace {

constexpr int kMaxDepth =
    64; // far beyond the builder's 8 levels; stops stack exhaustion on hostile input

// Everything the validator finds is about the definition; the code says so once here.
QList<Error> asDefinitionErrors(QList<Error> errors)
{
    for (Error &e : errors)
        e.code = ErrorCode::InvalidDefinition;
    return errors;
}

QString join(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

std::optional<Error> checkScalar(ValueKind kind, const AttributeSpec *spec, const QJsonValue &v,
                                 const QString &path)
{
    auto fail = [&](const QString &expected) {
        return std::optional<Error>(
            Error{path, QStringLiteral("expected %1, got %2").arg(expected, describeJson(v)),
                  ErrorCode::InvalidDefinition});
    };
    switch (kind) {
    case ValueKind::String:
        if (!v.isString()) return fail(QStringLiteral("a string"));
        return std::nullopt;
    case ValueKind::Number:
        if (!v.isDouble() || !std::isfinite(v.toDouble())) return fail(QStringLiteral("a number"));
        return std::nullopt;
    case ValueKind::Id:
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
            return fail(QStringLiteral("an integer id"));
        return std::nullopt;
    case ValueKind::Date:
        if (!parseDateValue(v)) return fail(QStringLiteral("a date (YYYY-MM-DD)"));
        return std::nullopt;
    case ValueKind::DateTime:
        if (!parseTimeValue(v))
            return fail(QStringLiteral("a date (YYYY-MM-DD) or an ISO 8601 datetime"));
        return std::nullopt;
    case ValueKind::Bool:
        if (!v.isBool()) return fail(QStringLiteral("true or false"));
        return std::nullopt;
    case ValueKind::Enum: {
        QStringList codes;
        if (spec)
            for (const EnumOption &o : spec->options)
                codes << o.code;
        if (!v.isString() || (spec && !spec->storedEnumValue(v.toString())))
            return fail(QStringLiteral("one of %1").arg(codes.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<Error> checkDays(const QJsonValue &v, const QString &path)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return Error{path, QStringLiteral("expected a number of days, got %1").arg(describeJson(v)),
                     ErrorCode::InvalidDefinition};
    if (v.toDouble() < 0)
        return Error{
            path,
            QStringLiteral("expected a number of days of 0 or more, got %1").arg(describeJson(v)),
            ErrorCode::InvalidDefinition};
    return std::nullopt;
}

// Orders two bound values for `between`: numbers, dates or datetimes.
std::optional<bool> lessThan(ValueKind kind, const QJsonValue &a, const QJsonValue &b)
{
    if (kind == ValueKind::Number || kind == ValueKind::Id) return b.toDouble() < a.toDouble();
    if (kind == ValueKind::Date || kind == ValueKind::DateTime) {
        auto ta = parseTimeValue(a), tb = parseTimeValue(b);
        if (!ta || !tb) return std::nullopt;
        const QDateTime da =
            ta->dateOnly ? QDateTime(ta->date, QTime(0, 0), QTimeZone::utc()) : ta->instant;
        const QDateTime db =
            tb->dateOnly ? QDateTime(tb->date, QTime(0, 0), QTimeZone::utc()) : tb->instant;
        return db < da;
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> checkComparisonValue(ValueKind kind, const AttributeSpec *spec,
                                          const Comparison &test, const QString &path)
{
    const QString valuePath = join(path, QStringLiteral("value"));
    const QStringList allowed = ConditionCatalog::operatorsFor(kind);
    if (!allowed.contains(test.op))
        return Error{join(path, QStringLiteral("operator")),
                     QStringLiteral("operator \"%1\" does not apply to %2 (expected one of %3)")
                         .arg(test.op, valueKindName(kind), allowed.join(QStringLiteral(", "))),
                     ErrorCode::InvalidDefinition};
    if (ConditionCatalog::takesNoValue(test.op)) {
        if (!test.value.isUndefined())
            return Error{valuePath, QStringLiteral("\"%1\" takes no value").arg(test.op),
                         ErrorCode::InvalidDefinition};
        return std::nullopt;
    }
    if (test.value.isUndefined())
        return Error{valuePath, QStringLiteral("is required for operator \"%1\"").arg(test.op),
                     ErrorCode::InvalidDefinition};

    const QJsonValue &v = test.value;
    if (test.op == QLatin1String("in") || test.op == QLatin1String("not_in")) {
        if (!v.isArray())
            return Error{valuePath,
                         QStringLiteral("expected a non-empty array, got %1").arg(describeJson(v)),
                         ErrorCode::InvalidDefinition};
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return Error{valuePath, QStringLiteral("expected a non-empty array, got an empty one"),
                         ErrorCode::InvalidDefinition};
        for (int i = 0; i < a.size(); ++i)
            if (auto e =
                    checkScalar(kind, spec, a.at(i), valuePath + QStringLiteral("[%1]").arg(i)))
                return e;
        return std::nullopt;
    }
    if (test.op == QLatin1String("between") || test.op == QLatin1String("days_ago_between")) {
        if (!v.isArray() || v.toArray().size() != 2)
            return Error{valuePath,
                         QStringLiteral("expected [low, high], got %1").arg(describeJson(v)),
                         ErrorCode::InvalidDefinition};
        const QJsonArray a = v.toArray();
        const bool days = test.op == QLatin1String("days_ago_between");
        for (int i = 0; i < 2; ++i) {
            const QString p = valuePath + QStringLiteral("[%1]").arg(i);
            if (auto e = days ? checkDays(a.at(i), p) : checkScalar(kind, spec, a.at(i), p))
                return e;
        }
        if (lessThan(days ? ValueKind::Number : kind, a.at(0), a.at(1)).value_or(false))
            return Error{valuePath,
                         QStringLiteral("low %1 is greater than high %2")
                             .arg(describeJson(a.at(0)), describeJson(a.at(1))),
                         ErrorCode::InvalidDefinition};
        return std::nullopt;
    }
    if (test.op == QLatin1String("within_last_days") ||
        test.op == QLatin1String("not_within_last_days"))
        return checkDays(v, valuePath);
    return checkScalar(kind, spec, v, valuePath);
}

std::optional<AttributeSpec> resolveCustomerAttribute(const QString &code,
                                                      const CustomAttributeResolver *resolver)
{
    if (const AttributeSpec *spec =
            ConditionCatalog::instance().attribute(QStringLiteral("customer"), code))
        return *spec;
    if (!resolver) return std::nullopt;
    const std::optional<CustomAttribute> custom = resolver->customAttribute(code);
    if (!custom) return std::nullopt;
    AttributeSpec spec;
    spec.code = custom->code;
    spec.label = custom->label.isEmpty() ? custom->code : custom->label;
    spec.kind = custom->kind;
    return spec;
}

namespace {

// The scope grammar (conditionscope.h): a tree built in code, not parsed, may break it.
void checkScopes(const ConditionNode &node, const QString &path, const QString &scopeType,
                 QList<Error> &errors, int depth)
{
    if (depth > kMaxDepth) return; // validateNode reports the depth
    if (!allowedInScope(node, scopeType)) {
        const QString typePath = join(path, QStringLiteral("type"));
        if (!scopeType.isEmpty())
            errors.append(
                {typePath,
                 QStringLiteral(
                     "\"%1\" is not allowed inside a %2 scope (expected \"%3\" or \"combine\")")
                     .arg(node.type, scopeType, leafTypeOf(scopeType))});
        else
            errors.append(
                {typePath,
                 QStringLiteral("\"%1\" conditions belong inside a scope").arg(node.type)});
        return;
    }
    const QString inner = node.kind == NodeKind::Combine ? scopeType : scopeTypeOf(node);
    for (int i = 0; i < int(node.children.size()); ++i)
        checkScopes(node.children[size_t(i)], childPath(path, i), inner, errors, depth + 1);
}

} // namespace

QList<Error> DefinitionValidator::validate(const SegmentDefinition &definition) const
{
    QList<Error> errors;
    checkScopes(definition.conditions, QStringLiteral("conditions"), QString(), errors, 0);
    validateNode(definition.conditions, QStringLiteral("conditions"), definition.code, errors, 0);
    return asDefinitionErrors(std::move(errors));
}

Status DefinitionValidator::check(const SegmentDefinition &definition) const
{
    const QList<Error> errors = validate(definition);
    if (errors.isEmpty()) return success();
    return errors.first();
}

QList<Error> DefinitionValidator::validateNode(const ConditionNode &node, const QString &path,
                                               const QString &ownCode) const
{
    QList<Error> errors;
    validateNode(node, path, ownCode, errors, 0);
    return asDefinitionErrors(std::move(errors));
}

void DefinitionValidator::validateNode(const ConditionNode &node, const QString &path,
                                       const QString &ownCode, QList<Error> &errors,
                                       int depth) const
{
    if (depth > kMaxDepth) {
        errors.append(
            {path, QStringLiteral("conditions are nested deeper than %1 levels").arg(kMaxDepth)});
        return;
    }
    const ConditionCatalog &catalog = ConditionCatalog::instance();
    switch (node.kind) {
    case NodeKind::Combine:
        break;
    case NodeKind::Attribute:
        validateLeaf(node, path, errors);
        return;
    case NodeKind::AddressScope:
        break;
    case NodeKind::OrdersScope: {
        const AttributeSpec *metric = catalog.metric(node.metric);
        if (!metric) {
            QStringList codes;
            for (const AttributeSpec &m : catalog.metrics())
                codes << m.code;
            errors.append({join(path, QStringLiteral("metric")),
                           QStringLiteral("unknown metric \"%1\" (expected one of %2)")
                               .arg(node.metric, codes.join(QStringLiteral(", ")))});
        } else if (auto e = checkComparisonValue(metric->kind, metric, node.test, path)) {
            errors.append(*e);
        }
        break;
    }
    case NodeKind::ProductsScope:
        if (node.count) {
            const QString countPath = join(path, QStringLiteral("count"));
            if (!node.found) {
                errors.append(
                    {countPath, QStringLiteral("\"count\" applies only when \"found\" is true")});
            } else if (ConditionCatalog::takesNoValue(node.count->op)) {
                errors.append({join(countPath, QStringLiteral("operator")),
                               QStringLiteral("a count is never empty; use a comparison")});
            } else if (auto e = checkComparisonValue(ValueKind::Number, nullptr, *node.count,
                                                     countPath)) {
                errors.append(*e);
            } else if (!node.countOf.isEmpty() &&
                       !ConditionCatalog::countOfSources(node.countOf).contains(node.source)) {
                errors.append({join(countPath, QStringLiteral("of")),
                               QStringLiteral("\"of\": \"%1\" applies only to source %2 (got "
                                              "\"%3\")")
                                   .arg(node.countOf,
                                        ConditionCatalog::countOfSources(node.countOf)
                                            .join(QStringLiteral(", ")),
                                        node.source)});
            }
        }
        break;
    case NodeKind::Rfm:
        validateRfm(node, path, errors);
        return;
    case NodeKind::Sample:
        validateSample(node, path, errors);
        return;
    case NodeKind::SegmentReference:
        validateReference(node, path, ownCode, errors);
        return;
    }

    for (int i = 0; i < int(node.children.size()); ++i) {
        const ConditionNode &child = node.children[size_t(i)];
        // Products leaves must exist for the scope's source; pass it down through combines.
        if (node.kind == NodeKind::ProductsScope ||
            (node.kind == NodeKind::Combine && !node.source.isEmpty())) {
            ConditionNode copy = child;
            copy.source = node.source;
            validateNode(copy, childPath(path, i), ownCode, errors, depth + 1);
        } else {
            validateNode(child, childPath(path, i), ownCode, errors, depth + 1);
        }
    }
}

void DefinitionValidator::validateLeaf(const ConditionNode &node, const QString &path,
                                       QList<Error> &errors) const
{
    const ConditionCatalog &catalog = ConditionCatalog::instance();
    const QString attributePath = join(path, QStringLiteral("attribute"));
    std::optional<AttributeSpec> spec;
    if (node.type == QLatin1String("customer")) {
        spec = resolveCustomerAttribute(node.attribute, m_attributes);
        if (!spec) {
            errors.append(
                {attributePath, m_attributes
                                    ? QStringLiteral("unknown customer attribute \"%1\" (not in "
                                                     "the catalog nor in eav_attribute)")
                                          .arg(node.attribute)
                                    : QStringLiteral("unknown customer attribute \"%1\" (custom "
                                                     "attributes need a store connection)")
                                          .arg(node.attribute)});
            return;
        }
    } else {
        const AttributeSpec *found = catalog.attribute(node.type, node.attribute);
        if (!found) {
            QStringList codes;
            for (const AttributeSpec &a : catalog.attributes(node.type))
                if (node.source.isEmpty() || a.sources.isEmpty() || a.sources.contains(node.source))
                    codes << a.code;
            errors.append({attributePath,
                           QStringLiteral("unknown %1 attribute \"%2\" (expected one of %3)")
                               .arg(node.type, node.attribute, codes.join(QStringLiteral(", ")))});
            return;
        }
        if (!node.source.isEmpty() && !found->sources.isEmpty() &&
            !found->sources.contains(node.source)) {
            errors.append(
                {attributePath,
                 QStringLiteral("product attribute \"%1\" is not available for source \"%2\"")
                     .arg(node.attribute, node.source)});
            return;
        }
        spec = *found;
    }
    if (auto e = checkComparisonValue(spec->kind, &*spec, node.test, path)) errors.append(*e);
}

void DefinitionValidator::validateRfm(const ConditionNode &node, const QString &path,
                                      QList<Error> &errors) const
{
    AttributeSpec spec;
    spec.kind = ValueKind::Number;
    if (auto e = checkComparisonValue(ValueKind::Number, &spec, node.test, path)) {
        errors.append(*e);
        return;
    }
    // Every value is a whole score 1..5.
    const QString valuePath = join(path, QStringLiteral("value"));
    auto checkScore = [&](const QJsonValue &v, const QString &p) {
        const double d = v.toDouble();
        if (std::floor(d) != d || d < 1 || d > 5) {
            errors.append(
                {p, QStringLiteral("expected a score from 1 to 5, got %1").arg(describeJson(v))});
            return false;
        }
        return true;
    };
    if (node.test.value.isArray()) {
        const QJsonArray a = node.test.value.toArray();
        for (int i = 0; i < a.size(); ++i)
            if (!checkScore(a.at(i), valuePath + QStringLiteral("[%1]").arg(i))) return;
    } else if (!node.test.value.isUndefined()) {
        checkScore(node.test.value, valuePath);
    }
}

void DefinitionValidator::validateSample(const ConditionNode &node, const QString &path,
                                         QList<Error> &errors) const
{
    if (!(node.percent >= 0 && node.percent <= 100))
        errors.append({join(path, QStringLiteral("percent")),
                       QStringLiteral("expected a percentage from 0 to 100, got %1")
                           .arg(describeJson(QJsonValue(node.percent)))});
    if (node.seed.trimmed().isEmpty())
        errors.append({join(path, QStringLiteral("seed")),
                       QStringLiteral("must not be empty (it names the sample)")});
}

void DefinitionValidator::validateReference(const ConditionNode &node, const QString &path,
                                            const QString &ownCode, QList<Error> &errors) const
{
    if (node.test.op != QLatin1String("in") && node.test.op != QLatin1String("not_in")) {
        errors.append(
            {join(path, QStringLiteral("operator")),
             QStringLiteral(
                 "operator \"%1\" does not apply to a segment reference (expected in, not_in)")
                 .arg(node.test.op)});
        return;
    }
    const QString valuePath = join(path, QStringLiteral("value"));
    if (!node.test.value.isArray() || node.test.value.toArray().isEmpty()) {
        errors.append(
            {valuePath, QStringLiteral("expected a non-empty array of segment codes, got %1")
                            .arg(describeJson(node.test.value))});
        return;
    }
    const QJsonArray codes = node.test.value.toArray();
    for (int i = 0; i < codes.size(); ++i) {
        const QString itemPath = valuePath + QStringLiteral("[%1]").arg(i);
        if (!codes.at(i).isString()) {
            errors.append(
                {itemPath,
                 QStringLiteral("expected a segment code, got %1").arg(describeJson(codes.at(i)))});
            continue;
        }
        const QString code = codes.at(i).toString();
        if (code == ownCode) {
            errors.append(
                {itemPath, QStringLiteral("segment reference cycle: %1 -> %1").arg(code)});
            continue;
        }
        if (!m_segments || !m_segments->findSegment(code)) {
            errors.append({itemPath, QStringLiteral("unknown segment \"%1\"").arg(code)});
            continue;
        }
        QStringList chain{ownCode, code};
        if (auto cycle = findCycle(code, chain))
            errors.append({itemPath, QStringLiteral("segment reference cycle: %1").arg(*cycle)});
    }
}

namespace {

void collectReferences(const ConditionNode &node, QStringList &out)
{
    if (node.kind == NodeKind::SegmentReference) {
        for (const QJsonValue &v : node.test.value.toArray())
            out << v.toString();
        return;
    }
    for (const ConditionNode &child : node.children)
        collectReferences(child, out);
}

} // namespace

Result<bool> SegmentLookup::holdsStoredMember(const QString &code, const QString &) const
{
    return Error{
        {},
        QStringLiteral("the stored members of segment \"%1\" are not available here").arg(code),
        ErrorCode::InvalidArgument};
}

std::optional<QString> DefinitionValidator::findCycle(const QString &from, QStringList &chain) const
{
    const std::optional<SegmentDefinition> def = m_segments->findSegment(from);
    if (!def) return std::nullopt;
    QStringList refs;
    collectReferences(def->conditions, refs);
    for (const QString &next : refs) {
        if (chain.contains(next)) {
            QStringList cycle = chain.mid(chain.indexOf(next));
            cycle << next;
            return cycle.join(QStringLiteral(" -> "));
        }
        chain << next;
        if (auto cycle = findCycle(next, chain)) return cycle;
        chain.removeLast();
    }
    return std::nullopt;
}

} // namespace seg
