#include "engine/memberevaluator.h"

#include "definition/nodedescription.h"
#include "definition/valueparsing.h"
#include "store/storeconnection.h"

#include <QJsonArray>

#include <cmath>

namespace seg {

struct MemberEvaluator::Context
{
    const MemberSnapshot &member;
    QStringList referenceStack;
    const SegmentDefinition *scope = nullptr; // the segment whose conditions are evaluated
};

namespace {

// ---- scalar comparisons ---------------------------------------------------------------------

template <typename T, typename Convert>
bool compareOrdered(const T &x, const QString &op, const QJsonValue &value, Convert convert)
{
    if (op == QLatin1String("==")) return x == convert(value);
    if (op == QLatin1String("!=")) return x != convert(value);
    if (op == QLatin1String(">")) return x > convert(value);
    if (op == QLatin1String(">=")) return x >= convert(value);
    if (op == QLatin1String("<")) return x < convert(value);
    if (op == QLatin1String("<=")) return x <= convert(value);
    if (op == QLatin1String("between")) {
        const QJsonArray r = value.toArray();
        return x >= convert(r.at(0)) && x <= convert(r.at(1));
    }
    if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
        bool found = false;
        for (const QJsonValue &v : value.toArray())
            found = found || x == convert(v);
        return op == QLatin1String("in") ? found : !found;
    }
    return false;
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

bool isMissing(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}

QString formatDays(double days)
{
    return QString::number(days, 'f', 2) + QStringLiteral(" days");
}

} // namespace

ComparisonOutcome evaluateComparison(const QVariant &raw, const AttributeSpec &spec,
                                     const Comparison &c, const TimeContext &time)
{
    const QString &op = c.op;
    const QDate today = time.today();
    // Read the value as the kind says; an unreadable value is a missing one.
    std::optional<QDateTime> instant;
    std::optional<QDate> day;
    bool missing = isMissing(raw);
    bool emptyString = false;
    QString shown;
    if (!missing) {
        switch (spec.derivation) {
        case Derivation::DaysSince:
            instant = parseStoredTimestamp(raw);
            missing = !instant;
            break;
        case Derivation::Age:
        case Derivation::DaysUntilBirthday:
            day = parseStoredDate(raw);
            missing = !day;
            break;
        case Derivation::Stored:
            if (spec.kind == ValueKind::Date) {
                day = parseStoredDate(raw);
                missing = !day;
            } else if (spec.kind == ValueKind::DateTime) {
                instant = parseStoredTimestamp(raw);
                missing = !instant;
            } else if (spec.kind == ValueKind::String) {
                emptyString = raw.toString().isEmpty();
            }
            break;
        }
    }

    if (op == QLatin1String("is_empty") || op == QLatin1String("is_not_empty")) {
        const bool empty = missing || emptyString;
        return {op == QLatin1String("is_empty") ? empty : !empty,
                empty ? QStringLiteral("value: empty")
                      : QStringLiteral("value: %1").arg(raw.toString())};
    }
    if (missing) {
        // The spec's rule, spelled out here rather than shared with the compiler, so that the
        // cross-check tests compare two readings of it.
        static const QStringList passMissing = {"is_empty", "!=", "not_in", "not_contains",
                                                "not_within_last_days"};
        return {passMissing.contains(op), QStringLiteral("value: missing")};
    }

    auto toDouble = [](const QJsonValue &v) { return v.toDouble(); };
    switch (spec.derivation) {
    case Derivation::DaysSince: {
        const qint64 elapsed = instant->msecsTo(time.asOf());
        auto toMs = [](const QJsonValue &v) { return daysToMs(v.toDouble()); };
        return {compareOrdered(elapsed, op, c.value, toMs),
                QStringLiteral("value: %1 (since %2)")
                    .arg(formatDays(elapsed / 86400000.0), formatTimestamp(*instant))};
    }
    case Derivation::Age: {
        const double age = calendar::ageOn(*day, today);
        return {
            compareOrdered(age, op, c.value, toDouble),
            QStringLiteral("value: %1 years (born %2)").arg(age).arg(day->toString(Qt::ISODate))};
    }
    case Derivation::DaysUntilBirthday: {
        const double days = calendar::daysUntilBirthday(*day, today);
        return {
            compareOrdered(days, op, c.value, toDouble),
            QStringLiteral("value: %1 days (born %2)").arg(days).arg(day->toString(Qt::ISODate))};
    }
    case Derivation::Stored:
        break;
    }

    switch (spec.kind) {
    case ValueKind::String: {
        const QString x = foldCase(raw.toString());
        shown = QStringLiteral("value: %1").arg(quoted(raw.toString()));
        const QString base = op.startsWith(QLatin1String("not_"))
                                 ? op.mid(4)
                                 : (op == QLatin1String("!=") ? QStringLiteral("==") : op);
        bool positive = false;
        if (base == QLatin1String("in")) {
            for (const QJsonValue &v : c.value.toArray())
                positive = positive || x == foldCase(v.toString());
        } else {
            const QString v = foldCase(c.value.toString());
            if (base == QLatin1String("=="))
                positive = x == v;
            else if (base == QLatin1String("contains"))
                positive = x.contains(v);
            else if (base == QLatin1String("starts_with"))
                positive = x.startsWith(v);
            else if (base == QLatin1String("ends_with"))
                positive = x.endsWith(v);
        }
        return {base == op ? positive : !positive, shown};
    }
    case ValueKind::Number:
    case ValueKind::Id: {
        const double x = raw.toDouble();
        return {compareOrdered(x, op, c.value, toDouble),
                QStringLiteral("value: %1").arg(x, 0, 'g', 15)};
    }
    case ValueKind::Bool: {
        const bool x = raw.toInt() != 0;
        return {
            x == c.value.toBool(),
            QStringLiteral("value: %1").arg(x ? QStringLiteral("true") : QStringLiteral("false"))};
    }
    case ValueKind::Enum: {
        const int x = raw.toInt();
        auto stored = [&spec](const QJsonValue &v) {
            return spec.storedEnumValue(v.toString()).value_or(-1);
        };
        QString code = QString::number(x);
        for (const EnumOption &o : spec.options)
            if (o.stored == x) code = o.code;
        return {compareOrdered(x, op, c.value, stored), QStringLiteral("value: %1").arg(code)};
    }
    case ValueKind::Date: {
        shown = QStringLiteral("value: %1").arg(day->toString(Qt::ISODate));
        const double ago = double(day->daysTo(today));
        if (op == QLatin1String("within_last_days") ||
            op == QLatin1String("not_within_last_days")) {
            const bool within = ago >= 0 && ago <= c.value.toDouble();
            return {op == QLatin1String("within_last_days") ? within : !within, shown};
        }
        if (op == QLatin1String("days_ago_between")) {
            const QJsonArray r = c.value.toArray();
            return {ago >= r.at(0).toDouble() && ago <= r.at(1).toDouble(), shown};
        }
        return {compareOrdered(*day, op, c.value,
                               [](const QJsonValue &v) { return *parseDateValue(v); }),
                shown};
    }
    case ValueKind::DateTime: {
        const QDateTime t = *instant;
        const QDate localDay = time.dayOf(t);
        shown = QStringLiteral("value: %1 UTC").arg(formatTimestamp(t));
        const qint64 elapsed = t.msecsTo(time.asOf());
        if (op == QLatin1String("within_last_days") ||
            op == QLatin1String("not_within_last_days")) {
            const bool within = elapsed >= 0 && elapsed <= daysToMs(c.value.toDouble());
            return {op == QLatin1String("within_last_days") ? within : !within, shown};
        }
        if (op == QLatin1String("days_ago_between")) {
            const QJsonArray r = c.value.toArray();
            return {elapsed >= daysToMs(r.at(0).toDouble()) &&
                        elapsed <= daysToMs(r.at(1).toDouble()),
                    shown};
        }
        // Date-only values compare calendar days in the store zone; datetimes compare instants.
        auto atLeast = [&](const TimeValue &v) {
            return v.dateOnly ? localDay >= v.date : t >= v.instant;
        };
        auto atMost = [&](const TimeValue &v) {
            return v.dateOnly ? localDay <= v.date : t <= v.instant;
        };
        if (op == QLatin1String("between")) {
            const QJsonArray r = c.value.toArray();
            return {atLeast(*parseTimeValue(r.at(0))) && atMost(*parseTimeValue(r.at(1))), shown};
        }
        const TimeValue v = *parseTimeValue(c.value);
        const QDate valueDay = v.dateOnly ? v.date : time.dayOf(v.instant);
        if (op == QLatin1String("==")) return {localDay == valueDay, shown};
        if (op == QLatin1String("!=")) return {localDay != valueDay, shown};
        if (op == QLatin1String("<"))
            return {v.dateOnly ? localDay < v.date : t < v.instant, shown};
        if (op == QLatin1String("<=")) return {atMost(v), shown};
        if (op == QLatin1String(">"))
            return {v.dateOnly ? localDay > v.date : t > v.instant, shown};
        if (op == QLatin1String(">=")) return {atLeast(v), shown};
        return {false, shown};
    }
    }
    return {false, shown};
}

// ---- the tree ------------------------------------------------------------------------------

MemberEvaluator::MemberEvaluator(const CustomAttributeResolver *attributes, const TimeContext &time,
                                 const SegmentLookup *segments)
    : m_attributes(attributes), m_time(time), m_segments(segments)
{
}

Result<bool> MemberEvaluator::matches(const SegmentDefinition &definition,
                                      const MemberSnapshot &member) const
{
    Result<Explanation> e = explain(definition, member);
    if (!e) return e.error();
    return e->result;
}

Explanation MemberEvaluator::scope(const SegmentDefinition &d, const MemberSnapshot &m) const
{
    Explanation e;
    e.label =
        QStringLiteral("Applies to %1%2")
            .arg(applyToName(d.applyTo),
                 d.websites.isEmpty() ? QString() : QStringLiteral(" on websites %1").arg([&] {
                     QStringList ids;
                     for (int w : d.websites)
                         ids << QString::number(w);
                     return ids.join(QStringLiteral(", "));
                 }()));
    if (!m.exists) {
        e.detail = QStringLiteral("no such member in the store");
        return e;
    }
    const bool kindOk = m.key.isGuest() ? d.includesGuests() : d.includesRegistered();
    bool websiteOk = d.websites.isEmpty();
    if (!websiteOk) {
        if (m.key.isGuest()) {
            for (int w : d.websites)
                websiteOk = websiteOk || m.guestWebsites.contains(w);
        } else {
            websiteOk = m.websiteId && d.websites.contains(*m.websiteId);
        }
    }
    e.result = kindOk && websiteOk;
    e.detail = QStringLiteral("%1%2").arg(
        m.key.isGuest() ? QStringLiteral("a guest") : QStringLiteral("a registered customer"),
        m.key.isGuest()
            ? QString()
            : QStringLiteral(" of website %1")
                  .arg(m.websiteId ? QString::number(*m.websiteId) : QStringLiteral("(none)")));
    return e;
}

Result<Explanation> MemberEvaluator::explain(const SegmentDefinition &definition,
                                             const MemberSnapshot &member) const
{
    Context context{member, {definition.code}, &definition};
    Explanation root;
    root.path = QString();
    root.label = QStringLiteral("Segment %1 (%2)").arg(definition.code, definition.name);
    root.children.push_back(scope(definition, member));
    Result<Explanation> conditions =
        node(definition.conditions, QStringLiteral("conditions"), context);
    if (!conditions) return conditions.error();
    root.children.push_back(*conditions);
    root.result = root.children[0].result && (conditions->muted || conditions->result);
    root.detail = root.result ? QStringLiteral("%1 is IN").arg(member.key.toString())
                              : QStringLiteral("%1 is OUT").arg(member.key.toString());
    return root;
}

Result<Explanation> MemberEvaluator::group(
    const ConditionNode &n, const QString &path,
    const std::function<Result<Explanation>(const ConditionNode &, const QString &)> &child) const
{
    Explanation e;
    e.path = path;
    e.label = describeNode(n);
    int counted = 0, trues = 0;
    for (int i = 0; i < int(n.children.size()); ++i) {
        const ConditionNode &c = n.children[size_t(i)];
        Result<Explanation> ce = child(c, childPath(path, i));
        if (!ce) return ce.error();
        Explanation x = *ce;
        x.muted = !c.enabled;
        if (c.enabled) {
            ++counted;
            trues += (x.result == n.expect) ? 1 : 0; // children that agree with "expect"
        }
        e.children.push_back(std::move(x));
    }
    if (counted == 0)
        e.result = true; // an empty group is true
    else
        e.result = n.match == Match::All ? trues == counted : trues > 0;
    return e;
}

Result<Explanation> MemberEvaluator::node(const ConditionNode &n, const QString &path,
                                          Context &context) const
{
    if (!n.enabled) {
        Explanation e;
        e.path = path;
        e.label = describeNode(n);
        e.muted = true;
        e.result = true;
        return e;
    }
    switch (n.kind) {
    case NodeKind::Combine:
        return group(n, path,
                     [&](const ConditionNode &c, const QString &p) { return node(c, p, context); });
    case NodeKind::Attribute: {
        std::optional<AttributeSpec> spec;
        QVariant value;
        if (n.type == QLatin1String("customer")) {
            spec = resolveCustomerAttribute(n.attribute, m_attributes);
            const QString &a = n.attribute;
            const QString source =
                (a == QLatin1String("age") || a == QLatin1String("days_until_birthday"))
                    ? QStringLiteral("dob")
                : a == QLatin1String("days_since_registration") ? QStringLiteral("created_at")
                : a == QLatin1String("days_since_last_login")   ? QStringLiteral("last_login_at")
                                                                : a;
            value = context.member.profile.value(source);
        } else { // cart
            if (const AttributeSpec *s =
                    ConditionCatalog::instance().attribute(QStringLiteral("cart"), n.attribute))
                spec = *s;
            if (n.attribute == QLatin1String("exists"))
                value = context.member.cart ? 1 : 0;
            else if (context.member.cart)
                value = context.member.cart->value(n.attribute);
        }
        if (!spec)
            return Error{path,
                         QStringLiteral("unknown %1 attribute \"%2\"").arg(n.type, n.attribute),
                         ErrorCode::InvalidDefinition};
        const ComparisonOutcome outcome = evaluateComparison(value, *spec, n.test, m_time);
        Explanation e;
        e.path = path;
        e.label = describeNode(n);
        if (n.type == QLatin1String("customer") &&
            !ConditionCatalog::instance().attribute(QStringLiteral("customer"), n.attribute))
            e.label = ConditionCatalog::displayLabel(spec->label) + QLatin1Char(' ') +
                      ConditionCatalog::operatorLabel(n.test.op) +
                      (n.test.value.isUndefined() ? QString()
                                                  : QLatin1Char(' ') + describeValue(n.test.value));
        e.result = outcome.result;
        e.detail = outcome.detail;
        return e;
    }
    case NodeKind::AddressScope:
        return addressScope(n, path, context);
    case NodeKind::OrdersScope:
        return ordersScope(n, path, context);
    case NodeKind::ProductsScope:
        return productsScope(n, path, context);
    case NodeKind::SegmentReference:
        return reference(n, path, context);
    case NodeKind::Rfm:
        return explainRfm(n, path, context.member, *context.scope, m_rfm);
    case NodeKind::Sample:
        return explainSample(n, path, context.member);
    }
    return Error{path, QStringLiteral("unknown node"), ErrorCode::InvalidDefinition};
}

Result<Explanation> MemberEvaluator::rowNode(const ConditionNode &n, const QString &path,
                                             const QString &entity, const AttributeRow &row,
                                             const QList<qint64> *categories) const
{
    if (!n.enabled) {
        Explanation e;
        e.path = path;
        e.label = describeNode(n);
        e.muted = true;
        return e;
    }
    if (n.kind == NodeKind::Combine)
        return group(n, path, [&](const ConditionNode &c, const QString &p) {
            return rowNode(c, p, entity, row, categories);
        });
    const AttributeSpec *spec = ConditionCatalog::instance().attribute(entity, n.attribute);
    if (!spec)
        return Error{path, QStringLiteral("unknown %1 attribute \"%2\"").arg(entity, n.attribute),
                     ErrorCode::InvalidDefinition};
    Explanation e;
    e.path = path;
    e.label = describeNode(n);
    if (entity == QLatin1String("product") && n.attribute == QLatin1String("category_id")) {
        // Any of the product's categories; != and not_in hold when none matches.
        const QList<qint64> cats = categories ? *categories : QList<qint64>();
        QStringList shown;
        for (qint64 c : cats)
            shown << QString::number(c);
        e.detail = QStringLiteral("categories: [%1]").arg(shown.join(QStringLiteral(", ")));
        if (n.test.op == QLatin1String("is_empty") || n.test.op == QLatin1String("is_not_empty")) {
            e.result = (n.test.op == QLatin1String("is_empty")) == cats.isEmpty();
            return e;
        }
        Comparison positive = n.test;
        const bool negative = ConditionCatalog::isNegativeOperator(n.test.op);
        if (negative)
            positive.op =
                n.test.op == QLatin1String("!=") ? QStringLiteral("==") : QStringLiteral("in");
        AttributeSpec idSpec;
        idSpec.kind = ValueKind::Id;
        bool any = false;
        for (qint64 c : cats)
            any = any || evaluateComparison(QVariant(c), idSpec, positive, m_time).result;
        e.result = negative ? !any : any;
        return e;
    }
    const ComparisonOutcome outcome =
        evaluateComparison(row.value(n.attribute), *spec, n.test, m_time);
    e.result = outcome.result;
    e.detail = outcome.detail;
    return e;
}

Result<Explanation> MemberEvaluator::rowScope(const ConditionNode &n, const QString &path,
                                              const QString &entity,
                                              const QList<const AttributeRow *> &rows,
                                              const QList<const QList<qint64> *> &categories,
                                              bool emptyRowWhenNone, int &matching,
                                              QList<qsizetype> *matchingRows) const
{
    // Judge every row; show the first matching one (or the first one) to say why.
    ConditionNode asGroup = n;
    asGroup.kind = NodeKind::Combine;
    std::optional<Explanation> shown;
    matching = 0;
    const AttributeRow empty;
    QList<const AttributeRow *> candidates = rows;
    QList<const QList<qint64> *> cats = categories;
    if (candidates.isEmpty() && emptyRowWhenNone) {
        candidates << &empty;
        cats << nullptr;
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        Result<Explanation> e =
            rowNode(asGroup, path, entity, *candidates[i], cats.value(i, nullptr));
        if (!e) return e.error();
        if (e->result) {
            ++matching;
            if (matchingRows && i < rows.size()) *matchingRows << i;
            if (!shown || !shown->result) shown = *e;
        } else if (!shown) {
            shown = *e;
        }
    }
    Explanation e;
    e.path = path;
    e.label = describeNode(n);
    if (shown) e.children = shown->children;
    return e;
}

Result<Explanation> MemberEvaluator::addressScope(const ConditionNode &n, const QString &path,
                                                  Context &context) const
{
    const MemberSnapshot &m = context.member;
    QList<const AttributeRow *> rows;
    if (!m.key.isGuest()) {
        if (n.addressKind == QLatin1String("billing") && m.defaultBilling)
            rows << &*m.defaultBilling;
        else if (n.addressKind == QLatin1String("shipping") && m.defaultShipping)
            rows << &*m.defaultShipping;
        else if (n.addressKind == QLatin1String("any"))
            for (const AttributeRow &a : m.addresses)
                rows << &a;
    } else {
        for (const AttributeRow &a : m.addresses)
            if (n.addressKind == QLatin1String("any") ||
                a.value(QStringLiteral("address_type")).toString() == n.addressKind)
                rows << &a;
    }
    int matching = 0;
    Result<Explanation> e = rowScope(n, path, QStringLiteral("address"), rows, {}, true, matching);
    if (!e) return e;
    Explanation out = *e;
    out.result = matching > 0;
    out.detail = rows.isEmpty()
                     ? QStringLiteral("no %1 address: judged as one with every value missing")
                           .arg(n.addressKind)
                     : QStringLiteral("%1 of %2 addresses match").arg(matching).arg(rows.size());
    return out;
}

Result<Explanation> MemberEvaluator::ordersScope(const ConditionNode &n, const QString &path,
                                                 Context &context) const
{
    const AttributeSpec *metric = ConditionCatalog::instance().metric(n.metric);
    if (!metric)
        return Error{path, QStringLiteral("unknown metric \"%1\"").arg(n.metric),
                     ErrorCode::InvalidDefinition};
    ConditionNode filter = n;
    filter.kind = NodeKind::Combine;
    QList<const AttributeRow *> counted;
    std::optional<Explanation> shown;
    for (const AttributeRow &o : context.member.orders) {
        Result<Explanation> e = rowNode(filter, path, QStringLiteral("order"), o, nullptr);
        if (!e) return e.error();
        if (e->result) counted << &o;
        if (!shown || (!shown->result && e->result)) shown = *e;
    }
    // Sums in ten-thousandths, the precision Magento stores, so they are exact.
    auto sum = [&](const QString &key) {
        qint64 total = 0;
        for (const AttributeRow *o : counted)
            total += std::llround(o->value(key).toDouble() * 10000.0);
        return double(total) / 10000.0;
    };
    QVariant value;
    const QString &m = n.metric;
    if (m == QLatin1String("number_of_orders"))
        value = double(counted.size());
    else if (m == QLatin1String("lifetime_sales"))
        value = sum(QStringLiteral("grand_total"));
    else if (m == QLatin1String("lifetime_refunds"))
        value = sum(QStringLiteral("total_refunded"));
    else if (m == QLatin1String("purchased_qty"))
        value = sum(QStringLiteral("total_qty_ordered"));
    else if (m == QLatin1String("total_discount"))
        value = sum(QStringLiteral("discount_amount"));
    else if (m == QLatin1String("total_shipping"))
        value = sum(QStringLiteral("shipping_amount"));
    else if (m == QLatin1String("total_tax"))
        value = sum(QStringLiteral("tax_amount"));
    else if (m == QLatin1String("average_order_value")) {
        if (!counted.isEmpty()) value = sum(QStringLiteral("grand_total")) / double(counted.size());
    } else if (!counted.isEmpty()) { // first/last order dates and the days since them
        const bool first = m.contains(QLatin1String("first"));
        std::optional<QDateTime> pick;
        for (const AttributeRow *o : counted) {
            const std::optional<QDateTime> t =
                parseStoredTimestamp(o->value(QStringLiteral("created_at")));
            if (t && (!pick || (first ? *t < *pick : *t > *pick))) pick = t;
        }
        if (pick) value = *pick;
    }
    const ComparisonOutcome outcome = evaluateComparison(value, *metric, n.test, m_time);
    Explanation e;
    e.path = path;
    e.label = describeNode(n);
    e.result = outcome.result;
    e.detail = QStringLiteral("%1 over %2 of %3 orders")
                   .arg(outcome.detail)
                   .arg(counted.size())
                   .arg(context.member.orders.size());
    if (shown) e.children = shown->children;
    return e;
}

Result<Explanation> MemberEvaluator::productsScope(const ConditionNode &n, const QString &path,
                                                   Context &context) const
{
    const MemberSnapshot &m = context.member;
    const QList<ProductRow> *items = n.source == QLatin1String("cart")       ? &m.cartItems
                                     : n.source == QLatin1String("wishlist") ? &m.wishlistItems
                                     : n.source == QLatin1String("viewed")   ? &m.viewedItems
                                                                             : &m.orderedItems;
    QList<const AttributeRow *> rows;
    QList<const QList<qint64> *> categories;
    for (const ProductRow &p : *items) {
        rows << &p.values;
        categories << &p.categories;
    }
    int matching = 0;
    QList<qsizetype> matched;
    Result<Explanation> e =
        rowScope(n, path, QStringLiteral("product"), rows, categories, false, matching, &matched);
    if (!e) return e;
    Explanation out = *e;
    AttributeSpec countSpec;
    countSpec.kind = ValueKind::Number;
    const Comparison count =
        !n.found ? Comparison{QStringLiteral("=="), QJsonValue(0)}
                 : n.count.value_or(Comparison{QStringLiteral(">="), QJsonValue(1)});
    // What is counted ("of"): rows, their quantity or base row totals (summed in
    // ten-thousandths, Magento's precision), or the distinct orders of the matching rows.
    double counted = double(matching);
    QString what = QStringLiteral("items match");
    const QString &of = n.countOf;
    if (of == QLatin1String("qty") || of == QLatin1String("amount")) {
        const QString key =
            of == QLatin1String("qty") ? QStringLiteral("qty") : QStringLiteral("base_row_total");
        qint64 total = 0;
        for (qsizetype i : matched)
            total += std::llround(rows[i]->value(key).toDouble() * 10000.0);
        counted = double(total) / 10000.0;
        what = of == QLatin1String("qty") ? QStringLiteral("items match, quantity %1")
                                          : QStringLiteral("items match, amount %1");
        what = what.arg(counted);
    } else if (of == QLatin1String("orders")) {
        QSet<QString> orders;
        for (qsizetype i : matched)
            orders.insert(rows[i]->value(QStringLiteral("order_id")).toString());
        counted = double(orders.size());
        what = QStringLiteral("items match, in %1 orders").arg(orders.size());
    }
    out.result = evaluateComparison(QVariant(counted), countSpec, count, m_time).result;
    out.detail = QStringLiteral("%1 of %2 %3").arg(matching).arg(items->size()).arg(what);
    return out;
}

Result<Explanation> MemberEvaluator::reference(const ConditionNode &n, const QString &path,
                                               Context &context) const
{
    Explanation e;
    e.path = path;
    e.label = describeNode(n);
    bool inAny = false;
    QStringList found;
    for (const QJsonValue &v : n.test.value.toArray()) {
        const QString code = v.toString();
        if (context.referenceStack.contains(code))
            return Error{path,
                         QStringLiteral("segment reference cycle: %1 -> %2")
                             .arg(context.referenceStack.join(QStringLiteral(" -> ")), code),
                         ErrorCode::InvalidDefinition};
        const std::optional<SegmentDefinition> referenced =
            m_segments ? m_segments->findSegment(code) : std::nullopt;
        if (!referenced)
            return Error{path, QStringLiteral("unknown segment \"%1\"").arg(code),
                         ErrorCode::InvalidDefinition};
        if (n.referenceOf == QLatin1String("members")) {
            Result<bool> held = m_segments->holdsStoredMember(code, context.member.key.toString());
            if (!held) return Error{path, held.error().message, held.error().code};
            Explanation sub;
            sub.label = QStringLiteral("Segment %1 (stored members)").arg(code);
            sub.result = *held;
            sub.detail = *held ? QStringLiteral("a stored member (or included by hand)")
                               : QStringLiteral("not a stored member (or excluded by hand)");
            if (sub.result) found << code;
            inAny = inAny || sub.result;
            e.children.push_back(std::move(sub));
            continue;
        }
        context.referenceStack << code;
        const SegmentDefinition *outer = context.scope;
        context.scope = &*referenced;
        Result<Explanation> conditions =
            node(referenced->conditions, QStringLiteral("conditions"), context);
        context.scope = outer;
        context.referenceStack.removeLast();
        if (!conditions) return conditions.error();
        Explanation sub;
        sub.label = QStringLiteral("Segment %1").arg(code);
        sub.children.push_back(scope(*referenced, context.member));
        sub.children.push_back(*conditions);
        sub.result = sub.children[0].result && (conditions->muted || conditions->result);
        if (sub.result) found << code;
        inAny = inAny || sub.result;
        e.children.push_back(std::move(sub));
    }
    e.result = n.test.op == QLatin1String("not_in") ? !inAny : inAny;
    e.detail = found.isEmpty() ? QStringLiteral("in none of them")
                               : QStringLiteral("in %1").arg(found.join(QStringLiteral(", ")));
    return e;
}

} // namespace seg
