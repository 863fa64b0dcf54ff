#include "builder/conditiontemplates.h"

#include "catalog/conditioncatalog.h"

#include <QDate>
#include <QJsonArray>

using seg::ConditionCatalog;
using seg::ConditionNode;
using seg::NodeKind;
using seg::ValueKind;

namespace {

seg::Comparison defaultComparison(const seg::AttributeSpec &spec)
{
    switch (spec.kind) {
    case ValueKind::String:
        return {QStringLiteral("=="), QString()};
    case ValueKind::Number:
        if (spec.derivation == seg::Derivation::DaysSince) return {QStringLiteral(">="), 30};
        return {QStringLiteral(">="), spec.code == QLatin1String("number_of_orders") ? 1 : 100};
    case ValueKind::Id:
        return {QStringLiteral("=="), 1};
    case ValueKind::Date:
    case ValueKind::DateTime:
        return {QStringLiteral("within_last_days"), 30};
    case ValueKind::Bool:
        return {QStringLiteral("=="), true};
    case ValueKind::Enum:
        return {QStringLiteral("=="),
                spec.options.isEmpty() ? QString() : spec.options.first().code};
    }
    return {};
}

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("ordered")) return ConditionTemplates::tr("Ordered products");
    if (source == QLatin1String("cart")) return ConditionTemplates::tr("Products in the cart");
    if (source == QLatin1String("wishlist"))
        return ConditionTemplates::tr("Products in the wishlist");
    return ConditionTemplates::tr("Viewed products");
}

} // namespace

ConditionNode ConditionTemplates::leaf(const QString &type, const QString &attribute)
{
    ConditionNode n;
    n.kind = NodeKind::Attribute;
    n.type = type;
    n.attribute = attribute;
    if (const seg::AttributeSpec *spec = ConditionCatalog::instance().attribute(type, attribute))
        n.test = defaultComparison(*spec);
    else
        n.test = {QStringLiteral("=="), QString()};
    return n;
}

ConditionNode ConditionTemplates::ordersScope(const QString &metric)
{
    ConditionNode n;
    n.kind = NodeKind::OrdersScope;
    n.type = QStringLiteral("orders");
    n.metric = metric;
    if (const seg::AttributeSpec *spec = ConditionCatalog::instance().metric(metric))
        n.test = defaultComparison(*spec);
    return n;
}

ConditionNode ConditionTemplates::productsScope(const QString &source)
{
    ConditionNode n;
    n.kind = NodeKind::ProductsScope;
    n.type = QStringLiteral("products");
    n.source = source;
    n.found = true;
    return n;
}

ConditionNode ConditionTemplates::addressScope(const QString &addressKind)
{
    ConditionNode n;
    n.kind = NodeKind::AddressScope;
    n.type = QStringLiteral("address");
    n.addressKind = addressKind;
    return n;
}

