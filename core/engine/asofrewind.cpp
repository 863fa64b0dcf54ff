#include "engine/asofrewind.h"

#include "definition/valueparsing.h"

namespace seg {

const QList<RewoundTable> &rewoundTables()
{
    // customer_log holds one row per customer, moved at each login: a login after T hides the
    // earlier ones, so such a customer has no last login as of T.
    static const QList<RewoundTable> tables = {{"customer_entity", "created_at"},
                                               {"customer_log", "last_login_at"},
                                               {"sales_order", "created_at"},
                                               {"quote", "created_at"},
                                               {"quote_item", "created_at"},
                                               {"wishlist_item", "added_at"},
                                               {"report_viewed_product_index", "added_at"}};
    return tables;
}

QString rewoundName(const char *table)
{
    return QStringLiteral("seg_asof_") + QString::fromLatin1(table);
}

SqlText rewindCtes(const StoreSchema &schema, const SqlDialect &dialect, const QDateTime &asOf)
{
    // MySQL/MariaDB merge a simple CTE into the query that reads it; the others are told to.
    const QString hint =
        dialect.dialect() == Dialect::MySql ? QString() : QStringLiteral("NOT MATERIALIZED ");
    QList<SqlText> ctes;
    for (const RewoundTable &r : rewoundTables())
        ctes << SqlText(QStringLiteral("%1 AS %2(SELECT * FROM %3 WHERE %4 <= ?)")
                            .arg(rewoundName(r.table), hint,
                                 schema.table(QString::fromLatin1(r.table)),
                                 QString::fromLatin1(r.timeColumn)),
                        {formatTimestamp(asOf)});
    return joinSql(ctes, QStringLiteral(", "));
}

StoreSchema rewoundSchema(const StoreSchema &schema)
{
    StoreSchema out = schema;
    for (const RewoundTable &r : rewoundTables())
        out.setTableOverride(QString::fromLatin1(r.table), rewoundName(r.table));
    return out;
}

} // namespace seg
