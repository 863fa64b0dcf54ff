// The branch compiler's member-level scores: RFM scores over the segment's population and
// the random sample (see branchcompiler.h, rfmpopulation.h and samplebucket.h).
#include "engine/branchcompiler.h"

#include "engine/branchcompilerdetail.h"
#include "engine/samplebucket.h"

namespace seg {

using namespace branchdetail;

Result<BoolSql> BranchCompiler::rfmLeaf(const ConditionNode &node)
{
    AttributeSpec scoreSpec;
    scoreSpec.kind = ValueKind::Number;
    const bool holdsWithoutScore =
        *m_comparisons.compile(ValueExpr::missing(), scoreSpec, node.test).constant;
    const SegmentDefinition &scope = *m_scope;
    // This kind of member is outside the population: no score.
    if (m_kind == MemberKind::Registered ? !scope.includesRegistered() : !scope.includesGuests())
        return BoolSql::of(holdsWithoutScore);

    QString x;
    if (node.score == QLatin1String("recency"))
        x = QStringLiteral("MAX(o.created_at)");
    else if (node.score == QLatin1String("frequency"))
        x = QStringLiteral("COUNT(*)");
    else if (node.score == QLatin1String("monetary"))
        x = m_dialect.roundMoney(QStringLiteral("SUM(COALESCE(o.base_grand_total, 0))"));
    else
        return Error{{},
                     QStringLiteral("unknown RFM score \"%1\"").arg(node.score),
                     ErrorCode::InvalidDefinition};

    // x(p) for every member p of the population: the scope's members with an order.
    QList<SqlText> parts;
    if (scope.includesRegistered()) {
        SqlText part(QStringLiteral("SELECT 0 AS is_guest, o.customer_id AS cid, NULL AS gkey, "
                                    "%1 AS x FROM %2 o JOIN %3 rc ON rc.entity_id = o.customer_id")
                         .arg(x, t("sales_order"), t("customer_entity")));
        if (!scope.websites.isEmpty())
            part += SqlText(
                QStringLiteral(" WHERE rc.website_id IN (%1)").arg(marks(scope.websites.size())),
                intParams(scope.websites));
        part += SqlText(QStringLiteral(" GROUP BY o.customer_id"));
        parts << part;
    }
    if (scope.includesGuests()) {
        m_state.needsGuestOrders = true;
        SqlText part(QStringLiteral("SELECT 1 AS is_guest, NULL AS cid, go.guest_key AS gkey, %1 "
                                    "AS x FROM guest_orders go JOIN %2 o ON o.entity_id = "
                                    "go.order_id")
                         .arg(x, t("sales_order")));
        if (!scope.websites.isEmpty())
            part += SqlText(QStringLiteral(" WHERE go.guest_key IN (SELECT gw.guest_key FROM "
                                           "guest_orders gw WHERE gw.website_id IN (%1))")
                                .arg(marks(scope.websites.size())),
                            intParams(scope.websites));
        part += SqlText(QStringLiteral(" GROUP BY go.guest_key"));
        parts << part;
    }
    // score = 1 + floor(5 * |{p : x(p) < x(m)}| / |P|); RANK() - 1 counts the smaller values.
    const QString div =
        m_dialect.dialect() == Dialect::MySql ? QStringLiteral(" DIV ") : QStringLiteral(" / ");
    const SqlText scores =
        SqlText(QStringLiteral("(SELECT rx.is_guest, rx.cid, rx.gkey, 1 + (5 * (RANK() OVER "
                               "(ORDER BY rx.x) - 1))%1COUNT(*) OVER () AS score FROM (")
                    .arg(div)) +
        joinSql(parts, QStringLiteral(" UNION ALL ")) + SqlText(QStringLiteral(") rx)"));

    const BoolSql test =
        m_comparisons.compile(column(QStringLiteral("rs.score"), false), scoreSpec, node.test);
    if (test.constant && *test.constant == holdsWithoutScore)
        return BoolSql::of(holdsWithoutScore); // every member passes, or none does
    const bool guest = m_kind == MemberKind::Guest;
    // Members without a score pass: keep out those whose score fails.
    const BoolSql onRow = holdsWithoutScore ? sqlNot(test) : test;
    return ownerIn(SqlText(QStringLiteral("SELECT rs.%1 FROM ")
                               .arg(guest ? QStringLiteral("gkey") : QStringLiteral("cid"))) +
                       scores +
                       SqlText(QStringLiteral(" rs WHERE rs.is_guest = %1 AND ")
                                   .arg(guest ? QStringLiteral("1") : QStringLiteral("0"))) +
                       onRow.toSql(),
                   holdsWithoutScore);
}

Result<BoolSql> BranchCompiler::sampleLeaf(const ConditionNode &node)
{
    const qint64 threshold = sampleThreshold(node.percent);
    if (threshold <= 0) return BoolSql::of(false);
    if (threshold >= 10000) return BoolSql::of(true);
    // member_key as --ids prints it: the customer id, or the guest's folded email.
    const bool guest = m_kind == MemberKind::Guest;
    const Dialect d = m_dialect.dialect();
    QString key;
    if (guest)
        key = QStringLiteral("g.guest_key");
    else
        key = d == Dialect::MySql ? QStringLiteral("CAST(c.entity_id AS CHAR)")
                                  : QStringLiteral("CAST(c.entity_id AS TEXT)");
    const QVariant prefix = node.seed + QLatin1Char(':');
    SqlText bucket;
    if (d == Dialect::MySql) {
        bucket = SqlText(QStringLiteral("(CAST(CONV(SUBSTRING(MD5(CONCAT(?, %1)), 1, 8), 16, 10) "
                                        "AS UNSIGNED) MOD 10000)")
                             .arg(key),
                         {prefix});
    } else if (d == Dialect::PostgreSql) {
        bucket =
            SqlText(QStringLiteral("((('x' || substr(md5(CAST(? AS TEXT) || %1), 1, 8))::bit(32)"
                                   "::bigint) % 10000)")
                        .arg(key),
                    {prefix});
    } else {
        // SQLite has no hex parser: add up the 8 digits (md5 is registered on the connection).
        QStringList digits;
        QVariantList params;
        for (int i = 1; i <= 8; ++i) {
            digits << QStringLiteral("(instr('0123456789abcdef', substr(md5(? || %1), %2, 1)) - 1) "
                                     "* %3")
                          .arg(key)
                          .arg(i)
                          .arg(qint64(1) << (4 * (8 - i)));
            params << prefix;
        }
        bucket = SqlText(QStringLiteral("((%1) % 10000)").arg(digits.join(QStringLiteral(" + "))),
                         params);
    }
    return BoolSql::of(bucket + SqlText(QStringLiteral(" < ?"), {QVariant::fromValue(threshold)}));
}

} // namespace seg
