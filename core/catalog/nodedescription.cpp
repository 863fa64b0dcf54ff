#include "catalog/nodedescription.h"

#include "catalog/conditioncatalog.h"
#include "definition/definitioncodec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace seg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("seg::NodeDescription", text);
}

QString comparison(const QString &attributeLabel, const Comparison &c)
{
    QString out = attributeLabel + QLatin1Char(' ') + ConditionCatalog::operatorLabel(c.op);
    if (!c.value.isUndefined())
        out += QLatin1Char(' ') + describeValue(c.value);
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
    const QString mode = (node.match == Match::All ? tr("ALL") : tr("ANY")) + QLatin1Char(' ')
                       + (node.expect ? tr("TRUE") : tr("FALSE"));
    switch (node.kind) {
    case NodeKind::Combine:
        return tr("If %1 of these conditions are %2").arg(node.match == Match::All ? tr("ALL") : tr("ANY"),
                                                          node.expect ? tr("TRUE") : tr("FALSE"));
    case NodeKind::Attribute: {
        const AttributeSpec *spec = catalog.attribute(node.type, node.attribute);
        const QString label = spec ? spec->label : node.attribute;
        return comparison(label, node.test);
    }
    case NodeKind::AddressScope:
        return tr("%1 address where %2").arg(node.addressKind, mode);
    case NodeKind::OrdersScope: {
        const AttributeSpec *metric = catalog.metric(node.metric);
        return tr("Orders: %1 (orders where %2)").arg(comparison(metric ? metric->label : node.metric, node.test), mode);
    }
    case NodeKind::ProductsScope: {
        QString count;
        if (!node.found)
            count = tr("no item");
        else if (node.count)
            count = tr("item count %1 %2").arg(ConditionCatalog::operatorLabel(node.count->op), describeValue(node.count->value));
        else
            count = tr("at least one item");
        return tr("Products (%1): %2 where %3").arg(node.source, count, mode);
    }
    case NodeKind::SegmentReference:
        return tr("Member %1 segments %2")
            .arg(node.test.op == QLatin1String("in") ? tr("of any of") : tr("of none of"), describeValue(node.test.value));
    }
    return {};
}

} // namespace seg
