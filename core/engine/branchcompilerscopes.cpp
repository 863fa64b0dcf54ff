// The branch compiler's scopes over related rows: addresses, orders and ordered products (see
// branchcompiler.h).
#include "engine/branchcompiler.h"

#include "engine/branchcompilerdetail.h"

#include <QJsonArray>

namespace seg {

using namespace branchdetail;

// ---- scopes over related rows --------------------------------------------------------------

Result<BoolSql> BranchCompiler::rowPredicate(const ConditionNode &node, const QString &entity,
                                             const ValueLookup &lookup,
                                             const QString &itemProductId)
{
    if (node.isGroup()) // the scope itself, or a combine inside it: its children judge one row
        return combineChildren(node, [&](const ConditionNode &child) {
            return rowPredicate(child, entity, lookup, itemProductId);
        });
    const AttributeSpec *spec = ConditionCatalog::instance().attribute(entity, node.attribute);
    if (!spec) return unknownAttribute(node);
    if (entity == QLatin1String("product") && node.attribute == QLatin1String("category_id"))
        return categoryTest(node, itemProductId);
    if (entity == QLatin1String("order")) {
        // Values on the order's own related row: one set of order ids, built once from that
        // table, instead of a subquery per order (twice: the value and its NULL test), each a
        // random read into the big table.
        const QString &a = node.attribute;
        if (a == QLatin1String("payment_method"))
            return orderRowValueTest(node, *spec, t("sales_order_payment"), {}, {},
                                     QStringLiteral("method"));
        if (a == QLatin1String("billing_country_id") || a == QLatin1String("shipping_country_id")) {
            const QString type = a.startsWith(QLatin1String("billing"))
                                     ? QStringLiteral("billing")
                                     : QStringLiteral("shipping");
            return orderRowValueTest(node, *spec, t("sales_order_address"),
                                     QStringLiteral("%1.address_type = ?"), {type},
                                     QStringLiteral("country_id"));
        }
    }
    return leaf(node, *spec, lookup);
}

BoolSql BranchCompiler::orderRowValueTest(const ConditionNode &node, const AttributeSpec &spec,
                                          const QString &table, const QString &filter,
                                          const QVariantList &filterParams,
                                          const QString &valueColumn) const
{
    // The order's value is the least of its rows' (one row per order in Magento); an order
    // without a row, or whose rows have no value, has a missing value.
    const bool holdsWithoutRow =
        *m_comparisons.compile(ValueExpr::missing(), spec, node.test).constant;
    const auto rowFilter = [&](const QString &alias) {
        return filter.isEmpty()
                   ? SqlText()
                   : SqlText(QStringLiteral(" AND ") + filter.arg(alias), filterParams);
    };
    if (m_dialect.dialect() == Dialect::PostgreSql && m_kind == MemberKind::Guest &&
        !holdsWithoutRow) {
        // PostgreSQL estimates a folded string test at 0.5 % of the rows and probed such a set
        // in a nested loop over the guest orders; a guest order's own row, looked up through
        // the parent_id index, stays one index read per guest order. (NOT IN below is a hashed
        // set whatever the estimate: two lookups per guest order made it 2x slower.)
        SqlText value = SqlText(QStringLiteral("(SELECT MIN(rv.%1) FROM %2 rv WHERE rv.parent_id "
                                               "= %3")
                                    .arg(valueColumn, table, m_orderId)) +
                        rowFilter(QStringLiteral("rv")) + SqlText(QStringLiteral(")"));
        return m_comparisons.compile(ValueExpr{value, true, false}, spec, node.test);
    }
    SqlText keys;
    if (m_dialect.dialect() != Dialect::MySql) {
        // The least row itself (no smaller value on the order): SQLite scans the table once
        // and checks the few matching rows through the parent_id index, where a GROUP BY
        // walked that index and read every row out of order; PostgreSQL estimated a grouped
        // set at a few rows and probed it in a nested loop.
        const QString value = QStringLiteral("rv.") + valueColumn;
        const BoolSql onRow = m_comparisons.compile(column(value, false), spec, node.test);
        keys = SqlText(QStringLiteral("SELECT rv.parent_id FROM %1 rv WHERE rv.parent_id IS NOT "
                                      "NULL")
                           .arg(table)) +
               rowFilter(QStringLiteral("rv")) +
               SqlText(QStringLiteral(" AND %1 IS NOT NULL AND ").arg(value)) +
               (holdsWithoutRow ? sqlNot(onRow) : onRow).toSql() +
               SqlText(QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 rv2 WHERE rv2.parent_id "
                                      "= rv.parent_id")
                           .arg(table)) +
               rowFilter(QStringLiteral("rv2")) +
               SqlText(QStringLiteral(" AND rv2.%1 < %2)").arg(valueColumn, value));
    } else {
        // MariaDB materializes the grouped set once (a semi-join on the least row drove the
        // join from the orders, one payment lookup per order).
        const QString value = QStringLiteral("MIN(rv.%1)").arg(valueColumn);
        const BoolSql onGroup = m_comparisons.compile(column(value), spec, node.test);
        keys = SqlText(QStringLiteral("SELECT rv.parent_id FROM %1 rv WHERE rv.parent_id IS NOT "
                                      "NULL")
                           .arg(table)) +
               rowFilter(QStringLiteral("rv")) +
               SqlText(QStringLiteral(" GROUP BY rv.parent_id HAVING ")) +
               (holdsWithoutRow ? sqlNot(onGroup) : onGroup).toSql();
    }
    return BoolSql::of(
        SqlText(QStringLiteral("%1 %2 (").arg(m_orderId, holdsWithoutRow ? QStringLiteral("NOT IN")
                                                                         : QStringLiteral("IN"))) +
        keys + SqlText(QStringLiteral(")")));
}

