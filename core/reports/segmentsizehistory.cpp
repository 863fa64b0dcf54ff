#include "reports/segmentsizehistory.h"

#include "definition/valueparsing.h"
#include "reports/reportsql.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>

namespace seg {

SegmentSizeHistory::SegmentSizeHistory(const StoreSession &session) : m_session(session) {}

Result<QList<SizeHistoryLine>> SegmentSizeHistory::load(const QStringList &codes,
                                                        const QDateTime &since) const
{
    ReportSql sql(m_session);
    Result<QList<ReportSegment>> segments = sql.segments(codes);
    if (!segments) return segments.error();
    QList<SizeHistoryLine> lines;
    if (segments->isEmpty()) return lines;
    SqlText text =
        SqlText(QStringLiteral(
                    "SELECT segment_id, taken_at, member_count FROM %1 WHERE segment_id IN (")
                    .arg(sql.own("segmentor_snapshot"))) +
        ReportSql::idList(*segments) + SqlText(QStringLiteral(")"));
    if (since.isValid())
        text += SqlText(QStringLiteral(" AND taken_at >= ?"), {storageTimestamp(since)});
    text += SqlText(QStringLiteral(" ORDER BY segment_id, taken_at, snapshot_id"));
    auto q = runSql(m_session.storage.connection->database(), text.sql, text.params,
                    QCoreApplication::translate("seg::SegmentSizeHistory",
                                                "reading the segment size snapshots failed"));
    if (!q) return q.error();
    QHash<qint64, QList<SizePoint>> byId;
    while (q.value().next()) {
        const std::optional<QDateTime> at = parseStoredTimestamp(q->value(1));
        if (at) byId[q->value(0).toLongLong()] << SizePoint{*at, q->value(2).toLongLong()};
    }
    for (const ReportSegment &s : *segments)
        lines << SizeHistoryLine{s.code, s.name, byId.value(s.id)};
    return lines;
}

} // namespace seg
