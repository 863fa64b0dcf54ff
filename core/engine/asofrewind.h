#pragma once

#include "engine/sqldialect.h"
#include "engine/sqltext.h"
#include "store/storeschema.h"

#include <QDateTime>
#include <QList>

namespace seg {

// Time travel (issue #17, item 10): evaluated "as of" a past time T, the store is read as if
// the rows created after T did not exist yet. Each table whose rows arrive over time is read
// through a CTE of its rows whose creation time is at or before T; everything that points at
// those rows (order items, payments and addresses through their order, guests through their
// orders) follows. What is not rewound — later edits, status changes, deletions, addresses — is
// stated in docs/conditions.md.
struct RewoundTable
{
    const char *table;      // the Magento table
    const char *timeColumn; // when a row came to be
};
const QList<RewoundTable> &rewoundTables();

// The CTE name a rewound table is read through ("seg_asof_sales_order").
QString rewoundName(const char *table);
// "seg_asof_customer_entity AS (SELECT * FROM customer_entity WHERE created_at <= ?), …", the
// as-of time bound once per CTE; not materialized, so each one is inlined where it is read.
SqlText rewindCtes(const StoreSchema &schema, const SqlDialect &dialect, const QDateTime &asOf);
// `schema` with the rewound tables read through their CTEs.
StoreSchema rewoundSchema(const StoreSchema &schema);

} // namespace seg
