#include "schedule/cronexpression.h"

#include <QStringList>
#include <QTimeZone>

namespace seg {

namespace {

const char *const kFieldNames[] = {"minute", "hour", "day of month", "month", "day of week"};
const int kLow[] = {0, 0, 1, 1, 0};
const int kHigh[] = {59, 23, 31, 12, 7};
const QStringList kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                             "jul", "aug", "sep", "oct", "nov", "dec"};
const QStringList kWeekdays = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

Error fieldError(int field, const QString &what)
{
    return Error{QStringLiteral("cron"),
                 QStringLiteral("field %1 (%2): %3").arg(field + 1).arg(kFieldNames[field], what),
                 ErrorCode::InvalidArgument};
}

std::optional<int> number(int field, const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && !text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1Char('-'))) return n;
    const QString lower = text.toLower();
    if (field == 3 && kMonths.contains(lower)) return int(kMonths.indexOf(lower)) + 1;
    if (field == 4 && kWeekdays.contains(lower)) return int(kWeekdays.indexOf(lower));
    return std::nullopt;
}

// One field into a set of allowed values (indexes low..high); false with `error` set when wrong.
Result<QList<int>> parseField(int field, const QString &text)
{
    QList<int> values;
    const int low = kLow[field];
    const int high = kHigh[field];
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (part.isEmpty()) return fieldError(field, QStringLiteral("an empty list item"));
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(QLatin1Char('/')); slash >= 0) {
            range = part.left(slash);
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return fieldError(field,
                                  QStringLiteral("\"%1\" is not a step of 1 or more").arg(part));
        }
        int from = low;
        int to = high;
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            const QString a = dash > 0 ? range.left(dash) : range;
            const std::optional<int> first = number(field, a);
            if (!first) return fieldError(field, QStringLiteral("\"%1\" is not a number").arg(a));
            from = *first;
            to = step > 1 && dash <= 0 ? high : from; // "5/15" = from 5 to the end, every 15
            if (dash > 0) {
                const QString b = range.mid(dash + 1);
                const std::optional<int> last = number(field, b);
                if (!last)
                    return fieldError(field, QStringLiteral("\"%1\" is not a number").arg(b));
                to = *last;
            }
        }
        for (const int v : {from, to})
            if (v < low || v > high)
                return fieldError(
                    field, QStringLiteral("%1 is out of range %2-%3").arg(v).arg(low).arg(high));
        if (from > to)
            return fieldError(field,
                              QStringLiteral("the range %1-%2 runs backwards").arg(from).arg(to));
        for (int v = from; v <= to; v += step)
            values << v;
    }
    return values;
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString &input)
{
    QString text = input.simplified();
    static const QList<QPair<QString, QString>> shorthands = {
        {"@hourly", "0 * * * *"},  {"@daily", "0 0 * * *"},   {"@midnight", "0 0 * * *"},
        {"@weekly", "0 0 * * 0"},  {"@monthly", "0 0 1 * *"}, {"@yearly", "0 0 1 1 *"},
        {"@annually", "0 0 1 1 *"}};
    QString expanded = text;
    for (const auto &[name, fields] : shorthands)
        if (text.compare(name, Qt::CaseInsensitive) == 0) expanded = fields;
    if (expanded.startsWith(QLatin1Char('@')))
        return Error{QStringLiteral("cron"),
                     QStringLiteral("\"%1\" is not a shorthand Segmentor can schedule (@hourly, "
                                    "@daily, @weekly, @monthly, @yearly)")
                         .arg(text),
                     ErrorCode::InvalidArgument};
    const QStringList fields = expanded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Error{QStringLiteral("cron"),
                     QStringLiteral("expected 5 fields (minute hour day-of-month month "
                                    "day-of-week), got %1 in \"%2\"")
                         .arg(fields.size())
                         .arg(text),
                     ErrorCode::InvalidArgument};
    CronExpression e;
    e.m_text = text;
    for (int f = 0; f < 5; ++f) {
        Result<QList<int>> values = parseField(f, fields[f]);
        if (!values) return values.error();
        for (const int v : *values) {
            switch (f) {
            case 0:
                e.m_minutes.set(v);
                break;
            case 1:
                e.m_hours.set(v);
                break;
            case 2:
                e.m_days.set(v);
                break;
            case 3:
                e.m_months.set(v);
                break;
            default:
                e.m_weekdays.set(v % 7);
                break;
            }
        }
    }
    // Cron's rule: a field that starts with '*' does not restrict the day.
    e.m_dayRestricted = !fields[2].startsWith(QLatin1Char('*'));
    e.m_weekdayRestricted = !fields[4].startsWith(QLatin1Char('*'));
    return e;
}

Result<QString> CronExpression::fromInterval(const QString &every)
{
    const QString t = every.trimmed().toLower();
    bool ok = false;
    const int n = t.left(t.size() - 1).toInt(&ok);
    const QChar unit = t.isEmpty() ? QChar() : t.back();
    if (ok && n >= 1) {
        if (unit == QLatin1Char('m') && 60 % n == 0)
            return n == 60 ? QStringLiteral("0 * * * *") : QStringLiteral("*/%1 * * * *").arg(n);
        if (unit == QLatin1Char('h') && 24 % n == 0)
            return n == 24 ? QStringLiteral("0 0 * * *") : QStringLiteral("0 */%1 * * *").arg(n);
        if (unit == QLatin1Char('d') && n == 1) return QStringLiteral("0 0 * * *");
    }
    return Error{QStringLiteral("every"),
                 QStringLiteral("\"%1\" is not an interval cron repeats evenly: use 1, 2, 3, 4, "
                                "5, 6, 10, 12, 15, 20 or 30m, 1, 2, 3, 4, 6, 8 or 12h, or 1d "
                                "(other times: --cron \"EXPR\")")
                     .arg(every),
                 ErrorCode::InvalidArgument};
}

bool CronExpression::dayMatches(const QDate &date) const
{
    const bool day = m_days.test(date.day());
    const bool weekday = m_weekdays.test(date.dayOfWeek() % 7);
    if (m_dayRestricted && m_weekdayRestricted) return day || weekday;
    return day && weekday;
}

bool CronExpression::matches(const QDateTime &at) const
{
    return m_months.test(at.date().month()) && dayMatches(at.date()) &&
           m_hours.test(at.time().hour()) && m_minutes.test(at.time().minute());
}

std::optional<QDateTime> CronExpression::nextAfter(const QDateTime &after) const
{
    const QTimeZone zone = after.timeZone();
    const QDateTime start =
        after.addSecs(60 - after.time().second()).addMSecs(-after.time().msec());
    const QDate first = start.date();
    for (QDate d = first; d < first.addYears(5); d = d.addDays(1)) {
        if (!m_months.test(d.month()) || !dayMatches(d)) continue;
        for (int h = 0; h < 24; ++h) {
            if (!m_hours.test(h)) continue;
            for (int m = 0; m < 60; ++m) {
                if (!m_minutes.test(m)) continue;
                const QDateTime candidate(d, QTime(h, m), zone);
                if (candidate.time() != QTime(h, m)) continue; // skipped by a clock change
                if (candidate >= start) return candidate;
            }
        }
    }
    return std::nullopt;
}

} // namespace seg
