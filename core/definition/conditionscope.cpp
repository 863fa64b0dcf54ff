#include "definition/conditionscope.h"

#include <algorithm>

namespace seg {

QString leafTypeOf(const QString &scopeType)
{
    if (scopeType == QLatin1String("address")) return QStringLiteral("address");
    if (scopeType == QLatin1String("orders")) return QStringLiteral("order");
    if (scopeType == QLatin1String("products")) return QStringLiteral("product");
    return {};
}

QString scopeTypeOf(const ConditionNode &node)
{
    switch (node.kind) {
    case NodeKind::AddressScope:
        return QStringLiteral("address");
    case NodeKind::OrdersScope:
        return QStringLiteral("orders");
    case NodeKind::ProductsScope:
        return QStringLiteral("products");
    case NodeKind::Combine:
    case NodeKind::Attribute:
    case NodeKind::SegmentReference:
    case NodeKind::Rfm:
    case NodeKind::Sample:
        break;
    }
    return {};
}

bool allowedInScope(const ConditionNode &node, const QString &scopeType)
{
    switch (node.kind) {
    case NodeKind::Combine:
        return true;
    case NodeKind::Attribute:
        if (scopeType.isEmpty())
            return node.type == QLatin1String("customer") || node.type == QLatin1String("cart");
        return node.type == leafTypeOf(scopeType);
    case NodeKind::AddressScope:
    case NodeKind::OrdersScope:
    case NodeKind::ProductsScope:
    case NodeKind::SegmentReference:
    case NodeKind::Rfm:
    case NodeKind::Sample:
        return scopeType.isEmpty();
    }
    return false;
}

bool fitsInScope(const ConditionNode &node, const QString &scopeType)
{
    if (!allowedInScope(node, scopeType)) return false;
    const QString inner = node.kind == NodeKind::Combine ? scopeType : scopeTypeOf(node);
    return std::all_of(node.children.begin(), node.children.end(),
                       [&](const ConditionNode &c) { return fitsInScope(c, inner); });
}

} // namespace seg
