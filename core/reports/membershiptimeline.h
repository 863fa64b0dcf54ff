#pragma once

#include "common/result.h"
#include "reports/reportsql.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <limits>

namespace seg {

// When each member of a segment was in it, rebuilt from the member journal
// (segmentor_journal: 'entered' / 'left' rows of each refresh) and today's members
// (segmentor_member). It walks back from today: a current member is in the segment until
// now; a 'left' row means they were in it before; an 'entered' row means they were not.
// So the members at the end of day d are today's members, minus those who entered after d,
// plus those who left after d; a member without journal rows has always been one.
struct MembershipInterval
{
    static constexpr qint64 kOpen = std::numeric_limits<qint64>::max();
    qint64 fromMs = std::numeric_limits<qint64>::min(); // UTC ms since the epoch, inclusive
    qint64 toMs = kOpen;                                // exclusive; kOpen = still a member

    bool contains(qint64 ms) const { return fromMs <= ms && ms < toMs; }
};

struct SegmentTimeline
{
    // Member key (the customer id as text, or the guest's folded email) -> its intervals,
    // oldest first, disjoint.
    QHash<QString, QList<MembershipInterval>> members;
    QHash<QString, bool> current; // today's members
    QList<qint64> entered, left;  // the journal's rows, sorted UTC ms
};

// One counted order: who owns it (a member key) and its figures.
struct TimelineOrder
{
    QString owner;
    qint64 atMs = 0;
    double grandTotal = 0, refunded = 0;
};

class MembershipTimeline
{
public:
    explicit MembershipTimeline(const ReportSql &sql) : m_sql(sql) {}

    // The timelines of `segments` (by segment id), from Segmentor's tables (the store or the
    // workspace), from `since` on: the journal's older rows change nothing after it (the walk
    // starts from today), so they are not read; intervals then start no earlier than needed.
    Result<QHash<qint64, SegmentTimeline>> load(const QList<ReportSegment> &segments,
                                                const QDateTime &since = {}) const;
    // The orders created in the period with the statuses, registered ones owned by their
    // customer_id, guest ones by their folded email (as the sales report attributes them);
    // orders with neither, or owned by nobody in `owners`, are left out. Read from the store.
    Result<QList<TimelineOrder>> orders(const DateRange &period, const QTimeZone &zone,
                                        const QStringList &statuses,
                                        const QSet<QString> &owners) const;
    // The first journal row's instant over the segments (invalid when there is none).
    Result<QDateTime> firstJournalEntry(const QList<ReportSegment> &segments) const;

private:
    const ReportSql &m_sql;
};

} // namespace seg
