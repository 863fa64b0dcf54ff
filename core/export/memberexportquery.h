#pragma once

#include "common/result.h"
#include "engine/sqlcompiler.h"
#include "engine/sqltext.h"
#include "export/exportcolumns.h"
#include "store/storeschema.h"

#include <QString>
#include <QVariantList>

namespace seg {

// The members to export, as a query whose rows are (customer_id, guest_key): customer_id
// set for registered customers, guest_key = the folded (lower-cased) email of a guest,
// exactly what SqlCompiler::compileMembers() returns. A source that starts with common table
// expressions comes in two parts, because MySQL/MariaDB cannot always nest a WITH inside a
// derived table: the export statement starts with `withClause` and appends its own CTEs.
struct MemberSource
{
    QString withClause;  // "WITH a AS (...), b AS (...)" or empty
    QString selectSql;   // the statement proper: SELECT customer_id, guest_key ...
    QVariantList params; // bound values of withClause then selectSql, in text order

    // A plain query, e.g. "SELECT customer_id, guest_email AS guest_key FROM
    // <prefix>segmentor_member WHERE segment_id = ?" with {segmentId}.
    static MemberSource fromSelect(QString selectSql, QVariantList params = {})
    {
        return MemberSource{{}, std::move(selectSql), std::move(params)};
    }
};

// A compiled definition as a member source: its WITH clause and its body, as the compiler
// returns them.
MemberSource memberSourceFrom(const SqlCompiler::Parts &parts);

// Builds the one parameterized statement that returns the chosen columns of the source's
// members for the store's dialect and table prefix. Its first `columns.size()` result
// columns are the chosen columns in order; helper sort columns may follow. Rows come
// registered customers first by id, then guests by key (code-point order on every database).
//
// The columns' values and joins come from the member-column table (MemberColumnSql).
// Members the store no longer has (a deleted customer) are skipped.
//
// Shapes: on SQLite and PostgreSQL the (materialized, shared) source drives a UNION ALL of
// registered customers and guests; on MySQL/MariaDB, which
// evaluates a CTE again for each reference, the source is read once and both kinds are
// LEFT JOINed in a single pass.
class MemberExportQuery
{
public:
    static Result<CompiledQuery> build(const StoreSchema &schema, const MemberSource &source,
                                       const QList<ExportColumn> &columns);

    // MySQL/MariaDB, for keyset pages (see ExportPages): the same statement, but the guests'
    // latest orders come from `guestOrdersTable` (rows of latestGuestOrdersSql()) and the
    // customers' order aggregates from `customerOrdersTable` (rows of customerOrdersSql()),
    // both staged once for the source's members, instead of being computed again per page.
    static Result<CompiledQuery> buildPage(const StoreSchema &schema, const MemberSource &source,
                                           const QList<ExportColumn> &columns,
                                           const QString &guestOrdersTable,
                                           const QString &customerOrdersTable);
    // (customer_id, seg_n, seg_s, seg_l): order count, sum and latest order date per customer,
    // of the customers the subquery `customerIds` returns (all when empty). No parameters.
    static QString customerOrdersSql(const StoreSchema &schema, const QString &customerIds);
    // Whether the columns need the order aggregates (orders, lifetime sales, last order date).
    static bool needsOrderAggregates(const QList<ExportColumn> &columns);
    // One row per guest key with orders (seg_key, seg_order_id, seg_store_id, seg_email,
    // seg_firstname, seg_lastname, seg_n, seg_s, seg_l, ...): its most recent order and the
    // aggregates over all its orders. No parameters.
    static QString latestGuestOrdersSql(const StoreSchema &schema,
                                        const QList<ExportColumn> &columns);
};

} // namespace seg
