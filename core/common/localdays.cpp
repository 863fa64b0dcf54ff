#include "common/localdays.h"

#include <algorithm>
#include <optional>

namespace seg {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QDateTime utcAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc())
        .toUTC(); // Qt::UTC, as toUTC() gives
}

// The first instant in [from, to) whose wall clock (instant + offset) lies in
// [wallFrom, wallFrom + 1 day), walking the zone's offset periods in order; nullopt when no
// instant of the window shows that day.
std::optional<qint64> firstInstantShowing(qint64 wallFrom, const QTimeZone &zone, qint64 from,
                                          qint64 to)
{
    const qint64 wallTo = wallFrom + kDayMs;
    qint64 periodStart = from;
    int offsetMs = zone.offsetFromUtc(utcAt(from)) * 1000;
    const QTimeZone::OffsetDataList transitions = zone.hasTransitions()
                                                      ? zone.transitions(utcAt(from + 1), utcAt(to))
                                                      : QTimeZone::OffsetDataList();
    for (qsizetype i = 0; i <= transitions.size(); ++i) {
        const qint64 periodEnd =
            i < transitions.size() ? transitions[i].atUtc.toMSecsSinceEpoch() : to;
        // In [periodStart, periodEnd) the wall clock reads instant + offsetMs.
        if (periodStart + offsetMs < wallTo && periodEnd + offsetMs > wallFrom)
            return std::max(periodStart, wallFrom - offsetMs);
        if (i < transitions.size()) {
            periodStart = periodEnd;
            offsetMs = transitions[i].offsetFromUtc * 1000;
        }
    }
    return std::nullopt;
}

} // namespace

QDateTime localDayStart(const QDate &day, const QTimeZone &zone)
{
    if (!day.isValid()) return {};
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    // The day's midnight read as if it were UTC: local wall-clock times are compared in this
    // scale. Offsets stay within ±26 hours, so the instants showing the day lie within two
    // days around it; a skipped day (none shows it) starts where the next one does.
    const qint64 wall = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int skipped = 0; skipped < 3; ++skipped) {
        const qint64 from = wall + skipped * kDayMs;
        if (const std::optional<qint64> first =
                firstInstantShowing(from, z, from - 2 * kDayMs, from + 2 * kDayMs))
            return utcAt(*first);
    }
    return utcAt(wall - z.offsetFromUtc(utcAt(wall)) * 1000); // unreachable for real zones
}

QDateTime localDayEnd(const QDate &day, const QTimeZone &zone)
{
    return localDayStart(day.addDays(1), zone);
}

QDate localDateOf(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid()) return {};
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    // The wall-clock date, corrected where a zone turns its clocks back across midnight (the
    // repeated hour then belongs to the day that started first).
    QDate day = instant.toTimeZone(z).date();
    while (instant >= localDayEnd(day, z))
        day = day.addDays(1);
    while (instant < localDayStart(day, z))
        day = day.addDays(-1);
    return day;
}

} // namespace seg