BoolSql BranchCompiler::categoryTest(const ConditionNode &node, const QString &productIdExpr)
{
    // Any of the product's own categories matches; != and not_in hold when none does.
    const QString &op = node.test.op;
    const QString base = QStringLiteral("SELECT 1 FROM %1 ccp WHERE ccp.product_id = %2")
                             .arg(t("catalog_category_product"), productIdExpr);
    if (op == QLatin1String("is_empty"))
        return BoolSql::of(SqlText(QStringLiteral("NOT EXISTS (%1)").arg(base)));
    if (op == QLatin1String("is_not_empty"))
        return BoolSql::of(SqlText(QStringLiteral("EXISTS (%1)").arg(base)));
    const bool negative = ConditionCatalog::isNegativeOperator(op);
    Comparison positive = node.test;
    if (op == QLatin1String("!="))
        positive.op = QStringLiteral("==");
    else if (op == QLatin1String("not_in"))
        positive.op = QStringLiteral("in");
    AttributeSpec idSpec;
    idSpec.kind = ValueKind::Id;
    const BoolSql test =
        m_comparisons.compile(column(QStringLiteral("ccp.category_id"), false), idSpec, positive);
    if (m_dialect.dialect() == Dialect::MySql) {
        // MariaDB: a semi-join on the category's products, materialized once, rather than a
        // lookup per item row (2.5x on cart products). Never NULL: a row without a product is
        // in no category.
        const SqlText in =
            SqlText(QStringLiteral("(%1 IS NOT NULL AND %1 IN (SELECT ccp.product_id FROM %2 ccp "
                                   "WHERE ")
                        .arg(productIdExpr, t("catalog_category_product"))) +
            test.toSql() + SqlText(QStringLiteral("))"));
        return negative ? sqlNot(BoolSql::of(in)) : BoolSql::of(in);
    }
    const SqlText exists = SqlText(QStringLiteral("EXISTS (%1 AND ").arg(base)) + test.toSql() +
                           SqlText(QStringLiteral(")"));
    return negative ? sqlNot(BoolSql::of(exists)) : BoolSql::of(exists);
}

