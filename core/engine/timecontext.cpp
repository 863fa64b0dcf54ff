#include "engine/timecontext.h"

#include "common/localdays.h"
#include "definition/valueparsing.h"

namespace seg {

TimeContext::TimeContext(QDateTime asOf, QTimeZone storeZone, bool rewind)
    : m_asOf(asOf.toUTC()), m_zone(std::move(storeZone)), m_rewind(rewind)
{
    if (!m_zone.isValid()) m_zone = QTimeZone::utc();
}

QDate TimeContext::today() const
{
    return localDateOf(m_asOf, m_zone);
}

QDateTime TimeContext::dayStart(const QDate &day) const
{
    return localDayStart(day, m_zone);
}

QDate TimeContext::dayOf(const QDateTime &instant) const
{
    return localDateOf(instant, m_zone);
}

QDateTime TimeContext::minusDays(double days) const
{
    return m_asOf.addMSecs(-daysToMs(days));
}

namespace calendar {

namespace {
QDate birthdayIn(const QDate &dob, int year)
{
    if (dob.month() == 2 && dob.day() == 29 && !QDate::isLeapYear(year)) return QDate(year, 2, 28);
    return QDate(year, dob.month(), dob.day());
}
} // namespace

int ageOn(const QDate &dob, const QDate &day)
{
    int years = day.year() - dob.year();
    if (day < birthdayIn(dob, day.year())) --years;
    return years;
}

int daysUntilBirthday(const QDate &dob, const QDate &day)
{
    QDate next = birthdayIn(dob, day.year());
    if (next < day) next = birthdayIn(dob, day.year() + 1);
    return int(day.daysTo(next));
}

QDate latestBirthDateForAge(int years, const QDate &day)
{
    const int year = day.year() - years;
    // Born on Feb 29 of a leap year: in a common year the birthday is Feb 28.
    if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()) &&
        QDate::isLeapYear(year))
        return QDate(year, 2, 29);
    if (day.month() == 2 && day.day() == 29 && !QDate::isLeapYear(year)) return QDate(year, 2, 28);
    return QDate(year, day.month(), day.day());
}

} // namespace calendar
} // namespace seg
