#include "reports/membershiptimeline.h"

#include "definition/valueparsing.h"
#include "repository/segmentrecord.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>

#include <algorithm>

namespace seg {

namespace {

qint64 msOf(const QVariant &value)
{
    const std::optional<QDateTime> t = parseStoredTimestamp(value);
    return t ? t->toMSecsSinceEpoch() : 0;
}

struct JournalRow
{
    qint64 atMs;
    bool entered;
};

// Walks one member's journal rows backwards from today's state (see the header).
QList<MembershipInterval> intervalsOf(QList<JournalRow> rows, bool current)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const JournalRow &a, const JournalRow &b) { return a.atMs < b.atMs; });
    QList<MembershipInterval> out;
    bool member = current;
    qint64 end = MembershipInterval::kOpen;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const JournalRow &r = rows[i];
        if (r.entered && member) {
            if (r.atMs < end) out.prepend(MembershipInterval{r.atMs, end});
            member = false;
        } else if (!r.entered && !member) {
            end = r.atMs;
            member = true;
        } // else: a row that contradicts the later state (cannot happen in a refresh): skipped
    }
    if (member) out.prepend(MembershipInterval{std::numeric_limits<qint64>::min(), end});
    return out;
}

} // namespace

Result<QHash<qint64, SegmentTimeline>>
MembershipTimeline::load(const QList<ReportSegment> &segments, const QDateTime &since) const
{
    QHash<qint64, SegmentTimeline> out;
    if (segments.isEmpty()) return out;
    const SqlText ids = ReportSql::idList(segments);
    QHash<qint64, QHash<QString, QList<JournalRow>>> journal;
    {
        SqlText text =
            SqlText(QStringLiteral("SELECT segment_id, member_key, change_kind, created_at FROM %1 "
                                   "WHERE segment_id IN (")
                        .arg(m_sql.own("segmentor_journal"))) +
            ids + SqlText(QStringLiteral(")"));
        if (since.isValid())
            text += SqlText(QStringLiteral(" AND created_at >= ?"), {storageTimestamp(since)});
        auto q = runSql(m_sql.ownDatabase(), text.sql, text.params,
                        QCoreApplication::translate("seg::MembershipTimeline",
                                                    "reading the member journal failed"));
        if (!q) return q.error();
        while (q.value().next()) {
            const qint64 segment = q->value(0).toLongLong();
            const bool entered = q->value(2).toString() == QLatin1String("entered");
            const qint64 at = msOf(q->value(3));
            journal[segment][q->value(1).toString()] << JournalRow{at, entered};
            SegmentTimeline &t = out[segment];
            (entered ? t.entered : t.left) << at;
        }
    }
    {
        const SqlText text =
            SqlText(QStringLiteral("SELECT segment_id, member_key FROM %1 WHERE segment_id IN (")
                        .arg(m_sql.own("segmentor_member"))) +
            ids + SqlText(QStringLiteral(")"));
        auto q = runSql(m_sql.ownDatabase(), text.sql, text.params,
                        QCoreApplication::translate("seg::MembershipTimeline",
                                                    "reading the segment members failed"));
        if (!q) return q.error();
        while (q.value().next())
            out[q->value(0).toLongLong()].current.insert(q->value(1).toString(), true);
    }
    for (const ReportSegment &s : segments) {
        SegmentTimeline &t = out[s.id];
        std::sort(t.entered.begin(), t.entered.end());
        std::sort(t.left.begin(), t.left.end());
        QHash<QString, QList<JournalRow>> rows = journal.take(s.id);
        for (auto it = t.current.cbegin(); it != t.current.cend(); ++it)
            if (!rows.contains(it.key())) t.members.insert(it.key(), {MembershipInterval{}});
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            QList<MembershipInterval> intervals =
                intervalsOf(std::move(it.value()), t.current.contains(it.key()));
            if (!intervals.isEmpty()) t.members.insert(it.key(), intervals);
        }
    }
    return out;
}

Result<QList<TimelineOrder>> MembershipTimeline::orders(const DateRange &period,
                                                        const QTimeZone &zone,
                                                        const QStringList &statuses,
                                                        const QSet<QString> &owners) const
{
    QList<TimelineOrder> out;
    if (owners.isEmpty()) return out;
    const SqlText text =
        SqlText(QStringLiteral("SELECT o.customer_id, %1, o.created_at, o.base_grand_total, "
                               "o.base_total_refunded FROM %2 o WHERE ")
                    .arg(m_sql.guestKey(QStringLiteral("o.customer_email")),
                         m_sql.store("sales_order"))) +
        m_sql.orderFilter(period, zone, statuses);
    auto q = runSql(m_sql.session().connection->database(), text.sql, text.params,
                    QCoreApplication::translate("seg::MembershipTimeline",
                                                "reading the period's orders failed"));
    if (!q) return q.error();
    while (q.value().next()) {
        // A registered order belongs to its customer (member key: the id), a guest order to
        // its folded email.
        const QVariant customer = q->value(0);
        QString owner;
        if (!customer.isNull())
            owner = QString::number(customer.toLongLong());
        else if (!q->value(1).isNull())
            owner = q->value(1).toString();
        else
            continue;
        if (!owners.contains(owner)) continue;
        out << TimelineOrder{owner, msOf(q->value(2)), q->value(3).toDouble(),
                             q->value(4).toDouble()};
    }
    return out;
}

Result<QDateTime> MembershipTimeline::firstJournalEntry(const QList<ReportSegment> &segments) const
{
    const SqlText text = SqlText(QStringLiteral("SELECT MIN(created_at) FROM %1 WHERE segment_id "
                                                "IN (")
                                     .arg(m_sql.own("segmentor_journal"))) +
                         ReportSql::idList(segments) + SqlText(QStringLiteral(")"));
    auto q = runSql(m_sql.ownDatabase(), text.sql, text.params,
                    QCoreApplication::translate("seg::MembershipTimeline",
                                                "reading the member journal failed"));
    if (!q) return q.error();
    if (!q.value().next() || q->value(0).isNull()) return QDateTime();
    const std::optional<QDateTime> t = parseStoredTimestamp(q->value(0));
    return t ? *t : QDateTime();
}

} // namespace seg
