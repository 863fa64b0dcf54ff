#pragma once

#include "catalog/nodekind.h"

#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace seg {

enum class Match
{
    All,
    Any
};

// "operator" + "value" of a leaf, of an orders metric, of a products count or of a reference.
// `value` is Undefined for operators that take none (is_empty, is_not_empty).
struct Comparison
{
    QString op;
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
};

struct ConditionNode
{
    NodeKind kind = NodeKind::Combine;
    QString type; // the JSON "type": combine, customer, cart, address, order, product, orders,
                  // products, segment, rfm, sample
    bool enabled = true;
    bool locked = false; // "locked": true — the builder refuses edits inside; the engine ignores it

    // Combine and scopes
    Match match = Match::All;
    bool expect = true;
    std::vector<ConditionNode> children;

    // Attribute leaf
    QString attribute;
    // Attribute leaf, OrdersScope (metric comparison), SegmentReference
    Comparison test;

    QString addressKind;             // AddressScope: billing, shipping, any
    QString metric;                  // OrdersScope
    QString source;                  // ProductsScope: cart, wishlist, ordered, viewed
    bool found = true;               // ProductsScope
    std::optional<Comparison> count; // ProductsScope, found == true only
    QString countOf;                 // ProductsScope count "of": "" (= rows), qty, amount, orders

    QString referenceOf; // SegmentReference "of": "" (= conditions, inlined) or "members" (stored)

    QString score; // Rfm: recency, frequency, monetary (the test is in `test`)

    double percent = 0; // Sample: 0..100
    QString seed;       // Sample

    bool isGroup() const
    {
        return kind == NodeKind::Combine || kind == NodeKind::AddressScope ||
               kind == NodeKind::OrdersScope || kind == NodeKind::ProductsScope;
    }

    static ConditionNode combine(Match match = Match::All, bool expect = true)
    {
        ConditionNode n;
        n.kind = NodeKind::Combine;
        n.type = QStringLiteral("combine");
        n.match = match;
        n.expect = expect;
        return n;
    }
};

// The JSON path of a child: "conditions[2]" under the parent's path.
inline QString childPath(const QString &parentPath, int index)
{
    return parentPath + QStringLiteral(".conditions[%1]").arg(index);
}

} // namespace seg