Result<BoolSql> BranchCompiler::addressScope(const ConditionNode &node)
{
    const ValueLookup rowValue = [](const ConditionNode &n) -> Result<ValueExpr> {
        if (!kAddressColumns.contains(n.attribute)) return unknownAttribute(n);
        return column(QStringLiteral("a.") + n.attribute);
    };
    const ValueLookup missingValue = [](const ConditionNode &) -> Result<ValueExpr> {
        return ValueExpr::missing();
    };

    // A member with no address of the kind is judged as one address with every value missing.
    Result<BoolSql> whenMissing = rowPredicate(node, QStringLiteral("address"), missingValue);
    if (!whenMissing) return whenMissing.error();

    if (m_kind == MemberKind::Registered && node.addressKind != QLatin1String("any")) {
        // At most one row: the default address, joined directly; its absence reads as NULLs.
        const QString key = node.addressKind == QLatin1String("billing")
                                ? QStringLiteral("default_billing")
                                : QStringLiteral("default_shipping");
        const QString alias = namedJoin(
            QStringLiteral("address:") + key, QStringLiteral("ad"), [&](const QString &alias) {
                return SqlText(QStringLiteral("LEFT JOIN %1 %2 ON %2.entity_id = c.%3")
                                   .arg(t("customer_address_entity"), alias, key));
            });
        return rowPredicate(node, QStringLiteral("address"),
                            [&](const ConditionNode &n) -> Result<ValueExpr> {
                                if (!kAddressColumns.contains(n.attribute))
                                    return unknownAttribute(n);
                                return column(alias + QLatin1Char('.') + n.attribute);
                            });
    }

    Result<BoolSql> perRow = rowPredicate(node, QStringLiteral("address"), rowValue);
    if (!perRow) return perRow.error();
    SqlText rows;
    QString rowOwner;
    if (m_kind == MemberKind::Registered) {
        rows = SqlText(QStringLiteral("FROM %1 a WHERE a.parent_id IS NOT NULL")
                           .arg(t("customer_address_entity")));
        rowOwner = QStringLiteral("a.parent_id");
    } else {
        rows = SqlText(QStringLiteral("FROM %1 a JOIN guest_orders go ON go.order_id = a.parent_id")
                           .arg(t("sales_order_address")));
        if (node.addressKind != QLatin1String("any"))
            rows += SqlText(QStringLiteral(" WHERE a.address_type = ?"), {node.addressKind});
        else
            rows += SqlText(QStringLiteral(" WHERE a.parent_id IS NOT NULL"));
        rowOwner = QStringLiteral("go.guest_key");
    }
    // Some address matches (a semi-join), or the member has none and the missing values pass.
    const SqlText keys = SqlText(QStringLiteral("SELECT %1 ").arg(rowOwner)) + rows;
    const BoolSql someRowMatches =
        ownerIn(keys + SqlText(QStringLiteral(" AND ")) + perRow->toSql());
    if (whenMissing->constant && !*whenMissing->constant) return someRowMatches;
    return sqlOr({someRowMatches, sqlAnd({ownerIn(keys, true), *whenMissing})});
}

