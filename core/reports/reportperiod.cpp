#include "reports/reportperiod.h"

#include "common/localdays.h"

namespace seg {

QDateTime DateRange::startUtc(const QTimeZone &zone) const
{
    return localDayStart(from, zone);
}

QDateTime DateRange::endUtc(const QTimeZone &zone) const
{
    return localDayEnd(to, zone);
}

namespace {

QDate weekStartOf(const QDate &day, Qt::DayOfWeek weekStart)
{
    const int back = (day.dayOfWeek() - int(weekStart) + 7) % 7;
    return day.addDays(-back);
}

QDate sameDayYearsAgo(const QDate &day, int years)
{
    // QDate::addYears maps Feb 29 to Feb 28 in a common year.
    return day.addYears(-years);
}

} // namespace

DateRange ReportPeriods::range(PeriodPreset preset, const QDate &today, Qt::DayOfWeek weekStart,
                               const DateRange &custom)
{
    switch (preset) {
    case PeriodPreset::Today:
        return {today, today};
    case PeriodPreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case PeriodPreset::ThisWeek:
        return {weekStartOf(today, weekStart), today};
    case PeriodPreset::Last7Days:
        return {today.addDays(-6), today};
    case PeriodPreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::Last30Days:
        return {today.addDays(-29), today};
    case PeriodPreset::ThisQuarter:
        return {QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1), today};
    case PeriodPreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case PeriodPreset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case PeriodPreset::Custom:
        return custom;
    }
    return custom;
}

std::optional<DateRange> ReportPeriods::compare(ComparePeriod mode, const DateRange &current,
                                                const DateRange &custom)
{
    switch (mode) {
    case ComparePeriod::None:
        return std::nullopt;
    case ComparePeriod::PreviousPeriod: {
        if (!current.isValid()) return std::nullopt;
        const qint64 n = current.days();
        return DateRange{current.from.addDays(-n), current.from.addDays(-1)};
    }
    case ComparePeriod::SamePeriodLastYear:
        if (!current.isValid()) return std::nullopt;
        return DateRange{sameDayYearsAgo(current.from, 1), sameDayYearsAgo(current.to, 1)};
    case ComparePeriod::Custom:
        if (!custom.isValid()) return std::nullopt;
        return custom;
    }
    return std::nullopt;
}

QList<PeriodPreset> ReportPeriods::presets()
{
    return {PeriodPreset::Today,       PeriodPreset::Yesterday, PeriodPreset::ThisWeek,
            PeriodPreset::Last7Days,   PeriodPreset::ThisMonth, PeriodPreset::Last30Days,
            PeriodPreset::ThisQuarter, PeriodPreset::ThisYear,  PeriodPreset::LastYear,
            PeriodPreset::Custom};
}

QString ReportPeriods::label(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return tr("Today");
    case PeriodPreset::Yesterday:
        return tr("Yesterday");
    case PeriodPreset::ThisWeek:
        return tr("This week");
    case PeriodPreset::Last7Days:
        return tr("Last 7 days");
    case PeriodPreset::ThisMonth:
        return tr("This month");
    case PeriodPreset::Last30Days:
        return tr("Last 30 days");
    case PeriodPreset::ThisQuarter:
        return tr("This quarter");
    case PeriodPreset::ThisYear:
        return tr("This year");
    case PeriodPreset::LastYear:
        return tr("Last year");
    case PeriodPreset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString ReportPeriods::label(ComparePeriod mode)
{
    switch (mode) {
    case ComparePeriod::None:
        return tr("No comparison");
    case ComparePeriod::PreviousPeriod:
        return tr("Previous period");
    case ComparePeriod::SamePeriodLastYear:
        return tr("Same period last year");
    case ComparePeriod::Custom:
        return tr("Custom range");
    }
    return {};
}

QString ReportPeriods::id(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return QStringLiteral("today");
    case PeriodPreset::Yesterday:
        return QStringLiteral("yesterday");
    case PeriodPreset::ThisWeek:
        return QStringLiteral("this_week");
    case PeriodPreset::Last7Days:
        return QStringLiteral("last_7_days");
    case PeriodPreset::ThisMonth:
        return QStringLiteral("this_month");
    case PeriodPreset::Last30Days:
        return QStringLiteral("last_30_days");
    case PeriodPreset::ThisQuarter:
        return QStringLiteral("this_quarter");
    case PeriodPreset::ThisYear:
        return QStringLiteral("this_year");
    case PeriodPreset::LastYear:
        return QStringLiteral("last_year");
    case PeriodPreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<PeriodPreset> ReportPeriods::presetFromId(const QString &text)
{
    for (PeriodPreset p : presets())
        if (id(p) == text) return p;
    return std::nullopt;
}

} // namespace seg
