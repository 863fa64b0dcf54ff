#include "store/recommendedindexes.h"

namespace seg {

QStringList RecommendedIndexes::statements(Dialect dialect, const QString &p)
{
    const QString ifNotExists =
        dialect == Dialect::MySql ? QString() : QStringLiteral("IF NOT EXISTS ");
    // MySQL limits index keys to 3072 bytes: text columns are indexed by prefix there.
    const QString name =
        dialect == Dialect::MySql ? QStringLiteral("name(100)") : QStringLiteral("name");
    const QString sku =
        dialect == Dialect::MySql ? QStringLiteral("sku(64)") : QStringLiteral("sku");
    QStringList out = {
        QStringLiteral("CREATE INDEX %1%2SEGMENTOR_ORDER_CUSTOMER ON %2sales_order (customer_id, "
                       "created_at, state, status, base_grand_total, store_id)")
            .arg(ifNotExists, p),
        // The dashboard's sales reports: a period's orders with every column they sum, read
        // in created_at order without a lookup into the wide row per order.
        QStringLiteral("CREATE INDEX %1%2SEGMENTOR_ORDER_PERIOD ON %2sales_order (created_at, "
                       "status, customer_id, customer_email, "
                       "base_grand_total, base_subtotal, base_discount_amount, "
                       "base_shipping_amount, base_tax_amount, "
                       "base_total_refunded, total_qty_ordered)")
            .arg(ifNotExists, p),
        // Guest orders (customer_id IS NULL) with the two columns that make a guest: read from
        // the index alone, where a scan of the wide rows (MariaDB) or a lookup per order
        // (SQLite, PostgreSQL) read every guest order's row.
        QStringLiteral("CREATE INDEX %1%2SEGMENTOR_ORDER_GUEST ON %2sales_order (customer_id, "
                       "customer_email, store_id)")
            .arg(ifNotExists, p),
        QStringLiteral("CREATE INDEX %1%2SEGMENTOR_ITEM_ORDER ON %2sales_order_item (order_id, "
                       "parent_item_id, product_id, %3, %4)")
            .arg(ifNotExists, p, name, sku),
    };
    switch (dialect) {
    case Dialect::Sqlite:
        out << QStringLiteral("ANALYZE");
        break;
    case Dialect::MySql:
        out << QStringLiteral("ANALYZE TABLE %1sales_order, %1sales_order_item").arg(p);
        break;
    case Dialect::PostgreSql:
        out << QStringLiteral("ANALYZE %1sales_order, %1sales_order_item").arg(p);
        break;
    }
    return out;
}

Status RecommendedIndexes::apply(const StoreConnection &connection, const QString &tablePrefix)
{
    for (const QString &sql : statements(connection.dialect(), tablePrefix))
        if (auto st = connection.exec(sql); !st)
            return Error{
                {},
                QStringLiteral("cannot create the recommended indexes: %1").arg(st.error().message),
                ErrorCode::Database};
    return success();
}

} // namespace seg
