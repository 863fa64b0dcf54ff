// Period presets and comparison periods: week starts, quarters, leap years, time zones.
#include "common/localdays.h"
#include "reports/reportperiod.h"
#include "reports/salesreport.h"

#include <gtest/gtest.h>

using namespace seg;

namespace {

struct PresetCase
{
    const char *name;
    PeriodPreset preset;
    QDate today;
    Qt::DayOfWeek weekStart;
    QDate from;
    QDate to;
};

class Presets : public ::testing::TestWithParam<PresetCase>
{
};

TEST_P(Presets, Range)
{
    const PresetCase &c = GetParam();
    const DateRange r = ReportPeriods::range(c.preset, c.today, c.weekStart);
    EXPECT_EQ(r.from, c.from);
    EXPECT_EQ(r.to, c.to);
}

const QDate kSun(2026, 11, 1); // a Sunday (the demo store's "today")
const QDate kMon(2026, 11, 2);

INSTANTIATE_TEST_SUITE_P(
    Cases, Presets,
    ::testing::Values(
        PresetCase{"Today", PeriodPreset::Today, kSun, Qt::Monday, kSun, kSun},
        PresetCase{"YesterdayAcrossMonth", PeriodPreset::Yesterday, kSun, Qt::Monday,
                   QDate(2026, 10, 31), QDate(2026, 10, 31)},
        PresetCase{"YesterdayAcrossYear", PeriodPreset::Yesterday, QDate(2026, 1, 1), Qt::Monday,
                   QDate(2025, 12, 31), QDate(2025, 12, 31)},
        PresetCase{"ThisWeekMondayOnSunday", PeriodPreset::ThisWeek, kSun, Qt::Monday,
                   QDate(2026, 10, 26), kSun},
        PresetCase{"ThisWeekMondayOnMonday", PeriodPreset::ThisWeek, kMon, Qt::Monday, kMon, kMon},
        PresetCase{"ThisWeekSundayOnSunday", PeriodPreset::ThisWeek, kSun, Qt::Sunday, kSun, kSun},
        PresetCase{"ThisWeekSundayOnSaturday", PeriodPreset::ThisWeek, QDate(2026, 10, 31),
                   Qt::Sunday, QDate(2026, 10, 25), QDate(2026, 10, 31)},
        PresetCase{"ThisWeekAcrossYear", PeriodPreset::ThisWeek, QDate(2027, 1, 1), Qt::Monday,
                   QDate(2026, 12, 28), QDate(2027, 1, 1)},
        PresetCase{"Last7Days", PeriodPreset::Last7Days, kSun, Qt::Monday, QDate(2026, 10, 26),
                   kSun},
        PresetCase{"ThisMonthFirstDay", PeriodPreset::ThisMonth, kSun, Qt::Monday, kSun, kSun},
        PresetCase{"ThisMonth", PeriodPreset::ThisMonth, QDate(2026, 10, 17), Qt::Monday,
                   QDate(2026, 10, 1), QDate(2026, 10, 17)},
        PresetCase{"Last30DaysLeapFebruary", PeriodPreset::Last30Days, QDate(2024, 3, 1),
                   Qt::Monday, QDate(2024, 2, 1), QDate(2024, 3, 1)},
        PresetCase{"ThisQuarterQ4", PeriodPreset::ThisQuarter, kSun, Qt::Monday, QDate(2026, 10, 1),
                   kSun},
        PresetCase{"ThisQuarterQ1End", PeriodPreset::ThisQuarter, QDate(2026, 3, 31), Qt::Monday,
                   QDate(2026, 1, 1), QDate(2026, 3, 31)},
        PresetCase{"ThisQuarterQ2Start", PeriodPreset::ThisQuarter, QDate(2026, 4, 1), Qt::Monday,
                   QDate(2026, 4, 1), QDate(2026, 4, 1)},
        PresetCase{"ThisQuarterQ3", PeriodPreset::ThisQuarter, QDate(2026, 9, 30), Qt::Monday,
                   QDate(2026, 7, 1), QDate(2026, 9, 30)},
        PresetCase{"ThisYear", PeriodPreset::ThisYear, kSun, Qt::Monday, QDate(2026, 1, 1), kSun},
        PresetCase{"LastYearLeap", PeriodPreset::LastYear, QDate(2025, 2, 28), Qt::Monday,
                   QDate(2024, 1, 1), QDate(2024, 12, 31)}),
    [](const ::testing::TestParamInfo<PresetCase> &info) { return std::string(info.param.name); });

TEST(ReportPeriods, CustomPresetReturnsTheCustomRange)
{
    const DateRange custom{QDate(2026, 2, 3), QDate(2026, 2, 9)};
    EXPECT_EQ(ReportPeriods::range(PeriodPreset::Custom, kSun, Qt::Monday, custom), custom);
}

TEST(ReportPeriods, PreviousPeriodHasTheSameLength)
{
    const DateRange october{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    EXPECT_EQ(*ReportPeriods::compare(ComparePeriod::PreviousPeriod, october),
              (DateRange{QDate(2026, 8, 31), QDate(2026, 9, 30)}));
    const DateRange day{kSun, kSun};
    EXPECT_EQ(*ReportPeriods::compare(ComparePeriod::PreviousPeriod, day),
              (DateRange{QDate(2026, 10, 31), QDate(2026, 10, 31)}));
    const DateRange leapMarch{QDate(2024, 3, 1), QDate(2024, 3, 7)};
    EXPECT_EQ(*ReportPeriods::compare(ComparePeriod::PreviousPeriod, leapMarch),
              (DateRange{QDate(2024, 2, 23), QDate(2024, 2, 29)}));
}

TEST(ReportPeriods, SamePeriodLastYearMapsFebruary29)
{
    const DateRange leap{QDate(2024, 2, 1), QDate(2024, 2, 29)};
    EXPECT_EQ(*ReportPeriods::compare(ComparePeriod::SamePeriodLastYear, leap),
              (DateRange{QDate(2023, 2, 1), QDate(2023, 2, 28)}));
    const DateRange ytd{QDate(2026, 1, 1), kSun};
    EXPECT_EQ(*ReportPeriods::compare(ComparePeriod::SamePeriodLastYear, ytd),
              (DateRange{QDate(2025, 1, 1), QDate(2025, 11, 1)}));
}

TEST(ReportPeriods, NoneAndInvalidCustomGiveNothing)
{
    const DateRange october{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    EXPECT_FALSE(ReportPeriods::compare(ComparePeriod::None, october).has_value());
    EXPECT_FALSE(ReportPeriods::compare(ComparePeriod::Custom, october,
                                        DateRange{QDate(2026, 2, 9), QDate(2026, 2, 3)})
                     .has_value());
    const DateRange custom{QDate(2025, 10, 1), QDate(2025, 10, 15)};
    EXPECT_EQ(*ReportPeriods::compare(ComparePeriod::Custom, october, custom), custom);
}

TEST(ReportPeriods, DayBoundsInTheStoreTimeZone)
{
    const DateRange october{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    // Berlin: CEST (+2) on Oct 1, CET (+1) after Oct 25.
    const QTimeZone berlin("Europe/Berlin");
    EXPECT_EQ(october.startUtc(berlin),
              QDateTime(QDate(2026, 9, 30), QTime(22, 0), QTimeZone::utc()));
    EXPECT_EQ(october.endUtc(berlin),
              QDateTime(QDate(2026, 10, 31), QTime(23, 0), QTimeZone::utc()));
    EXPECT_EQ(october.startUtc(QTimeZone::utc()),
              QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()));
    // Los Angeles: west of UTC, the day starts at 07:00 UTC in October.
    EXPECT_EQ(october.startUtc(QTimeZone("America/Los_Angeles")),
              QDateTime(QDate(2026, 10, 1), QTime(7, 0), QTimeZone::utc()));
    // Santiago skips midnight on its DST day (2026-09-06): the day starts at 01:00 local.
    const QDateTime santiago = localDayStart(QDate(2026, 9, 6), QTimeZone("America/Santiago"));
    EXPECT_EQ(santiago, QDateTime(QDate(2026, 9, 6), QTime(4, 0), QTimeZone::utc()));
    EXPECT_EQ(october.days(), 31);
}

TEST(ReportPeriods, PresetIdsRoundTrip)
{
    for (PeriodPreset p : ReportPeriods::presets()) {
        EXPECT_EQ(ReportPeriods::presetFromId(ReportPeriods::id(p)), p);
        EXPECT_FALSE(ReportPeriods::label(p).isEmpty());
    }
    EXPECT_FALSE(ReportPeriods::presetFromId(QStringLiteral("someday")).has_value());
}

TEST(SeriesBuckets, WeeksAndMonths)
{
    const DateRange range{QDate(2026, 10, 1), QDate(2026, 11, 3)};
    const QList<QDate> weeks =
        SalesReport::bucketStarts(range, SeriesGranularity::Week, Qt::Monday);
    ASSERT_EQ(weeks.size(), 6);
    EXPECT_EQ(weeks[0], QDate(2026, 10, 1)); // clipped to the period
    EXPECT_EQ(weeks[1], QDate(2026, 10, 5));
    EXPECT_EQ(weeks[5], QDate(2026, 11, 2));
    const QList<QDate> sundays =
        SalesReport::bucketStarts(range, SeriesGranularity::Week, Qt::Sunday);
    EXPECT_EQ(sundays[1], QDate(2026, 10, 4));
    const QList<QDate> months = SalesReport::bucketStarts(
        DateRange{QDate(2024, 1, 31), QDate(2024, 3, 1)}, SeriesGranularity::Month, Qt::Monday);
    EXPECT_EQ(months, (QList<QDate>{QDate(2024, 1, 31), QDate(2024, 2, 1), QDate(2024, 3, 1)}));
    EXPECT_EQ(SalesReport::bucketStarts(range, SeriesGranularity::Day, Qt::Monday).size(), 34);
    EXPECT_TRUE(
        SalesReport::bucketStarts(DateRange{}, SeriesGranularity::Day, Qt::Monday).isEmpty());
}

} // namespace
