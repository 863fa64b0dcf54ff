#include "definition/nodedescription.h"

#include "catalog/conditioncatalog.h"
#include "definition/definitioncodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace seg {

namespace {
// Gives lupdate and the translator the context seg::NodeDescription.
struct NodeDescription
{
    Q_DECLARE_TR_FUNCTIONS(seg::NodeDescription)
};

QString comparison(const QString &attributeLabel, const Comparison &c)
{
    // Day-count operators read as sentences: "is within the last 365 days", not "... N days 365".
    if (c.op == QLatin1String("within_last_days") && !c.value.isUndefined())
        return NodeDescription::tr("%1 is within the last %2 days")
            .arg(attributeLabel, describeJson(c.value));
    if (c.op == QLatin1String("not_within_last_days") && !c.value.isUndefined())
        return NodeDescription::tr("%1 is not within the last %2 days")
            .arg(attributeLabel, describeJson(c.value));
    if (c.op == QLatin1String("days_ago_between") && c.value.isArray() &&
        c.value.toArray().size() == 2)
        return NodeDescription::tr("%1 was between %2 and %3 days ago")
            .arg(attributeLabel, describeJson(c.value.toArray().at(0)),
                 describeJson(c.value.toArray().at(1)));
    QString out = attributeLabel + QLatin1Char(' ') + ConditionCatalog::operatorLabel(c.op);
    if (!c.value.isUndefined()) out += QLatin1Char(' ') + describeValue(c.value);
    return out;
}
} // namespace

QString describeValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items << describeJson(v);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return describeJson(value);
}

QString describeNode(const ConditionNode &node)
{
    const ConditionCatalog &catalog = ConditionCatalog::instance();
    const QString mode =
        NodeDescription::tr("%1 of these are %2")
            .arg(node.match == Match::All ? NodeDescription::tr("ALL") : NodeDescription::tr("ANY"),
                 node.expect ? NodeDescription::tr("TRUE") : NodeDescription::tr("FALSE"));
    static const QHash<QString, const char *> addressKinds = {
        {"billing", QT_TRANSLATE_NOOP("seg::NodeDescription", "Default billing address")},
        {"shipping", QT_TRANSLATE_NOOP("seg::NodeDescription", "Default shipping address")},
        {"any", QT_TRANSLATE_NOOP("seg::NodeDescription", "Any address")}};
    static const QHash<QString, const char *> sources = {
        {"ordered", QT_TRANSLATE_NOOP("seg::NodeDescription", "Ordered products")},
        {"cart", QT_TRANSLATE_NOOP("seg::NodeDescription", "Products in the cart")},
        {"wishlist", QT_TRANSLATE_NOOP("seg::NodeDescription", "Products in the wishlist")},
        {"viewed", QT_TRANSLATE_NOOP("seg::NodeDescription", "Viewed products")}};
    const bool hasChildren = !node.children.empty();
    switch (node.kind) {
    case NodeKind::Combine:
        return NodeDescription::tr("If %1 of these conditions are %2")
            .arg(node.match == Match::All ? NodeDescription::tr("ALL") : NodeDescription::tr("ANY"),
                 node.expect ? NodeDescription::tr("TRUE") : NodeDescription::tr("FALSE"));
    case NodeKind::Attribute: {
        const AttributeSpec *spec = catalog.attribute(node.type, node.attribute);
        const QString label = spec ? ConditionCatalog::displayLabel(spec->label) : node.attribute;
        if (spec && spec->kind == ValueKind::Bool &&
            node.test.value.isBool()) // "Account is active: yes"
            return NodeDescription::tr("%1: %2").arg(label, node.test.value.toBool()
                                                                ? NodeDescription::tr("yes")
                                                                : NodeDescription::tr("no"));
        return comparison(label, node.test);
    }
    case NodeKind::AddressScope:
        return NodeDescription::tr("%1 where %2")
            .arg(NodeDescription::tr(addressKinds.value(node.addressKind, "Address")), mode);
    case NodeKind::OrdersScope: {
        const AttributeSpec *metric = catalog.metric(node.metric);
        const QString test = comparison(
            metric ? ConditionCatalog::displayLabel(metric->label) : node.metric, node.test);
        return hasChildren ? NodeDescription::tr("%1, counting orders where %2").arg(test, mode)
                           : NodeDescription::tr("%1, counting all orders").arg(test);
    }
    case NodeKind::ProductsScope: {
        QString count;
        if (!node.found)
            count = NodeDescription::tr("no item");
        else if (node.count && node.countOf == QLatin1String("qty"))
            count = NodeDescription::tr("quantity %1 %2")
                        .arg(ConditionCatalog::operatorLabel(node.count->op),
                             describeValue(node.count->value));
        else if (node.count && node.countOf == QLatin1String("amount"))
            count = NodeDescription::tr("amount spent %1 %2")
                        .arg(ConditionCatalog::operatorLabel(node.count->op),
                             describeValue(node.count->value));
        else if (node.count && node.countOf == QLatin1String("orders"))
            count = NodeDescription::tr("distinct orders %1 %2")
                        .arg(ConditionCatalog::operatorLabel(node.count->op),
                             describeValue(node.count->value));
        else if (node.count)
            count = NodeDescription::tr("item count %1 %2")
                        .arg(ConditionCatalog::operatorLabel(node.count->op),
                             describeValue(node.count->value));
        else
            count = NodeDescription::tr("at least one item");
        const QString what = NodeDescription::tr(sources.value(node.source, "Products"));
        return hasChildren ? NodeDescription::tr("%1: %2 where %3").arg(what, count, mode)
                           : NodeDescription::tr("%1: %2").arg(what, count);
    }
    case NodeKind::SegmentReference:
        if (node.referenceOf == QLatin1String("members"))
            return NodeDescription::tr("Stored member %1 segments %2")
                .arg(node.test.op == QLatin1String("in") ? NodeDescription::tr("of any of")
                                                         : NodeDescription::tr("of none of"),
                     describeValue(node.test.value));
        return NodeDescription::tr("Member %1 segments %2")
            .arg(node.test.op == QLatin1String("in") ? NodeDescription::tr("of any of")
                                                     : NodeDescription::tr("of none of"),
                 describeValue(node.test.value));
    case NodeKind::Rfm:
        return comparison(ConditionCatalog::rfmScoreLabel(node.score), node.test);
    case NodeKind::Sample:
        return NodeDescription::tr("Random sample of %1% (seed \"%2\")")
            .arg(describeJson(QJsonValue(node.percent)), node.seed);
    }
    return {};
}

} // namespace seg
