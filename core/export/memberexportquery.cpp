#include "export/memberexportquery.h"

#include "export/membercolumnsql.h"

namespace seg {

namespace {

QString withoutTrailingSemicolons(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(QLatin1Char(';')))
        sql = sql.chopped(1).trimmed();
    return sql;
}

} // namespace

MemberSource memberSourceFrom(const SqlCompiler::Parts &parts)
{
    return MemberSource{parts.with.sql.trimmed(), parts.body.sql,
                        parts.with.params + parts.body.params};
}

// ---------------------------------------------------------------------------------------
// The export statement: the member-column table's values and joins over the source's members.

namespace {

QStringList idsOf(const QList<ExportColumn> &columns)
{
    QStringList ids;
    for (const ExportColumn &c : columns)
        ids << c.id;
    return ids;
}

class Builder
{
public:
    Builder(const StoreSchema &schema, const QList<ExportColumn> &columns,
            QString guestOrdersTable = {}, QString customerOrdersTable = {})
        : m_schema(schema), m_table(schema), m_columns(columns),
          m_joins(MemberColumnSql::joinsFor(idsOf(columns))),
          m_guestOrdersTable(std::move(guestOrdersTable)),
          m_customerOrdersTable(std::move(customerOrdersTable))
    {
    }

    Result<CompiledQuery> build(const MemberSource &source) const
    {
        if (source.selectSql.trimmed().isEmpty())
            return Error{{}, QStringLiteral("the member source has no query"), ErrorCode::Internal};
        const Dialect d = m_schema.dialect();
        if (d == Dialect::MySql) return buildSinglePass(source);
        const QString mat = m_table.dialect().materialized();

        // SQLite and PostgreSQL materialize a CTE once however often it is read: the member
        // set drives two arms (registered customers, guests), each only touching its members'
        // rows.
        SqlText sql = sourceCtes(source, mat);
        sql += SqlText(QStringLiteral(", "));
        sql +=
            SqlText(QStringLiteral(
                        "seg_export_guests AS %1(SELECT DISTINCT guest_key FROM seg_export_source "
                        "WHERE customer_id IS NULL AND guest_key IS NOT NULL)")
                        .arg(mat));
        if (m_joins & MemberJoin::GuestOrders)
            sql += SqlText(QStringLiteral(", seg_export_latest AS %1(").arg(mat)) +
                   m_table.latestGuestOrders(
                       SqlText(QStringLiteral(
                           "seg_orders.seg_key IN (SELECT guest_key FROM seg_export_guests)")),
                       needsOrders()) +
                   SqlText(QStringLiteral(")"));
        sql += SqlText(QStringLiteral(" "));

        const QList<SqlText> arms{registeredArm(), guestArm()};
        if (d == Dialect::Sqlite) {
            // One mixed-type sort column (integers sort before text in SQLite), so the
            // registered arm streams in id order and the compound query merges sorted arms.
            sql += joinSql(arms, QStringLiteral(" UNION ALL "));
            sql += SqlText(QStringLiteral(" ORDER BY %1").arg(m_columns.size() + 1));
        } else { // PostgreSQL: guest keys in code-point order whatever the database's collation
            sql += SqlText(QStringLiteral("SELECT * FROM ("));
            sql += joinSql(arms, QStringLiteral(" UNION ALL "));
            sql += SqlText(QStringLiteral(") seg_rows ORDER BY seg_kind, seg_id, seg_key"));
        }
        return CompiledQuery{sql.sql, sql.params};
    }

    bool needsOrders() const { return bool(m_joins & MemberJoin::CustomerOrders); }

private:
    // The source's own CTEs lead, then it becomes seg_export_source. Parameters stay in text order.
    static SqlText sourceCtes(const MemberSource &source, const QString &materialized)
    {
        SqlText sql;
        const QString with = source.withClause.trimmed();
        sql += SqlText(with.isEmpty() ? QStringLiteral("WITH ") : with + QStringLiteral(", "));
        sql += SqlText(QStringLiteral("seg_export_source AS %1(").arg(materialized) +
                           withoutTrailingSemicolons(source.selectSql) + QStringLiteral(")"),
                       source.params);
        return sql;
    }

