#include "reports/reportsql.h"

#include "definition/valueparsing.h"
#include "engine/sqldialect.h"
#include "session/storesession.h"

#include <QCoreApplication>

#include <cmath>

namespace seg {

ReportSql::ReportSql(const StoreSession &session) : m_session(session)
{
}

Status ReportSql::requireStoreTables() const
{
    if (m_session.storage.inWorkspace())
        return Error{{}, QCoreApplication::translate("seg::ReportSql",
                                                     "reports need Segmentor's tables in the store database; this store keeps them "
                                                     "in the local workspace %1 (its user may not create tables)")
                             .arg(m_session.storage.workspacePath)};
    if (!m_session.schema)
        return Error{{}, QCoreApplication::translate("seg::ReportSql", "the store's schema is not loaded")};
    return success();
}

Result<QList<ReportSegment>> ReportSql::segments(const QStringList &codes) const
{
    Result<QList<SegmentRecord>> records = m_session.segments->list();
    if (!records)
        return records.error();
    QList<ReportSegment> all;
    for (const SegmentRecord &r : *records)
        all << ReportSegment{r.id, r.definition.code, r.definition.name};
    if (codes.isEmpty())
        return all;
    QList<ReportSegment> chosen;
    QStringList unknown;
    for (const QString &code : codes) {
        auto it = std::find_if(all.cbegin(), all.cend(), [&](const ReportSegment &s) { return s.code == code; });
        if (it == all.cend())
            unknown << code;
        else if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const ReportSegment &s) { return s.code == code; }))
            chosen << *it;
    }
    if (!unknown.isEmpty())
        return Error{QStringLiteral("segments"), QCoreApplication::translate("seg::ReportSql", "unknown segment: %1")
                                                     .arg(unknown.join(QStringLiteral(", ")))};
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
        return QStringLiteral("(CONVERT(LOWER(%1) USING utf8mb4) COLLATE utf8mb4_bin)").arg(emailExpr);
    case Dialect::PostgreSql:
        return SqlDialect(Dialect::PostgreSql, m_session.schema->foldCollation()).fold(emailExpr);
    }
    return emailExpr;
}

SqlText ReportSql::orderFilter(const DateRange &period, const QTimeZone &zone, const QStringList &statuses) const
{
    SqlText filter(QStringLiteral("o.created_at >= ? AND o.created_at < ?"),
                   {formatTimestamp(period.startUtc(zone)), formatTimestamp(period.endUtc(zone))});
    if (!statuses.isEmpty()) {
        QList<SqlText> marks;
        for (const QString &s : statuses)
            marks << SqlText::param(s);
        filter += SqlText(QStringLiteral(" AND o.status IN (")) + joinSql(marks, QStringLiteral(", ")) + SqlText(QStringLiteral(")"));
    }
    return filter;
}

SqlText ReportSql::idList(const QList<ReportSegment> &segments)
{
    QList<SqlText> marks;
    for (const ReportSegment &s : segments)
        marks << SqlText::param(s.id);
    return joinSql(marks, QStringLiteral(", "));
}

SqlText ReportSql::memberOrderRows(const QList<ReportSegment> &segments, const SqlText &filter) const
{
    const QString columns = QStringLiteral(
        "m.segment_id AS segment_id, m.member_key AS member_key, o.created_at AS created_at, "
        "COALESCE(o.total_qty_ordered, 0) AS qty, ABS(COALESCE(o.base_discount_amount, 0)) AS discount, "
        "COALESCE(o.base_shipping_amount, 0) AS shipping, COALESCE(o.base_tax_amount, 0) AS tax, "
        "COALESCE(o.base_total_refunded, 0) AS refunded, COALESCE(o.base_subtotal, 0) AS subtotal, "
        "COALESCE(o.base_grand_total, 0) AS grand_total");
    const QString orders = store("sales_order"), members = own("segmentor_member");
    SqlText registered = SqlText(QStringLiteral("SELECT %1 FROM %2 o JOIN %3 m ON m.customer_id = o.customer_id WHERE ")
                                     .arg(columns, orders, members))
        + filter + SqlText(QStringLiteral(" AND m.segment_id IN (")) + idList(segments) + SqlText(QStringLiteral(")"));
    SqlText guests = SqlText(QStringLiteral("SELECT %1 FROM %2 o JOIN %3 m ON m.segment_id IN (").arg(columns, orders, members))
        + idList(segments)
        + SqlText(QStringLiteral(") AND m.member_key = %1 AND m.customer_id IS NULL "
                                 "WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL AND ")
                      .arg(guestKey(QStringLiteral("o.customer_email"))))
        + filter;
    return registered + SqlText(QStringLiteral(" UNION ALL ")) + guests;
}

double roundMoney(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

} // namespace seg
