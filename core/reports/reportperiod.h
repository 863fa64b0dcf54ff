#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace seg {

// A calendar-day range, both ends inclusive, read in the store's time zone.
struct DateRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // The first instant of `from` and the first instant after `to` in `zone`, as UTC
    // (localDayStart/localDayEnd): orders count when startUtc <= created_at < endUtc.
    QDateTime startUtc(const QTimeZone &zone) const;
    QDateTime endUtc(const QTimeZone &zone) const;

    friend bool operator==(const DateRange &a, const DateRange &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

enum class PeriodPreset
{
    Today,
    Yesterday,
    ThisWeek,
    Last7Days,
    ThisMonth,
    Last30Days,
    ThisQuarter,
    ThisYear,
    LastYear,
    Custom
};
enum class ComparePeriod
{
    None,
    PreviousPeriod,
    SamePeriodLastYear,
    Custom
};

// Period presets and comparison periods: pure calendar arithmetic on the store's "today".
class ReportPeriods
{
    Q_DECLARE_TR_FUNCTIONS(seg::ReportPeriods)
public:
    // The range of a preset. "This ..." presets run from the period's first day to today;
    // Last 7/30 days end today. Custom returns `custom`.
    static DateRange range(PeriodPreset preset, const QDate &today,
                           Qt::DayOfWeek weekStart = Qt::Monday, const DateRange &custom = {});
    // The comparison range: the same number of days just before `current`, the same dates a
    // year earlier (Feb 29 -> Feb 28), or `custom`. None gives nothing.
    static std::optional<DateRange> compare(ComparePeriod mode, const DateRange &current,
                                            const DateRange &custom = {});

    static QList<PeriodPreset> presets();
    static QString label(PeriodPreset preset);
    static QString label(ComparePeriod mode);
    // Stable ids for settings and the command line: "today", "last_7_days", ...
    static QString id(PeriodPreset preset);
    static std::optional<PeriodPreset> presetFromId(const QString &id);
};

} // namespace seg