QList<ConditionTemplateGroup> ConditionTemplates::all()
{
    const ConditionCatalog &catalog = ConditionCatalog::instance();
    QList<ConditionTemplateGroup> groups;

    ConditionTemplateGroup structure{QStringLiteral("combine"), tr("Groups"), {}};
    structure.templates << ConditionTemplate{
        tr("ALL of these conditions"),
        tr("A group that holds when every condition in it holds"),
        {ConditionNode::combine(seg::Match::All, true)}};
    structure.templates << ConditionTemplate{
        tr("ANY of these conditions"),
        tr("A group that holds when at least one condition in it holds"),
        {ConditionNode::combine(seg::Match::Any, true)}};
    groups << structure;

    for (const seg::ConditionTypeSpec &type : catalog.conditionTypes()) {
        ConditionTemplateGroup g{type.id, seg::ConditionCatalog::displayLabel(type.category), {}};
        if (type.id == QLatin1String("customer")) {
            for (const seg::AttributeSpec &a : catalog.attributes(QStringLiteral("customer")))
                if (a.code != QLatin1String("newsletter"))
                    g.templates << ConditionTemplate{
                        seg::ConditionCatalog::displayLabel(a.label),
                        tr("Customer: %1").arg(seg::ConditionCatalog::displayLabel(a.label)),
                        {leaf(QStringLiteral("customer"), a.code)}};
        } else if (type.id == QLatin1String("newsletter")) {
            g.templates << ConditionTemplate{
                tr("Newsletter status"),
                tr("The customer's newsletter subscription"),
                {leaf(QStringLiteral("customer"), QStringLiteral("newsletter"))}};
        } else if (type.id == QLatin1String("cart")) {
            for (const seg::AttributeSpec &a : catalog.attributes(QStringLiteral("cart")))
                g.templates << ConditionTemplate{
                    seg::ConditionCatalog::displayLabel(a.label),
                    tr("The current cart: %1").arg(seg::ConditionCatalog::displayLabel(a.label)),
                    {leaf(QStringLiteral("cart"), a.code)}};
        } else if (type.id == QLatin1String("address")) {
            g.templates << ConditionTemplate{tr("Default billing address"),
                                             tr("Conditions on the same billing address"),
                                             {addressScope(QStringLiteral("billing"))}};
            g.templates << ConditionTemplate{tr("Default shipping address"),
                                             tr("Conditions on the same shipping address"),
                                             {addressScope(QStringLiteral("shipping"))}};
            g.templates << ConditionTemplate{tr("Any address"),
                                             tr("Conditions on one of the saved addresses"),
                                             {addressScope(QStringLiteral("any"))}};
            for (const seg::AttributeSpec &a : catalog.attributes(QStringLiteral("address"))) {
                ConditionNode scope = addressScope(QStringLiteral("billing"));
                scope.children.push_back(leaf(QStringLiteral("address"), a.code));
                g.templates << ConditionTemplate{
                    tr("Address: %1").arg(seg::ConditionCatalog::displayLabel(a.label)),
                    tr("Inside an address group, or as a new billing address group"),
                    {leaf(QStringLiteral("address"), a.code), scope}};
            }
        } else if (type.id == QLatin1String("orders")) {
            for (const seg::AttributeSpec &m : catalog.metrics())
                g.templates << ConditionTemplate{seg::ConditionCatalog::displayLabel(m.label),
                                                 tr("An aggregate over the customer's orders"),
                                                 {ordersScope(m.code)}};
            for (const seg::AttributeSpec &a : catalog.attributes(QStringLiteral("order"))) {
                ConditionNode scope = ordersScope(QStringLiteral("number_of_orders"));
                scope.children.push_back(leaf(QStringLiteral("order"), a.code));
                g.templates << ConditionTemplate{
                    tr("Order: %1").arg(seg::ConditionCatalog::displayLabel(a.label)),
                    tr("Filters which orders count, inside an orders group"),
                    {leaf(QStringLiteral("order"), a.code), scope}};
            }
        } else if (type.id.startsWith(QLatin1String("products:"))) {
            const QString source = type.id.mid(9);
            g.templates << ConditionTemplate{sourceLabel(source),
                                             tr("Customers with (or without) matching items"),
                                             {productsScope(source)}};
            if (source == QLatin1String("ordered")) {
                ConditionNode spent = productsScope(source);
                spent.count = seg::Comparison{QStringLiteral(">="), 200};
                spent.countOf = QStringLiteral("amount");
                g.templates << ConditionTemplate{
                    tr("Amount spent on products"),
                    tr("The sum of the matching items' row totals (base currency)"),
                    {spent}};
                ConditionNode orders = productsScope(source);
                orders.count = seg::Comparison{QStringLiteral(">="), 2};
                orders.countOf = QStringLiteral("orders");
                g.templates << ConditionTemplate{tr("Orders with products"),
                                                 tr("The number of orders with a matching item"),
                                                 {orders}};
            }
            for (const seg::AttributeSpec &a : catalog.attributes(QStringLiteral("product"))) {
                if (!a.sources.isEmpty() && !a.sources.contains(source)) continue;
                ConditionNode scope = productsScope(source);
                scope.children.push_back(leaf(QStringLiteral("product"), a.code));
                g.templates << ConditionTemplate{
                    tr("Product: %1").arg(seg::ConditionCatalog::displayLabel(a.label)),
                    tr("Inside a products group, or as a new one"),
                    {leaf(QStringLiteral("product"), a.code), scope}};
            }
        } else if (type.id == QLatin1String("rfm")) {
            for (const QString &score : ConditionCatalog::rfmScores()) {
                ConditionNode rfm;
                rfm.kind = NodeKind::Rfm;
                rfm.type = QStringLiteral("rfm");
                rfm.score = score;
                rfm.test = {QStringLiteral(">="), 4};
                g.templates << ConditionTemplate{
                    ConditionCatalog::rfmScoreLabel(score),
                    tr("A score from 1 to 5 among the segment's customers with orders"),
                    {rfm}};
            }
        } else if (type.id == QLatin1String("sample")) {
            ConditionNode sample;
            sample.kind = NodeKind::Sample;
            sample.type = QStringLiteral("sample");
            sample.percent = 10;
            sample.seed = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
            g.templates << ConditionTemplate{
                tr("Random sample"),
                tr("A stable random share of the customers, for test and control groups"),
                {sample}};
        } else if (type.id == QLatin1String("segment")) {
            ConditionNode ref;
            ref.kind = NodeKind::SegmentReference;
            ref.type = QStringLiteral("segment");
            ref.test = {QStringLiteral("in"), QJsonArray()};
            g.templates << ConditionTemplate{
                tr("Member of segments"), tr("Whether the customer is in other segments"), {ref}};
            ConditionNode notRef = ref;
            notRef.test.op = QStringLiteral("not_in");
            g.templates << ConditionTemplate{
                tr("Not a member of segments"),
                tr("Whether the customer is in none of other segments"),
                {notRef}};
            ConditionNode storedRef = ref;
            storedRef.referenceOf = QStringLiteral("members");
            g.templates << ConditionTemplate{
                tr("In the stored member lists"),
                tr("Whether the customer is on other segments' member lists as they stand, "
                   "manual includes and excludes counted"),
                {storedRef}};
        }
        if (!g.templates.isEmpty()) groups << g;
    }
    return groups;
}

