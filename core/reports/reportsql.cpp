#include "reports/reportsql.h"

#include "definition/valueparsing.h"
#include "engine/sqldialect.h"
#include "session/storesession.h"

#include <QCoreApplication>

#include <cmath>

namespace seg {

ReportSql::ReportSql(const StoreSession &session) : m_session(session) {}

Status ReportSql::requireStoreTables() const
{
    if (!m_session.schema)
        return Error{
            {},
            QCoreApplication::translate("seg::ReportSql", "the store's schema is not loaded"),
            ErrorCode::Internal};
    return success();
}

bool ReportSql::inWorkspace() const
{
    return m_session.storage.inWorkspace();
}

QSqlDatabase ReportSql::ownDatabase() const
{
    return (m_session.storage.connection ? m_session.storage.connection
                                         : m_session.connection.get())
        ->database();
}

Result<QList<ReportSegment>> ReportSql::segments(const QStringList &codes) const
{
    // A reader on a store whose Segmentor tables are not created yet (a new demo store while
    // its example segments are imported): no segments, not an error.
    const StoreConnection *own =
        m_session.storage.connection ? m_session.storage.connection : m_session.connection.get();
    const bool noTables =
        SegmentorStorage::installedVersion(*own, m_session.storage.tablePrefix) == 0;
    Result<QList<SegmentRecord>> records =
        noTables ? Result<QList<SegmentRecord>>(QList<SegmentRecord>{})
                 : m_session.segments->list();
    if (!records) return records.error();
    QList<ReportSegment> all;
    for (const SegmentRecord &r : *records)
        all << ReportSegment{r.id, r.definition.code, r.definition.name};
    if (codes.isEmpty()) return all;
    QList<ReportSegment> chosen;
    QStringList unknown;
    for (const QString &code : codes) {
        auto it = std::find_if(all.cbegin(), all.cend(),
                               [&](const ReportSegment &s) { return s.code == code; });
        if (it == all.cend())
            unknown << code;
        else if (std::none_of(chosen.cbegin(), chosen.cend(),
                              [&](const ReportSegment &s) { return s.code == code; }))
            chosen << *it;
    }
    if (!unknown.isEmpty())
        return Error{QStringLiteral("segments"),
                     QCoreApplication::translate("seg::ReportSql", "unknown segment: %1")
                         .arg(unknown.join(QStringLiteral(", "))),
                     ErrorCode::NotFound};
    return chosen;
}

QString ReportSql::store(const char *magentoTable) const
{
    return m_session.schema->table(QString::fromLatin1(magentoTable));
}

QString ReportSql::own(const char *segmentorTable) const
{
    return m_session.storage.tablePrefix + QString::fromLatin1(segmentorTable);
}

QString ReportSql::guestKey(const QString &emailExpr) const
{
    switch (m_session.connection->dialect()) {
    case Dialect::Sqlite:
        return QStringLiteral("seg_fold(%1)").arg(emailExpr);
    case Dialect::MySql:
        // member_key is utf8mb4_bin: compare in its collation so its index is used.
        return QStringLiteral("(CONVERT(LOWER(%1) USING utf8mb4) COLLATE utf8mb4_bin)")
            .arg(emailExpr);
    case Dialect::PostgreSql:
        return SqlDialect(Dialect::PostgreSql, m_session.schema->foldCollation()).fold(emailExpr);
    }
    return emailExpr;
}

SqlText ReportSql::orderFilter(const DateRange &period, const QTimeZone &zone,
                               const QStringList &statuses) const
{
    SqlText filter(QStringLiteral("o.created_at >= ? AND o.created_at < ?"),
                   {formatTimestamp(period.startUtc(zone)), formatTimestamp(period.endUtc(zone))});
    if (!statuses.isEmpty()) {
        QList<SqlText> marks;
        for (const QString &s : statuses)
            marks << SqlText::param(s);
        filter += SqlText(QStringLiteral(" AND o.status IN (")) +
                  joinSql(marks, QStringLiteral(", ")) + SqlText(QStringLiteral(")"));
    }
    return filter;
}

SqlText ReportSql::idList(const QList<ReportSegment> &segments)
{
    if (segments.isEmpty()) return SqlText(QStringLiteral("NULL")); // IN (NULL) matches nothing
    QList<SqlText> marks;
    for (const ReportSegment &s : segments)
        marks << SqlText::param(s.id);
    return joinSql(marks, QStringLiteral(", "));
}

namespace {

const QString kSums = QStringLiteral("COUNT(*) AS n, SUM(COALESCE(o.total_qty_ordered, 0)) AS qty, "
                                     "SUM(ABS(COALESCE(o.base_discount_amount, 0))) AS discount, "
                                     "SUM(COALESCE(o.base_shipping_amount, 0)) AS shipping, "
                                     "SUM(COALESCE(o.base_tax_amount, 0)) AS tax, "
                                     "SUM(COALESCE(o.base_total_refunded, 0)) AS refunded, "
                                     "SUM(COALESCE(o.base_subtotal, 0)) AS subtotal, "
                                     "SUM(COALESCE(o.base_grand_total, 0)) AS grand_total");

// The per-owner rows of `reg` and `gst` joined with the members, plus the whole store.
SqlText joinOwners(const QString &reg, const QString &gst, const QString &members,
                   const QString &totals, const SqlText &ids)
{
    // Per segment: the owners who are members; one row per branch.
    SqlText text = SqlText(QStringLiteral("SELECT m.segment_id, p.bucket, COUNT(*), %1 FROM %2 p "
                                          "JOIN %3 m ON m.customer_id = p.owner "
                                          "WHERE m.segment_id IN (")
                               .arg(totals, reg, members)) +
                   ids + SqlText(QStringLiteral(") GROUP BY m.segment_id, p.bucket UNION ALL "));
    text += SqlText(QStringLiteral("SELECT m.segment_id, p.bucket, COUNT(*), %1 FROM %2 p JOIN %3 "
                                   "m ON m.segment_id IN (")
                        .arg(totals, gst, members)) +
            ids +
            SqlText(QStringLiteral(") AND m.member_key = p.owner AND m.guest_email IS NOT NULL "
                                   "GROUP BY m.segment_id, p.bucket UNION ALL "));
    // The whole store (segment -1): every owner, and the orders nobody can be named for.
    text +=
        SqlText(QStringLiteral(
                    "SELECT -1, p.bucket, COUNT(p.owner), %1 FROM %2 p GROUP BY p.bucket UNION ALL "
                    "SELECT -1, p.bucket, COUNT(p.owner), %1 FROM %3 p GROUP BY p.bucket")
                    .arg(totals, reg, gst));
    return text;
}

} // namespace

SqlText ReportSql::ownerTotals(const SqlText &filter, const SqlText &bucket, bool guests) const
{
    const QString orders = store("sales_order");
    // Without buckets (a constant) the grouping is by owner alone: SQLite then need not sort
    // on an expression it cannot see is constant.
    const bool oneBucket = bucket.params.isEmpty() && !bucket.sql.contains(QLatin1String("o."));
    const QString byBucket = oneBucket ? QString() : QStringLiteral(", 2");
    if (!guests)
        return SqlText(QStringLiteral("SELECT o.customer_id AS owner, ")) + bucket +
               SqlText(
                   QStringLiteral(" AS bucket, %1 FROM %2 o WHERE o.customer_id IS NOT NULL AND ")
                       .arg(kSums, orders)) +
               filter + SqlText(QStringLiteral(" GROUP BY o.customer_id%1").arg(byBucket));
    return SqlText(QStringLiteral("SELECT %1 AS owner, ")
                       .arg(guestKey(QStringLiteral("o.customer_email")))) +
           bucket +
           SqlText(QStringLiteral(" AS bucket, %1 FROM %2 o WHERE o.customer_id IS NULL AND ")
                       .arg(kSums, orders)) +
           filter + SqlText(QStringLiteral(" GROUP BY 1%1").arg(byBucket));
}

SqlText ReportSql::segmentTotals(const QList<ReportSegment> &segments, const SqlText &filter,
                                 const SqlText &bucket) const
{
    const QString totals =
        QStringLiteral("SUM(p.n), SUM(p.qty), SUM(p.discount), SUM(p.shipping), SUM(p.tax), "
                       "SUM(p.refunded), SUM(p.subtotal), SUM(p.grand_total)");
    const QString materialized = SqlDialect(m_session.connection->dialect()).materialized();
    // The period's orders summed once per owner (and bucket): registered customers by
    // customer_id, guests by folded email (NULL for an order with neither).
    SqlText text = SqlText(QStringLiteral("WITH reg AS %1(").arg(materialized)) +
                   ownerTotals(filter, bucket, false) +
                   SqlText(QStringLiteral("), gst AS %1(").arg(materialized)) +
                   ownerTotals(filter, bucket, true) + SqlText(QStringLiteral(") "));
    return text + joinOwners(QStringLiteral("reg"), QStringLiteral("gst"), own("segmentor_member"),
                             totals, idList(segments));
}

SqlText ReportSql::stagedSegmentTotals(const QList<ReportSegment> &segments,
                                       const QString &staged) const
{
    QStringList sums;
    for (const char *c :
         {"qty", "discount", "shipping", "tax", "refunded", "subtotal", "grand_total"})
        sums << QStringLiteral("SUM(p.%1) / 10000.0").arg(QString::fromLatin1(c));
    const QString totals = QStringLiteral("SUM(p.n), ") + sums.join(QStringLiteral(", "));
    const QString columns =
        QStringLiteral("bucket, n, qty, discount, shipping, tax, refunded, subtotal, grand_total");
    const QString reg = QStringLiteral("(SELECT customer_id AS owner, %1 FROM %2 WHERE kind = 0)")
                            .arg(columns, staged);
    const QString gst = QStringLiteral("(SELECT guest_key AS owner, %1 FROM %2 WHERE kind = 1)")
                            .arg(columns, staged);
    return joinOwners(reg, gst, own("segmentor_member"), totals, idList(segments));
}

double roundMoney(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

} // namespace seg