    // MySQL/MariaDB: MariaDB evaluates a CTE again for every reference, and the source is
    // often the expensive compiled definition; so it is read exactly once, in one pass over
    // its distinct members with LEFT JOINs for both kinds. MariaDB computes the per-customer
    // order aggregate lazily for the joined customers (split materialization).
    Result<CompiledQuery> buildSinglePass(const MemberSource &source) const
    {
        SqlText sql = sourceCtes(source, QString());
        QStringList select;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            select << QStringLiteral("%1 AS seg_c%2")
                          .arg(m_table.value(m_columns[i].id, QStringLiteral("m.seg_id"),
                                             QStringLiteral("m.seg_key")))
                          .arg(i);
        sql += SqlText(
            QStringLiteral(" SELECT ") + select.join(QStringLiteral(", ")) +
            QStringLiteral(
                " FROM (SELECT DISTINCT customer_id AS seg_id, CASE WHEN customer_id IS NULL THEN "
                "guest_key END AS seg_key "
                "FROM seg_export_source WHERE customer_id IS NOT NULL OR guest_key IS NOT NULL) "
                "m"));
        const SqlText orders =
            m_customerOrdersTable.isEmpty()
                ? SqlText(QStringLiteral("(")) +
                      m_table.customerOrders(SqlText(QStringLiteral("customer_id IS NOT NULL"))) +
                      SqlText(QStringLiteral(")"))
                : SqlText(m_customerOrdersTable);
        // The customer is always joined: members the store no longer has are skipped.
        sql += m_table.registeredJoins(m_joins | MemberJoin::Customer, QStringLiteral("m.seg_id"),
                                       orders);
        const QString latest =
            m_guestOrdersTable.isEmpty()
                ? QStringLiteral("(%1)").arg(m_table.latestGuestOrders({}, needsOrders()).sql)
                : m_guestOrdersTable;
        sql += m_table.guestJoins(m_joins, QStringLiteral("m.seg_id IS NULL"),
                                  QStringLiteral("m.seg_key"), latest);
        sql += SqlText(
            QStringLiteral(" WHERE m.seg_id IS NULL OR c.entity_id IS NOT NULL"
                           " ORDER BY (m.seg_id IS NULL), m.seg_id, CAST(m.seg_key AS BINARY)"));
        return CompiledQuery{sql.sql, sql.params};
    }

    // The source's customer ids, typed: on PostgreSQL a guests-only source's "NULL AS
    // customer_id" is text.
    QString sourceCustomerIds() const
    {
        return m_schema.dialect() == Dialect::PostgreSql
                   ? QStringLiteral("SELECT CAST(customer_id AS BIGINT) FROM seg_export_source")
                   : QStringLiteral("SELECT customer_id FROM seg_export_source");
    }

    // The member key compares by code point on PostgreSQL, so the union has one collation.
    QString column(const ExportColumn &c, bool registered, const QString &key) const
    {
        const QString v = registered ? m_table.registered(c.id, key) : m_table.guest(c.id, key);
        if (c.id == ExportColumns::memberId() && m_schema.dialect() == Dialect::PostgreSql)
            return m_table.dialect().codePointOrder(v);
        return v;
    }

    QString selectList(bool registered) const
    {
        const QString key =
            registered ? QStringLiteral("c.entity_id") : QStringLiteral("k.guest_key");
        QStringList parts;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            parts << QStringLiteral("%1 AS seg_c%2")
                         .arg(column(m_columns[i], registered, key))
                         .arg(i);
        const SqlDialect &dialect = m_table.dialect();
        if (m_schema.dialect() == Dialect::Sqlite) {
            parts << key + QStringLiteral(" AS seg_sort");
        } else if (registered) {
            parts << QStringLiteral("0 AS seg_kind") << QStringLiteral("c.entity_id AS seg_id")
                  << QStringLiteral("%1 AS seg_key")
                         .arg(dialect.typedNull(SqlDialect::ValueType::Text));
        } else {
            parts << QStringLiteral("1 AS seg_kind")
                  << QStringLiteral("%1 AS seg_id")
                         .arg(dialect.typedNull(SqlDialect::ValueType::Integer))
                  << QStringLiteral("%1 AS seg_key").arg(dialect.codePointOrder(key));
        }
        return QStringLiteral("SELECT ") + parts.join(QStringLiteral(", "));
    }