QJsonValue ConditionTemplates::defaultScalar(ValueKind kind, const seg::AttributeSpec *spec)
{
    switch (kind) {
    case ValueKind::String:
        return QString();
    case ValueKind::Number:
        return 0;
    case ValueKind::Id:
        return 1;
    case ValueKind::Date:
    case ValueKind::DateTime:
        return QDate::currentDate().toString(Qt::ISODate);
    case ValueKind::Bool:
        return true;
    case ValueKind::Enum:
        return spec && !spec->options.isEmpty() ? QJsonValue(spec->options.first().code)
                                                : QJsonValue(QString());
    }
    return {};
}

QJsonValue ConditionTemplates::adaptValue(ValueKind kind, const seg::AttributeSpec *spec,
                                          const QString &oldOp, const QString &newOp,
                                          const QJsonValue &oldValue)
{
    auto isList = [](const QString &op) {
        return op == QLatin1String("in") || op == QLatin1String("not_in");
    };
    auto isDays = [](const QString &op) {
        return op == QLatin1String("within_last_days") ||
               op == QLatin1String("not_within_last_days");
    };
    auto isScalar = [&](const QString &op) {
        return !isList(op) && !isDays(op) && op != QLatin1String("between") &&
               op != QLatin1String("days_ago_between") && !ConditionCatalog::takesNoValue(op);
    };
    // A scalar the old value holds, if any.
    QJsonValue scalar(QJsonValue::Undefined);
    if (isScalar(oldOp) && !oldValue.isUndefined() && !oldValue.isArray())
        scalar = oldValue;
    else if ((isList(oldOp) || oldOp == QLatin1String("between")) && !oldValue.toArray().isEmpty())
        scalar = oldValue.toArray().first();

    if (ConditionCatalog::takesNoValue(newOp)) return QJsonValue(QJsonValue::Undefined);
    if (isList(newOp)) {
        if (isList(oldOp) && oldValue.isArray()) return oldValue;
        return scalar.isUndefined() || scalar == QJsonValue(QString())
                   ? QJsonValue(QJsonArray())
                   : QJsonValue(QJsonArray{scalar});
    }
    if (isDays(newOp)) return isDays(oldOp) && oldValue.isDouble() ? oldValue : QJsonValue(30);
    if (newOp == QLatin1String("days_ago_between"))
        return oldOp == newOp ? oldValue : QJsonValue(QJsonArray{7, 30});
    if (newOp == QLatin1String("between")) {
        if (oldOp == newOp) return oldValue;
        if (kind == ValueKind::Date || kind == ValueKind::DateTime) {
            const QDate today = QDate::currentDate();
            return QJsonArray{today.addDays(-30).toString(Qt::ISODate),
                              today.toString(Qt::ISODate)};
        }
        if (!scalar.isUndefined() && scalar.isDouble()) return QJsonArray{scalar, scalar};
        return QJsonArray{0, 100};
    }
    if (!scalar.isUndefined()) return scalar;
    return defaultScalar(kind, spec);
}
