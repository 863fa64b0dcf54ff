#include "export/membercolumnsql.h"

namespace seg {

namespace {

bool isBilling(const QString &id)
{
    return !ExportColumns::billingAddressColumn(id).isEmpty();
}

bool isOrderAggregate(const QString &id)
{
    return id == QLatin1String("orders") || id == QLatin1String("lifetime_sales") ||
           id == QLatin1String("last_order_at");
}

} // namespace

MemberColumnSql::MemberColumnSql(const StoreSchema &schema)
    : m_schema(schema), m_dialect(schema.dialect(), schema.foldCollation())
{
}

MemberJoins MemberColumnSql::joinsFor(const QStringList &ids)
{
    MemberJoins joins;
    for (const QString &id : ids) {
        if (id == QLatin1String("email")) joins |= MemberJoin::Customer | MemberJoin::GuestOrders;
        if (id == QLatin1String("firstname") || id == QLatin1String("lastname"))
            joins |= MemberJoin::Customer | MemberJoin::GuestOrders;
        if (id == QLatin1String("group")) joins |= MemberJoin::Customer | MemberJoin::Group;
        if (id == QLatin1String("website"))
            joins |= MemberJoin::Customer | MemberJoin::Website | MemberJoin::GuestOrders;
        if (id == QLatin1String("created_at")) joins |= MemberJoin::Customer;
        if (isBilling(id))
            joins |= MemberJoin::Customer | MemberJoin::Billing | MemberJoin::GuestOrders;
        if (isOrderAggregate(id)) joins |= MemberJoin::CustomerOrders | MemberJoin::GuestOrders;
    }
    return joins;
}

SqlDialect::ValueType MemberColumnSql::valueType(ExportColumnType type)
{
    switch (type) {
    case ExportColumnType::Text:
        return SqlDialect::ValueType::Text;
    case ExportColumnType::Integer:
        return SqlDialect::ValueType::Integer;
    case ExportColumnType::Money:
        return SqlDialect::ValueType::Decimal;
    case ExportColumnType::DateTime:
        return SqlDialect::ValueType::Timestamp;
    }
    return SqlDialect::ValueType::Text;
}

QString MemberColumnSql::none(const QString &id) const
{
    const std::optional<ExportColumn> column = ExportColumns::find(id);
    return m_dialect.typedNull(valueType(column ? column->type : ExportColumnType::Text));
}

QString MemberColumnSql::registered(const QString &id, const QString &customerId) const
{
    if (id == ExportColumns::memberId()) return m_dialect.castToText(customerId);
    if (id == QLatin1String("customer_id")) return customerId;
    if (id == QLatin1String("email")) return QStringLiteral("c.email");
    if (id == QLatin1String("firstname")) return QStringLiteral("c.firstname");
    if (id == QLatin1String("lastname")) return QStringLiteral("c.lastname");
    if (id == QLatin1String("group")) return QStringLiteral("g.customer_group_code");
    if (id == QLatin1String("website")) return QStringLiteral("w.name");
    if (id == QLatin1String("created_at")) return QStringLiteral("c.created_at");
    if (const QString billing = ExportColumns::billingAddressColumn(id); !billing.isEmpty())
        return QStringLiteral("ba.") + billing;
    if (id == QLatin1String("orders")) return QStringLiteral("COALESCE(oa.seg_n, 0)");
    if (id == QLatin1String("lifetime_sales"))
        return QStringLiteral("COALESCE(%1, %2)")
            .arg(m_dialect.roundMoney(QStringLiteral("oa.seg_s")), m_dialect.zeroDecimal());
    if (id == QLatin1String("last_order_at")) return QStringLiteral("oa.seg_l");
    return none(id);
}

QString MemberColumnSql::guest(const QString &id, const QString &guestKey) const
{
    if (id == ExportColumns::memberId()) return guestKey;
    if (id == QLatin1String("email"))
        return QStringLiteral("COALESCE(lo.seg_email, %1)").arg(guestKey);
    if (id == QLatin1String("firstname")) return QStringLiteral("lo.seg_firstname");
    if (id == QLatin1String("lastname")) return QStringLiteral("lo.seg_lastname");
    if (id == QLatin1String("group")) return QStringLiteral("gg.customer_group_code");
    if (id == QLatin1String("website")) return QStringLiteral("gw.name");
    if (const QString billing = ExportColumns::billingAddressColumn(id); !billing.isEmpty())
        return QStringLiteral("gba.") + billing;
    if (id == QLatin1String("orders")) return QStringLiteral("COALESCE(lo.seg_n, 0)");
    if (id == QLatin1String("lifetime_sales"))
        return QStringLiteral("COALESCE(%1, %2)")
            .arg(m_dialect.roundMoney(QStringLiteral("lo.seg_s")), m_dialect.zeroDecimal());
    if (id == QLatin1String("last_order_at")) return QStringLiteral("lo.seg_l");
    return none(id); // customer_id, created_at: registered customers only
}

QString MemberColumnSql::value(const QString &id, const QString &customerId,
                               const QString &guestKey) const
{
    if (id == QLatin1String("customer_id")) return customerId;
    return QStringLiteral("(CASE WHEN %1 IS NOT NULL THEN %2 ELSE %3 END)")
        .arg(customerId, registered(id, customerId), guest(id, guestKey));
}

SqlText MemberColumnSql::registeredJoins(MemberJoins joins, const QString &customerId,
                                         const SqlText &orders) const
{
    SqlText sql;
    if (joins & MemberJoin::Customer)
        sql += SqlText(QStringLiteral(" LEFT JOIN %1 c ON c.entity_id = %2")
                           .arg(t("customer_entity"), customerId));
    if (joins & MemberJoin::Group)
        sql += SqlText(QStringLiteral(" LEFT JOIN %1 g ON g.customer_group_id = c.group_id")
                           .arg(t("customer_group")));
    if (joins & MemberJoin::Website)
        sql += SqlText(QStringLiteral(" LEFT JOIN %1 w ON w.website_id = c.website_id")
                           .arg(t("store_website")));
    if (joins & MemberJoin::Billing)
        sql += SqlText(QStringLiteral(" LEFT JOIN %1 ba ON ba.entity_id = c.default_billing "
                                      "AND ba.parent_id = c.entity_id")
                           .arg(t("customer_address_entity")));
    if (joins & MemberJoin::CustomerOrders)
        sql += SqlText(QStringLiteral(" LEFT JOIN ")) + orders +
               SqlText(QStringLiteral(" oa ON oa.customer_id = %1").arg(customerId));
    return sql;
}

SqlText MemberColumnSql::guestJoins(MemberJoins joins, const QString &guestOnly,
                                    const QString &guestKey, const QString &latest) const
{
    const QString only = guestOnly.isEmpty() ? QString() : guestOnly + QStringLiteral(" AND ");
    SqlText sql;
    if (joins & MemberJoin::Group)
        sql += SqlText(QStringLiteral(" LEFT JOIN %1 gg ON %2gg.customer_group_id = ")
                           .arg(t("customer_group"), only)) +
               SqlText::param(0);
    if (!(joins & MemberJoin::GuestOrders)) return sql;
    sql += SqlText(
        QStringLiteral(" LEFT JOIN %1 lo ON %2lo.seg_key = %3").arg(latest, only, guestKey));
    if (joins & MemberJoin::Website)
        sql += SqlText(QStringLiteral(" LEFT JOIN %1 st ON st.store_id = lo.seg_store_id "
                                      "LEFT JOIN %2 gw ON gw.website_id = st.website_id")
                           .arg(t("store"), t("store_website")));
    if (joins & MemberJoin::Billing)
        // The first billing address of the guest's latest order.
        sql += SqlText(QStringLiteral(" LEFT JOIN %1 gba ON gba.entity_id = (SELECT "
                                      "MIN(a.entity_id) FROM %1 a WHERE a.parent_id = "
                                      "lo.seg_order_id AND a.address_type = ")
                           .arg(t("sales_order_address"))) +
               SqlText::param(QStringLiteral("billing")) + SqlText(QStringLiteral(")"));
    return sql;
}

SqlText MemberColumnSql::customerOrders(const SqlText &restrict, const QString &hint) const
{
    return SqlText(QStringLiteral("SELECT customer_id, COUNT(*) AS seg_n, SUM(base_grand_total) "
                                  "AS seg_s, MAX(created_at) AS seg_l FROM %1%2 WHERE ")
                       .arg(t("sales_order"), hint)) +
           restrict + SqlText(QStringLiteral(" GROUP BY customer_id"));
}

QString MemberColumnSql::guestKeyOfOrder() const
{
    return m_dialect.fold(QStringLiteral("o.customer_email"));
}

SqlText MemberColumnSql::latestGuestOrders(const SqlText &restrict, bool aggregates) const
{
    // One window (same partition and order) ranks the orders and aggregates over all of them;
    // the fold is computed once per order in the inner select.
    const QString window =
        QStringLiteral("PARTITION BY seg_key ORDER BY seg_created DESC, (seg_updated IS NULL), "
                       "seg_updated DESC, seg_order_id DESC");
    const QString all = QStringLiteral("ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING");
    const QString sums = aggregates ? QStringLiteral(", COUNT(*) OVER (%1 %2) AS seg_n, "
                                                     "SUM(seg_total) OVER (%1 %2) AS seg_s, "
                                                     "MAX(seg_created) OVER (%1 %2) AS seg_l")
                                          .arg(window, all)
                                    : QString();
    SqlText sql(QStringLiteral(
                    "SELECT * FROM (SELECT seg_orders.*, ROW_NUMBER() OVER (%1) AS seg_rank%2 FROM "
                    "(SELECT o.entity_id AS seg_order_id, o.store_id AS seg_store_id, "
                    "o.customer_email AS seg_email, o.customer_firstname AS seg_firstname, "
                    "o.customer_lastname AS seg_lastname, %3 AS seg_key, o.created_at AS "
                    "seg_created, o.updated_at AS seg_updated, o.base_grand_total AS seg_total "
                    "FROM %4 o WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL) "
                    "seg_orders")
                    .arg(window, sums, guestKeyOfOrder(), t("sales_order")));
    if (!restrict.sql.isEmpty()) sql += SqlText(QStringLiteral(" WHERE ")) + restrict;
    sql += SqlText(QStringLiteral(") seg_ranked WHERE seg_rank = 1"));
    return sql;
}

} // namespace seg
