#pragma once

#include "common/result.h"
#include "export/memberexportquery.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QCoreApplication>

#include <memory>

namespace seg {

// MySQL/MariaDB keyset pages of a member source, so that no export statement returns more
// than a page of rows (Qt's MySQL driver buffers a whole result on the client).
//
// stage() opens a transaction WITH CONSISTENT SNAPSHOT on the connection (every page then
// reads the same data, as the single statement did) and copies the source's distinct
// members, once, into the session's temporary table segmentor_export_page, numbered
// 1..count() in export order: registered customers by id, then guests by key in code-point
// order (CAST AS BINARY), exactly MemberExportQuery's ORDER BY. The columns keep the
// source's types and collations (CREATE ... SELECT), so the export statement over a page
// compares and sorts as it does over the whole source. page(offset, size) is the members
// numbered offset+1..offset+size as a member source (bound range, primary-key lookup).
// The guests' latest orders and order aggregates are ranked once too, for the staged guests
// only, into segmentor_export_guest_orders (indexed by key), and the customers' order
// aggregates into segmentor_export_customer_orders (by customer id), which every page joins
// (MemberExportQuery::buildPage): one pass over the orders, as the single statement makes,
// instead of one per page.
// Destroying the pages ends the transaction (it only read) and drops the tables.
class ExportPages
{
    Q_DECLARE_TR_FUNCTIONS(seg::ExportPages)
public:
    static Result<std::unique_ptr<ExportPages>> stage(const StoreConnection &connection,
                                                      const StoreSchema &schema,
                                                      const MemberSource &source,
                                                      const QList<ExportColumn> &columns);
    ~ExportPages();
    ExportPages(const ExportPages &) = delete;
    ExportPages &operator=(const ExportPages &) = delete;

    qint64 count() const { return m_count; }
    MemberSource page(qint64 offset, qint64 size) const;
    // The export statement for page(offset, size).
    Result<CompiledQuery> statement(qint64 offset, qint64 size) const;

private:
    ExportPages(const StoreConnection &connection, const StoreSchema &schema,
                const QList<ExportColumn> &columns)
        : m_connection(connection), m_schema(schema), m_columns(columns)
    {
    }
    void release();

    const StoreConnection &m_connection;
    const StoreSchema &m_schema;
    QList<ExportColumn> m_columns;
    qint64 m_count = 0;
    bool m_inTransaction = false;
};

} // namespace seg
