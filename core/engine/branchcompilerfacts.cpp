// The orders scope read from Segmentor's member facts (core/facts/memberfactsrepository.h)
// instead of sales_order: one row per member × store view × status × state holds the count,
// the sums and the first and last created_at of those orders, so a test on any of these three
// columns judges every order of the row alike and the aggregates add up to the direct ones.
#include "engine/branchcompiler.h"

#include "engine/branchcompilerdetail.h"

namespace seg {

using namespace branchdetail;

namespace {
const QHash<QString, QString> &factDimensions()
{
    static const QHash<QString, QString> columns = {
        {"status", "fm.status"}, {"state", "fm.state"}, {"store_id", "fm.store_id"}};
    return columns;
}
} // namespace

bool BranchCompiler::factsServe(const ConditionNode &node) const
{
    // created_at and the amounts of one order are not in the facts: such a filter reads the
    // orders themselves.
    for (const ConditionNode &child : node.children) {
        if (!child.enabled) continue; // muted: as if absent
        if (child.isGroup()) {
            if (!factsServe(child)) return false;
            continue;
        }
        if (!factDimensions().contains(child.attribute)) return false;
    }
    return true;
}

Result<BoolSql> BranchCompiler::ordersFromFacts(const ConditionNode &node,
                                                const AttributeSpec &metric)
{
    Result<BoolSql> perRow = rowPredicate(
        node, QStringLiteral("order"), [](const ConditionNode &n) -> Result<ValueExpr> {
            const auto it = factDimensions().constFind(n.attribute);
            if (it == factDimensions().constEnd()) return unknownAttribute(n);
            return column(*it);
        });
    if (!perRow) return perRow.error();

    static const QHash<QString, QString> sums = {
        {"lifetime_sales", "fm.sum_grand_total"}, {"lifetime_refunds", "fm.sum_refunded"},
        {"purchased_qty", "fm.sum_qty"},          {"total_discount", "fm.sum_discount"},
        {"total_shipping", "fm.sum_shipping"},    {"total_tax", "fm.sum_tax"}};
    const QString &m = node.metric;
    QString aggregate;
    bool zeroWhenNone = true;
    if (m == QLatin1String("number_of_orders")) {
        aggregate = QStringLiteral("SUM(fm.order_count)");
    } else if (sums.contains(m)) {
        aggregate = m_dialect.roundMoney(QStringLiteral("SUM(%1)").arg(sums.value(m)));
    } else if (m == QLatin1String("average_order_value")) {
        aggregate = QStringLiteral("(%1 / SUM(fm.order_count))")
                        .arg(m_dialect.roundMoney(QStringLiteral("SUM(fm.sum_grand_total)")));
        zeroWhenNone = false;
    } else if (m == QLatin1String("first_order_date") ||
               m == QLatin1String("days_since_first_order")) {
        aggregate = QStringLiteral("MIN(fm.first_created_at)");
        zeroWhenNone = false;
    } else {
        aggregate = QStringLiteral("MAX(fm.last_created_at)");
        zeroWhenNone = false;
    }

    SqlText rows;
    QString rowOwner;
    if (m_kind == MemberKind::Registered) {
        rows = SqlText(QStringLiteral("FROM %1 fm WHERE fm.customer_id IS NOT NULL AND ")
                           .arg(m_state.facts->table));
        rowOwner = QStringLiteral("fm.customer_id");
    } else {
        // A guest's orders are those of websites where no registered customer owns the email
        // (the guest_orders CTE's rule), decided now: a guest who registers since, or a
        // customer who changes e-mail or website, needs no new facts.
        const QString customers = t("customer_entity");
        QString owned;
        switch (m_dialect.dialect()) {
        case Dialect::Sqlite: // registered_emails: the CTE of BranchCompiler::guestOrdersCte
            owned = QStringLiteral("(fst.website_id IS NOT NULL AND (fm.guest_key || '|' || "
                                   "fst.website_id) IN (SELECT email_key FROM registered_emails))");
            break;
        case Dialect::MySql:
            owned = QStringLiteral("EXISTS (SELECT 1 FROM %1 ce WHERE ce.email = "
                                   "CONVERT(fm.guest_key USING utf8mb4) AND ce.website_id = "
                                   "fst.website_id AND %2 = fm.guest_key)")
                        .arg(customers, m_dialect.fold(QStringLiteral("ce.email")));
            break;
        case Dialect::PostgreSql:
            owned = QStringLiteral("EXISTS (SELECT 1 FROM %1 re WHERE %2 = fm.guest_key AND "
                                   "re.website_id = fst.website_id)")
                        .arg(customers, m_dialect.fold(QStringLiteral("re.email")));
            break;
        }
        rows = SqlText(QStringLiteral("FROM %1 fm LEFT JOIN %2 fst ON fst.store_id = fm.store_id "
                                      "WHERE fm.customer_id IS NULL AND fm.guest_key IS NOT NULL "
                                      "AND NOT %3 AND ")
                           .arg(m_state.facts->table, t("store"), owned));
        rowOwner = QStringLiteral("fm.guest_key");
    }
    rows += perRow->toSql();
    const bool holdsWithoutOrders =
        zeroWhenNone ? holdsForNumber(0, metric, node.test)
                     : *m_comparisons.compile(ValueExpr::missing(), metric, node.test).constant;
    const BoolSql onGroup =
        m_comparisons.compile(column(aggregate, !zeroWhenNone), metric, node.test);
    // A member has a fact row passing the filters exactly when it has such an order.
    const CountShape shape =
        m == QLatin1String("number_of_orders") ? countShape(metric, node.test) : CountShape{};
    return rowSetTest(rows, rowOwner, onGroup, holdsWithoutOrders, shape.allPositive,
                      shape.nonePositive);
}

} // namespace seg
