#include "reports/performancereport.h"

#include "common/localdays.h"
#include "reports/membershiptimeline.h"
#include "reports/reportsql.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace seg {

namespace {

QString cancelledText()
{
    return QCoreApplication::translate("seg::PerformanceReport", "the report was cancelled");
}

// The bucket of an instant among the buckets' UTC starts (starts.size() buckets, the last one
// ending at `endMs`): -1 outside.
int bucketOf(const QList<qint64> &starts, qint64 endMs, qint64 ms)
{
    if (starts.isEmpty() || ms < starts.first() || ms >= endMs) return -1;
    return int(std::upper_bound(starts.cbegin(), starts.cend(), ms) - starts.cbegin()) - 1;
}

// How many sorted values fall in [from, to).
qint64 countIn(const QList<qint64> &sorted, qint64 from, qint64 to)
{
    return std::lower_bound(sorted.cbegin(), sorted.cend(), to) -
           std::lower_bound(sorted.cbegin(), sorted.cend(), from);
}

// Per segment: the figures of each bucket from its timeline and the counted orders.
struct Counter
{
    const QList<qint64> &starts; // UTC ms of each bucket's first instant
    QList<qint64> ends;          // UTC ms of each bucket's end (the next one's start)
    QList<qint64> endProbes;     // the instant "at the end" of each bucket: min(end, now) - 1
    MembershipMode mode;

    QList<PerformanceRow> count(const SegmentTimeline &t, const QList<TimelineOrder> &orders) const
    {
        const int n = int(starts.size());
        QList<PerformanceRow> rows(n);
        const qint64 periodStart = starts.first(), periodEnd = ends.last();
        // Difference arrays: +1 where a range of buckets starts, -1 past its end.
        QList<qint64> atStart(n + 1), atEnd(n + 1), during(n + 1);
        const auto range = [](QList<qint64> &diff, qsizetype first, qsizetype last) {
            if (first < last) {
                ++diff[first];
                --diff[last];
            }
        };
        const auto lower = [](const QList<qint64> &sorted, qint64 v) {
            return std::lower_bound(sorted.cbegin(), sorted.cend(), v) - sorted.cbegin();
        };
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it) {
            qsizetype counted = 0; // buckets before it already count this member
            for (const MembershipInterval &iv : it.value()) {
                // The buckets whose first instant / end probe the interval holds.
                range(atStart, lower(starts, iv.fromMs), lower(starts, iv.toMs));
                range(atEnd, lower(endProbes, iv.fromMs), lower(endProbes, iv.toMs));
                // The buckets it overlaps at any moment (a member counts once per bucket).
                if (iv.toMs <= periodStart || iv.fromMs >= periodEnd) continue;
                const qsizetype first = std::max<qsizetype>(
                    bucketOf(starts, periodEnd, std::max(iv.fromMs, periodStart)), counted);
                const qsizetype last =
                    bucketOf(starts, periodEnd, std::min(iv.toMs, periodEnd) - 1) + 1;
                range(during, first, last);
                counted = std::max(counted, last);
            }
        }
        qint64 s = 0, e = 0, d = 0;
        for (int b = 0; b < n; ++b) {
            rows[b].membersAtStart = s += atStart[b];
            rows[b].membersAtEnd = e += atEnd[b];
            rows[b].members = d += during[b];
        }
        if (mode == MembershipMode::Current)
            for (PerformanceRow &r : rows)
                r.members = t.current.size();
        for (int b = 0; b < n; ++b) {
            rows[b].joiners = countIn(t.entered, starts[b], ends[b]);
            rows[b].leavers = countIn(t.left, starts[b], ends[b]);
        }
        QList<QSet<QString>> buyers(n);
        for (const TimelineOrder &o : orders) {
            const int b = bucketOf(starts, periodEnd, o.atMs);
            if (b < 0) continue;
            bool counts = false;
            if (mode == MembershipMode::Current) {
                counts = t.current.contains(o.owner);
            } else {
                const auto it = t.members.constFind(o.owner);
                if (it != t.members.cend())
                    counts =
                        std::any_of(it->cbegin(), it->cend(), [&](const MembershipInterval &iv) {
                            return iv.contains(o.atMs);
                        });
            }
            if (!counts) continue;
            PerformanceRow &r = rows[b];
            ++r.orders;
            r.revenue += o.grandTotal;
            r.refunds += o.refunded;
            buyers[b].insert(o.owner);
        }
        for (int b = 0; b < n; ++b) {
            rows[b].converters = buyers[b].size();
            rows[b].revenue = roundMoney(rows[b].revenue);
            rows[b].refunds = roundMoney(rows[b].refunds);
        }
        return rows;
    }
};

} // namespace

