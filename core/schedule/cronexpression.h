#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <bitset>
#include <optional>

namespace seg {

// A standard five-field cron expression (minute hour day-of-month month day-of-week) as the
// system cron reads it: `*`, numbers, ranges `a-b`, steps `*/n` and `a-b/n`, lists, month and
// day names (jan, mon), 7 = Sunday, and the shorthands @hourly @daily @midnight @weekly
// @monthly @yearly @annually. When both day fields are restricted, a day matching either runs
// (cron's rule). Parsed once, then asked for the next run after a time, in local time like cron.
class CronExpression
{
public:
    // InvalidArgument naming the field and the part that is wrong, e.g.
    // "field 2 (hour): 25 is out of range 0-23".
    static Result<CronExpression> parse(const QString &text);

    // "30m" -> "*/30 * * * *", "2h" -> "0 */2 * * *", "1d" -> "0 0 * * *". Only intervals cron
    // can repeat evenly: minutes dividing 60, hours dividing 24, or 1d.
    static Result<QString> fromInterval(const QString &every);

    QString text() const { return m_text; }
    // The first minute strictly after `after` that matches, in after's time zone (local for
    // cron); nullopt when none in the next five years (e.g. "0 0 30 2 *"). Local times that do not
    // exist (a clock moved forward) are skipped, as cron skips them.
    std::optional<QDateTime> nextAfter(const QDateTime &after) const;
    bool matches(const QDateTime &at) const;

private:
    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1..31
    std::bitset<13> m_months;  // 1..12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_dayRestricted = false;
    bool m_weekdayRestricted = false;

    bool dayMatches(const QDate &date) const;
};

} // namespace seg
