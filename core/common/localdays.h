#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace seg {

// Calendar days of a time zone as half-open ranges of instants: the one place that turns a
// local date into UTC bounds (the SQL compiler's bindings, the in-memory evaluator, the
// reports and their buckets all go through it).
//
// A local day starts at the first instant whose wall-clock date is that day and ends where
// the next day starts. Where midnight falls into a DST gap (America/Sao_Paulo 2011-10-16,
// Asia/Beirut 2011-03-27) the day starts at the first wall-clock time that exists (01:00);
// where midnight occurs twice (America/Havana 2012-11-04, clocks go back from 01:00 to 00:00)
// it starts at the first of the two. A day a zone skipped entirely (Pacific/Apia
// 2011-12-30) is empty: it starts where the next day starts.
//
// Qt 6.4's QDateTime(date, QTime(0, 0), zone) cannot be used for this: it is invalid in a
// gap (and then reads the wall clock as UTC) and picks the later instant in an overlap.

// The first instant of `day` in `zone`, as UTC.
QDateTime localDayStart(const QDate &day, const QTimeZone &zone);
// The first instant after `day` (= the start of the next day), as UTC.
QDateTime localDayEnd(const QDate &day, const QTimeZone &zone);
// The local day an instant belongs to: the day d with localDayStart(d) <= instant <
// localDayEnd(d), so that "created on day d" means the same in SQL bounds and in memory.
QDate localDateOf(const QDateTime &instant, const QTimeZone &zone);

} // namespace seg