PerformanceReport::PerformanceReport(const StoreSession &session) : m_session(session) {}

QList<QDate> PerformanceReport::bucketStarts(const PerformanceQuery &query)
{
    if (!query.period.isValid()) return {};
    if (!query.granularity) return {query.period.from};
    return SalesReport::bucketStarts(query.period, *query.granularity, query.weekStart);
}

Result<PerformanceReportResult> PerformanceReport::run(const PerformanceQuery &query,
                                                       const ReportProgress &progress) const
{
    if (!query.period.isValid())
        return Error{QStringLiteral("period"),
                     QCoreApplication::translate("seg::PerformanceReport",
                                                 "the period is empty or its dates are invalid"),
                     ErrorCode::InvalidArgument};
    ReportSql sql(m_session);
    if (Status s = sql.requireStoreTables(); !s) return s.error();
    Result<QList<ReportSegment>> segments = sql.segments(query.segmentCodes);
    if (!segments) return segments.error();
    constexpr int kSteps = 3;
    auto step = [&](int done) { return !progress || progress(done, kSteps); };
    if (!step(0)) return Error{{}, cancelledText(), ErrorCode::Cancelled};

    PerformanceReportResult result;
    result.query = query;
    result.bucketStarts = bucketStarts(query);
    QList<QDate> bucketEnds;
    QList<qint64> starts;
    for (qsizetype i = 0; i < result.bucketStarts.size(); ++i) {
        bucketEnds << (i + 1 < result.bucketStarts.size() ? result.bucketStarts[i + 1].addDays(-1)
                                                          : query.period.to);
        starts << localDayStart(result.bucketStarts[i], query.zone).toMSecsSinceEpoch();
    }
    Counter counter{starts, {}, {}, query.membership};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        counter.ends << localDayEnd(bucketEnds[i], query.zone).toMSecsSinceEpoch();
        // Never decreasing, so the buckets whose probe an interval holds are a range.
        counter.endProbes << std::max(std::min(counter.ends.last(), now) - 1,
                                      counter.endProbes.isEmpty()
                                          ? std::numeric_limits<qint64>::min()
                                          : counter.endProbes.last());
    }

    const MembershipTimeline timeline(sql);
    Result<QHash<qint64, SegmentTimeline>> timelines =
        timeline.load(*segments, QDateTime::fromMSecsSinceEpoch(starts.first(), QTimeZone::utc()));
    if (!timelines) return timelines.error();
    if (!step(1)) return Error{{}, cancelledText(), ErrorCode::Cancelled};
    QSet<QString> owners;
    for (const SegmentTimeline &t : *timelines)
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it)
            owners.insert(it.key());
    Result<QList<TimelineOrder>> orders =
        timeline.orders(query.period, query.zone, query.statuses, owners);
    if (!orders) return orders.error();
    if (!step(2)) return Error{{}, cancelledText(), ErrorCode::Cancelled};

    QList<QList<PerformanceRow>> bySegment;
    for (const ReportSegment &s : *segments)
        bySegment << counter.count(timelines->value(s.id), *orders);
    for (qsizetype b = 0; b < starts.size(); ++b)
        for (qsizetype i = 0; i < segments->size(); ++i) {
            PerformanceRow row = bySegment[i][b];
            row.bucketStart = result.bucketStarts[b];
            row.bucketEnd = bucketEnds[b];
            row.code = (*segments)[i].code;
            row.name = (*segments)[i].name;
            result.rows << row;
        }
    step(kSteps);
    return result;
}

} // namespace seg
