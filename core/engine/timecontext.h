#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace seg {

// The evaluation time ("as of", UTC) and the store time zone that calendar-day readings use.
// rewind: time travel (--as-of, "Evaluate as of…"): the rows created after the as-of time are
// ignored too (engine/asofrewind.h), so an evaluation of the past can be reproduced.
class TimeContext
{
public:
    explicit TimeContext(QDateTime asOf = QDateTime::currentDateTimeUtc(),
                         QTimeZone storeZone = QTimeZone::utc(), bool rewind = false);

    const QDateTime &asOf() const { return m_asOf; }
    const QTimeZone &storeZone() const { return m_zone; }
    bool rewinds() const { return m_rewind; }
    // The time after which rows are ignored; nullopt when nothing is rewound.
    std::optional<QDateTime> rewindCutoff() const
    {
        return m_rewind ? std::optional<QDateTime>(m_asOf) : std::nullopt;
    }
    QDate today() const; // the as-of calendar day in the store time zone
    // Calendar days in the store zone, through localDayStart()/localDateOf() (a day that
    // begins in a DST gap starts at the first instant that exists).
    QDateTime dayStart(const QDate &day) const;  // that day's first instant, as UTC
    QDate dayOf(const QDateTime &instant) const; // the store-zone day an instant belongs to
    QDateTime minusDays(double days) const;      // as-of − days (exact, to the millisecond)

private:
    QDateTime m_asOf;
    QTimeZone m_zone;
    bool m_rewind = false;
};

// Calendar rules of the spec, shared by the compiler's translation and tests.
namespace calendar {
// Whole years on `day`; a Feb 29 birthday counts on Feb 28 in other years.
int ageOn(const QDate &dob, const QDate &day);
// Days from `day` to the next birthday (0 = today); Feb 29 falls on Feb 28 in other years.
int daysUntilBirthday(const QDate &dob, const QDate &day);
// The latest date of birth with ageOn(dob, day) >= years.
QDate latestBirthDateForAge(int years, const QDate &day);
} // namespace calendar

} // namespace seg