Result<BoolSql> BranchCompiler::ordersScope(const ConditionNode &node)
{
    const AttributeSpec *metric = ConditionCatalog::instance().metric(node.metric);
    if (!metric)
        return Error{{},
                     QStringLiteral("unknown metric \"%1\"").arg(node.metric),
                     ErrorCode::InvalidDefinition};
    if (m_state.facts && factsServe(node)) {
        ++m_state.ordersFromFacts;
        return ordersFromFacts(node, *metric);
    }
    ++m_state.ordersDirect;

    bool readsOrderRow = false; // a column of the order row itself is read
    const ValueLookup orderValue = [&](const ConditionNode &n) -> Result<ValueExpr> {
        const QString &a = n.attribute;
        readsOrderRow = true;
        static const QHash<QString, QString> direct = {
            {"status", "o.status"},
            {"state", "o.state"},
            {"created_at", "o.created_at"},
            {"days_since_created", "o.created_at"},
            {"updated_at", "o.updated_at"},
            {"store_id", "o.store_id"},
            {"order_currency_code", "o.order_currency_code"},
            {"shipping_method", "o.shipping_method"},
            {"coupon_code", "o.coupon_code"},
            {"grand_total", "o.base_grand_total"},
            {"subtotal", "o.base_subtotal"},
            {"total_qty_ordered", "o.total_qty_ordered"}};
        if (direct.contains(a)) return column(direct.value(a));
        // Amounts an order does not carry are 0, not missing; discount is stored negative.
        if (a == QLatin1String("tax_amount"))
            return column(QStringLiteral("COALESCE(o.base_tax_amount, 0)"), false);
        if (a == QLatin1String("shipping_amount"))
            return column(QStringLiteral("COALESCE(o.base_shipping_amount, 0)"), false);
        if (a == QLatin1String("discount_amount"))
            return column(QStringLiteral("(0 - COALESCE(o.base_discount_amount, 0))"), false);
        if (a == QLatin1String("total_refunded"))
            return column(QStringLiteral("COALESCE(o.base_total_refunded, 0)"), false);
        return unknownAttribute(n);
    };
    // PostgreSQL's guests keep the order row joined: without it, the planner estimated the
    // guest orders passing a folded test on a related row at one row and probed the guests'
    // anti-join with the customers in a nested loop.
    const bool keepOrderRow =
        m_kind == MemberKind::Registered || m_dialect.dialect() == Dialect::PostgreSql;
    m_orderId = keepOrderRow ? QStringLiteral("o.entity_id") : QStringLiteral("go.order_id");
    Result<BoolSql> perOrder = rowPredicate(node, QStringLiteral("order"), orderValue);
    if (!perOrder) return perOrder.error();

    static const QHash<QString, QString> sums = {{"lifetime_sales", "o.base_grand_total"},
                                                 {"lifetime_refunds", "o.base_total_refunded"},
                                                 {"purchased_qty", "o.total_qty_ordered"},
                                                 {"total_discount", "(0 - o.base_discount_amount)"},
                                                 {"total_shipping", "o.base_shipping_amount"},
                                                 {"total_tax", "o.base_tax_amount"}};
    const QString &m = node.metric;
    QString aggregate;
    bool zeroWhenNone = true;
    if (m == QLatin1String("number_of_orders")) {
        aggregate = QStringLiteral("COUNT(*)");
    } else if (sums.contains(m)) {
        aggregate = m_dialect.roundMoney(QStringLiteral("SUM(COALESCE(%1, 0))").arg(sums.value(m)));
    } else if (m == QLatin1String("average_order_value")) {
        aggregate =
            QStringLiteral("(%1 / COUNT(*))")
                .arg(m_dialect.roundMoney(QStringLiteral("SUM(COALESCE(o.base_grand_total, 0))")));
        zeroWhenNone = false;
    } else if (m == QLatin1String("first_order_date") ||
               m == QLatin1String("days_since_first_order")) {
        aggregate = QStringLiteral("MIN(o.created_at)");
        zeroWhenNone = false;
    } else {
        aggregate = QStringLiteral("MAX(o.created_at)");
        zeroWhenNone = false;
    }

    SqlText rows;
    QString rowOwner;
    const bool countOnly = m == QLatin1String("number_of_orders");
    if (m_kind == MemberKind::Registered) {
        rows = SqlText(
            QStringLiteral("FROM %1 o WHERE o.customer_id IS NOT NULL AND ").arg(t("sales_order")));
        rowOwner = QStringLiteral("o.customer_id");
    } else if (countOnly && (perOrder->constant || (!readsOrderRow && !keepOrderRow))) {
        rows = SqlText(
            QStringLiteral("FROM guest_orders go WHERE ")); // no column of the order is read
        rowOwner = QStringLiteral("go.guest_key");
    } else {
        rows = SqlText(
            QStringLiteral("FROM guest_orders go JOIN %1 o ON o.entity_id = go.order_id WHERE ")
                .arg(t("sales_order")));
        rowOwner = QStringLiteral("go.guest_key");
    }
    rows += perOrder->toSql();
    // A member without counted orders has 0 orders and sums of 0; averages and dates are missing.
    const bool holdsWithoutOrders =
        zeroWhenNone ? holdsForNumber(0, *metric, node.test)
                     : *m_comparisons.compile(ValueExpr::missing(), *metric, node.test).constant;
    const BoolSql onGroup =
        m_comparisons.compile(column(aggregate, !zeroWhenNone), *metric, node.test);
    const CountShape shape = countOnly ? countShape(*metric, node.test) : CountShape{};
    return rowSetTest(rows, rowOwner, onGroup, holdsWithoutOrders, shape.allPositive,
                      shape.nonePositive);
}

