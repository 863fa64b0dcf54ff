#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

namespace seg {

// Covering indexes that let segments and the sales reports read orders and order items
// without touching their wide rows (Magento's sales_order has ~140 columns). Magento does not ship
// them; the demo store gets them, and the README suggests them to a shop's DBA. Optional: every
// query works without them, only slower.
class RecommendedIndexes
{
public:
    static QStringList statements(Dialect dialect, const QString &tablePrefix);
    // Creates the indexes (and refreshes the planner's statistics).
    static Status apply(const StoreConnection &connection, const QString &tablePrefix);
};

} // namespace seg
