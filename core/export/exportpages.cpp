#include "export/exportpages.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seg {

namespace {
const QString kTable = QStringLiteral("segmentor_export_page");
const QString kGuestOrders = QStringLiteral("segmentor_export_guest_orders");
const QString kCustomerOrders = QStringLiteral("segmentor_export_customer_orders");
} // namespace

Result<std::unique_ptr<ExportPages>> ExportPages::stage(const StoreConnection &connection,
                                                        const StoreSchema &schema,
                                                        const MemberSource &source,
                                                        const QList<ExportColumn> &columns)
{
    if (connection.dialect() != Dialect::MySql)
        return Error{{},
                     QStringLiteral("keyset pages are only staged on MySQL/MariaDB"),
                     ErrorCode::Internal};
    std::unique_ptr<ExportPages> pages(new ExportPages(connection, schema, columns));

    if (Status st = connection.exec(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT"));
        !st)
        return st.error();
    pages->m_inTransaction = true;
    // MySQL wants DROP rights for a plain DROP TABLE, even of a missing table.
    for (const QString &table : {kTable, kGuestOrders, kCustomerOrders})
        if (Status st =
                connection.exec(QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1").arg(table));
            !st)
            return st.error();

    const QString with = source.withClause.trimmed();
    QString select = source.selectSql.trimmed();
    while (select.endsWith(QLatin1Char(';')))
        select = select.chopped(1).trimmed();
    const QString sql =
        QStringLiteral(
            "CREATE TEMPORARY TABLE %1 (PRIMARY KEY (seq)) %2 seg_export_source AS (%3) "
            "SELECT ROW_NUMBER() OVER (ORDER BY (m.seg_id IS NULL), m.seg_id, CAST(m.seg_key AS "
            "BINARY)) AS seq, "
            "m.seg_id AS customer_id, m.seg_key AS guest_key "
            "FROM (SELECT DISTINCT customer_id AS seg_id, CASE WHEN customer_id IS NULL THEN "
            "guest_key END AS seg_key "
            "FROM seg_export_source WHERE customer_id IS NOT NULL OR guest_key IS NOT NULL) m")
            .arg(kTable, with.isEmpty() ? QStringLiteral("WITH") : with + QLatin1Char(','), select);
    QSqlQuery create(connection.database());
    if (!create.prepare(sql)) return Error{{}, create.lastError().text(), ErrorCode::Database};
    for (const QVariant &p : source.params)
        create.addBindValue(p);
    if (!create.exec()) return Error{{}, create.lastError().text(), ErrorCode::Database};
    create.finish();

    // The source's guests' latest orders, ranked once (the statement names the page table once:
    // MySQL cannot open a temporary table twice in one statement).
    if (Status st = connection.exec(
            QStringLiteral(
                "CREATE TEMPORARY TABLE %1 (INDEX (seg_key)) SELECT lo.* FROM (%2) lo "
                "WHERE lo.seg_key IN (SELECT guest_key FROM %3 WHERE guest_key IS NOT NULL)")
                .arg(kGuestOrders, MemberExportQuery::latestGuestOrdersSql(schema, columns),
                     kTable));
        !st)
        return st.error();
    if (MemberExportQuery::needsOrderAggregates(columns)) {
        const QString customers =
            QStringLiteral("SELECT customer_id FROM %1 WHERE customer_id IS NOT NULL").arg(kTable);
        if (Status st = connection.exec(
                QStringLiteral("CREATE TEMPORARY TABLE %1 (PRIMARY KEY (customer_id)) %2")
                    .arg(kCustomerOrders, MemberExportQuery::customerOrdersSql(schema, customers)));
            !st)
            return st.error();
    }

    QSqlQuery count(connection.database());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(kTable)) || !count.next())
        return Error{{}, count.lastError().text(), ErrorCode::Database};
    pages->m_count = count.value(0).toLongLong();
    return pages;
}

ExportPages::~ExportPages()
{
    release();
}

void ExportPages::release()
{
    if (m_inTransaction) (void)m_connection.exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
    for (const QString &table : {kTable, kGuestOrders, kCustomerOrders})
        (void)m_connection.exec(QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1").arg(table));
}

MemberSource ExportPages::page(qint64 offset, qint64 size) const
{
    return MemberSource::fromSelect(
        QStringLiteral("SELECT customer_id, guest_key FROM %1 WHERE seq > ? AND seq <= ?")
            .arg(kTable),
        {offset, offset + size});
}

Result<CompiledQuery> ExportPages::statement(qint64 offset, qint64 size) const
{
    return MemberExportQuery::buildPage(m_schema, page(offset, size), m_columns, kGuestOrders,
                                        kCustomerOrders);
}

} // namespace seg