Result<BoolSql> BranchCompiler::productsScope(const ConditionNode &node)
{
    const QString &source = node.source;
    AttributeSpec countSpec;
    countSpec.kind = ValueKind::Number;
    const Comparison count =
        !node.found ? Comparison{QStringLiteral("=="), QJsonValue(0)}
                    : node.count.value_or(Comparison{QStringLiteral(">="), QJsonValue(1)});

    if (m_kind == MemberKind::Guest &&
        source != QLatin1String("ordered")) // guests have no cart, wishlist or views
        return m_comparisons.compile(column(QStringLiteral("0"), false), countSpec, count);

    QHash<QString, QString> columns; // product attribute -> expression on the item row
    SqlText rows;
    SqlText
        rowsWhere; // wishlist and viewed: after the catalog joins, when a product column is read
    QString rowOwner;
    const QString catalogJoins =
        QStringLiteral(" LEFT JOIN %1 pe ON pe.entity_id = i.product_id LEFT JOIN %2 pn ON "
                       "pn.entity_id = i.product_id "
                       "AND pn.attribute_id = ? AND pn.store_id = 0")
            .arg(t("catalog_product_entity"), t("catalog_product_entity_varchar"));
    const QVariant nameAttribute = QVariant::fromValue(qint64(m_schema.productNameAttributeId()));
    if (source == QLatin1String("ordered")) {
        columns = {{"sku", "i.sku"},
                   {"name", "i.name"},
                   {"product_id", "i.product_id"},
                   {"product_type", "i.product_type"},
                   {"price", "i.price"},
                   {"qty", "i.qty_ordered"},
                   {"ordered_at", "o.created_at"},
                   {"order_status", "o.status"}};
        if (m_kind == MemberKind::Registered) {
            rows = SqlText(QStringLiteral("FROM %1 i JOIN %2 o ON o.entity_id = i.order_id WHERE "
                                          "i.parent_item_id IS NULL AND o.customer_id IS NOT NULL")
                               .arg(t("sales_order_item"), t("sales_order")));
            rowOwner = QStringLiteral("o.customer_id");
        } else {
            rows = SqlText(QStringLiteral("FROM %1 i JOIN guest_orders go ON go.order_id = "
                                          "i.order_id JOIN %2 o ON o.entity_id = i.order_id "
                                          "WHERE i.parent_item_id IS NULL")
                               .arg(t("sales_order_item"), t("sales_order")));
            rowOwner = QStringLiteral("go.guest_key");
        }
    } else if (source == QLatin1String("cart")) {
        columns = {{"sku", "i.sku"},
                   {"name", "i.name"},
                   {"product_id", "i.product_id"},
                   {"product_type", "i.product_type"},
                   {"price", "i.price"},
                   {"qty", "i.qty"}};
        rows = SqlText(
            QStringLiteral(
                "FROM %1 i JOIN %2 cc ON cc.entity_id = i.quote_id WHERE i.parent_item_id IS NULL")
                .arg(t("quote_item"), currentCartSql()));
        rowOwner = QStringLiteral("cc.customer_id");
    } else if (source == QLatin1String("wishlist")) {
        columns = {{"sku", "pe.sku"},
                   {"name", "pn.value"},
                   {"product_id", "i.product_id"},
                   {"product_type", "pe.type_id"},
                   {"qty", "i.qty"},
                   {"added_at", "i.added_at"}};
        rows = SqlText(QStringLiteral("FROM %1 i JOIN %2 w ON w.wishlist_id = i.wishlist_id")
                           .arg(t("wishlist_item"), t("wishlist")));
        rowsWhere = SqlText(QStringLiteral(" WHERE w.customer_id IS NOT NULL"));
        rowOwner = QStringLiteral("w.customer_id");
    } else { // viewed
        columns = {{"sku", "pe.sku"},
                   {"name", "pn.value"},
                   {"product_id", "i.product_id"},
                   {"product_type", "pe.type_id"},
                   {"viewed_at", "i.added_at"}};
        rows = SqlText(QStringLiteral("FROM %1 i").arg(t("report_viewed_product_index")));
        rowsWhere = SqlText(QStringLiteral(" WHERE i.customer_id IS NOT NULL"));
        rowOwner = QStringLiteral("i.customer_id");
    }

    bool readsCatalog = false;
    Result<BoolSql> perItem = rowPredicate(
        node, QStringLiteral("product"),
        [&](const ConditionNode &n) -> Result<ValueExpr> {
            if (!columns.contains(n.attribute))
                return Error{
                    {},
                    QStringLiteral("product attribute \"%1\" is not available for source \"%2\"")
                        .arg(n.attribute, source),
                    ErrorCode::InvalidDefinition};
            const QString expr = columns.value(n.attribute);
            readsCatalog = readsCatalog || expr.startsWith(QLatin1String("pe.")) ||
                           expr.startsWith(QLatin1String("pn."));
            return column(expr);
        },
        QStringLiteral("i.product_id"));
    if (!perItem) return perItem.error();
    // The catalog rows only when a product column of them is read (a count of the items or a
    // test on the item's own columns needs neither join).
    if (readsCatalog) rows += SqlText(catalogJoins, {nameAttribute});
    rows += rowsWhere;

    // What is counted ("of"): item rows, their quantity, their base row totals, or the
    // distinct orders with a matching item. Sums over no rows are 0, like a count.
    QString aggregate = QStringLiteral("COUNT(*)");
    const QString &of = node.countOf;
    if (!of.isEmpty() && !ConditionCatalog::countOfSources(of).contains(source))
        return Error{
            {},
            QStringLiteral("\"of\": \"%1\" applies only to source %2 (got \"%3\")")
                .arg(of, ConditionCatalog::countOfSources(of).join(QStringLiteral(", ")), source),
            ErrorCode::InvalidDefinition};
    if (of == QLatin1String("qty"))
        aggregate = m_dialect.roundMoney(
            QStringLiteral("SUM(COALESCE(%1, 0))").arg(columns.value(QStringLiteral("qty"))));
    else if (of == QLatin1String("amount"))
        aggregate = m_dialect.roundMoney(QStringLiteral("SUM(COALESCE(i.base_row_total, 0))"));
    else if (of == QLatin1String("orders"))
        aggregate = QStringLiteral("COUNT(DISTINCT i.order_id)");
    const bool isSum = of == QLatin1String("qty") || of == QLatin1String("amount");
    const BoolSql onGroup = m_comparisons.compile(column(aggregate, false), countSpec, count);
    // A member with matching rows has a count of 1 or more, but a sum may still be 0.
    const CountShape shape = isSum ? CountShape{} : countShape(countSpec, count);
    return rowSetTest(rows + SqlText(QStringLiteral(" AND ")) + perItem->toSql(), rowOwner, onGroup,
                      holdsForNumber(0, countSpec, count), shape.allPositive, shape.nonePositive);
}

} // namespace seg
