#pragma once

#include "engine/memberkey.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <optional>

namespace seg {

// A row of attribute values keyed by the catalog's attribute codes; a null QVariant or an
// absent key is a missing value.
using AttributeRow = QHash<QString, QVariant>;

struct ProductRow
{
    AttributeRow values;
    QList<qint64> categories; // catalog_category_product of the item's product_id
};

// Everything the in-memory evaluator needs to know about one member, read with plain
// per-member queries (see MemberSnapshotLoader), independent of the compiled SQL.
struct MemberSnapshot
{
    MemberKey key;
    bool exists = false;
    std::optional<int> websiteId; // registered: customer_entity.website_id
    QSet<int> guestWebsites;      // guests: websites of their orders

    AttributeRow profile; // customer attributes incl. custom ones and "newsletter"
    std::optional<AttributeRow> defaultBilling;
    std::optional<AttributeRow> defaultShipping;
    QList<AttributeRow>
        addresses; // registered: saved addresses; guests: order addresses ("address_type" set)
    QList<AttributeRow> orders; // order attributes (base currency), metrics are computed from them
    std::optional<AttributeRow> cart;
    QList<ProductRow> cartItems;
    QList<ProductRow> wishlistItems;
    QList<ProductRow> viewedItems;
    QList<ProductRow> orderedItems;
};

} // namespace seg