    SqlText registeredArm() const
    {
        // SQLite: the covering index streams the aggregate in customer order; without it one
        // sequential scan and a sort beat a table lookup per order.
        const QString hint =
            m_schema.dialect() == Dialect::Sqlite && !m_schema.hasOrderCustomerIndex()
                ? QStringLiteral(" NOT INDEXED")
                : QString();
        const SqlText orders =
            SqlText(QStringLiteral("(")) +
            m_table.customerOrders(
                SqlText(QStringLiteral("customer_id IN (%1)").arg(sourceCustomerIds())), hint) +
            SqlText(QStringLiteral(")"));
        SqlText s(
            selectList(true) +
            QStringLiteral(" FROM %1 c").arg(m_schema.table(QStringLiteral("customer_entity"))));
        // The arm is driven by the customer table itself: members it no longer has are skipped.
        s += m_table.registeredJoins(m_joins & ~MemberJoins(MemberJoin::Customer),
                                     QStringLiteral("c.entity_id"), orders);
        s += SqlText(QStringLiteral(" WHERE c.entity_id IN (%1)").arg(sourceCustomerIds()));
        return s;
    }

    SqlText guestArm() const
    {
        SqlText s(selectList(false) + QStringLiteral(" FROM seg_export_guests k"));
        s += m_table.guestJoins(m_joins, {}, QStringLiteral("k.guest_key"),
                                QStringLiteral("seg_export_latest"));
        return s;
    }

    const StoreSchema &m_schema;
    MemberColumnSql m_table;
    QList<ExportColumn> m_columns;
    MemberJoins m_joins;
    QString m_guestOrdersTable;
    QString m_customerOrdersTable;
};

} // namespace

Result<CompiledQuery> MemberExportQuery::build(const StoreSchema &schema,
                                               const MemberSource &source,
                                               const QList<ExportColumn> &columns)
{
    if (columns.isEmpty() || columns.first().id != ExportColumns::memberId())
        return Error{QStringLiteral("columns"), QStringLiteral("the member column must come first"),
                     ErrorCode::InvalidArgument};
    return Builder(schema, columns).build(source);
}

Result<CompiledQuery> MemberExportQuery::buildPage(const StoreSchema &schema,
                                                   const MemberSource &source,
                                                   const QList<ExportColumn> &columns,
                                                   const QString &guestOrdersTable,
                                                   const QString &customerOrdersTable)
{
    if (columns.isEmpty() || columns.first().id != ExportColumns::memberId())
        return Error{QStringLiteral("columns"), QStringLiteral("the member column must come first"),
                     ErrorCode::InvalidArgument};
    if (schema.dialect() != Dialect::MySql)
        return Error{{},
                     QStringLiteral("export pages are only built for MySQL/MariaDB"),
                     ErrorCode::Internal};
    return Builder(schema, columns, guestOrdersTable, customerOrdersTable).build(source);
}

bool MemberExportQuery::needsOrderAggregates(const QList<ExportColumn> &columns)
{
    return bool(MemberColumnSql::joinsFor(idsOf(columns)) & MemberJoin::CustomerOrders);
}

QString MemberExportQuery::customerOrdersSql(const StoreSchema &schema, const QString &customerIds)
{
    QString restrict = QStringLiteral("customer_id IS NOT NULL");
    if (!customerIds.isEmpty())
        restrict += QStringLiteral(" AND customer_id IN (%1)").arg(customerIds);
    return MemberColumnSql(schema).customerOrders(SqlText(restrict)).sql;
}

QString MemberExportQuery::latestGuestOrdersSql(const StoreSchema &schema,
                                                const QList<ExportColumn> &columns)
{
    return MemberColumnSql(schema).latestGuestOrders({}, needsOrderAggregates(columns)).sql;
}

} // namespace seg
