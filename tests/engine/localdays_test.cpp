// localDayStart / localDayEnd / localDateOf: the one function that turns store-zone calendar
// days into UTC bounds, around every kind of clock change (issue #11).
#include "common/localdays.h"
#include "engine/timecontext.h"
#include "reports/reportperiod.h"

#include <gtest/gtest.h>

using namespace seg;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

std::string text(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate).toStdString();
}

struct DayCase
{
    const char *name;
    const char *zone;
    QDate day;
    QDateTime start; // expected, UTC
    QDateTime end;
};

// Hours of the day: 23 where it loses an hour, 25 where it gains one.
const DayCase kDays[] = {
    {"Utc", "UTC", QDate(2026, 11, 1), utc(2026, 11, 1, 0), utc(2026, 11, 2, 0)},
    // Midnight falls into the gap: 00:00-00:59 do not exist, the day starts at 01:00 (-02).
    {"SaoPauloGapAtMidnight", "America/Sao_Paulo", QDate(2011, 10, 16), utc(2011, 10, 16, 3),
     utc(2011, 10, 17, 2)},
    {"SaoPauloDayBeforeTheGap", "America/Sao_Paulo", QDate(2011, 10, 15), utc(2011, 10, 15, 3),
     utc(2011, 10, 16, 3)},
    {"BeirutGapAtMidnight", "Asia/Beirut", QDate(2011, 3, 27), utc(2011, 3, 26, 22),
     utc(2011, 3, 27, 21)},
    // Clocks go back from 00:00 (-02) to 23:00 (-03): the 25th has 25 hours, the 26th starts at its
    // only midnight.
    {"SaoPauloFallBackToTheDayBefore", "America/Sao_Paulo", QDate(2012, 2, 25), utc(2012, 2, 25, 2),
     utc(2012, 2, 26, 3)},
    {"SaoPauloDayAfterTheFallBack", "America/Sao_Paulo", QDate(2012, 2, 26), utc(2012, 2, 26, 3),
     utc(2012, 2, 27, 3)},
    // Clocks go back from 01:00 (-04) to 00:00 (-05): midnight happens twice, the day starts at the
    // first.
    {"HavanaMidnightTwice", "America/Havana", QDate(2012, 11, 4), utc(2012, 11, 4, 4),
     utc(2012, 11, 5, 5)},
    {"HavanaDayBeforeMidnightTwice", "America/Havana", QDate(2012, 11, 3), utc(2012, 11, 3, 4),
     utc(2012, 11, 4, 4)},
    // Transitions at other hours leave midnight alone.
    {"BerlinGapAtTwo", "Europe/Berlin", QDate(2026, 3, 29), utc(2026, 3, 28, 23),
     utc(2026, 3, 29, 22)},
    {"BerlinFallBackAtThree", "Europe/Berlin", QDate(2026, 10, 25), utc(2026, 10, 24, 22),
     utc(2026, 10, 25, 23)},
    // Samoa skipped 2011-12-30 (from -10 to +14): the day is empty.
    {"ApiaSkippedDay", "Pacific/Apia", QDate(2011, 12, 30), utc(2011, 12, 30, 10),
     utc(2011, 12, 30, 10)},
    {"ApiaDayAfterTheSkip", "Pacific/Apia", QDate(2011, 12, 31), utc(2011, 12, 30, 10),
     utc(2011, 12, 31, 10)},
};

class LocalDays : public ::testing::TestWithParam<DayCase>
{
};

TEST_P(LocalDays, StartAndEndAreTheFirstInstantsOfTheDayAndOfTheNext)
{
    const DayCase &c = GetParam();
    const QTimeZone zone(c.zone);
    ASSERT_TRUE(zone.isValid()) << c.zone << ": is tzdata installed?";
    EXPECT_EQ(text(localDayStart(c.day, zone)), text(c.start));
    EXPECT_EQ(text(localDayEnd(c.day, zone)), text(c.end));
    EXPECT_EQ(text(localDayEnd(c.day.addDays(-1), zone)), text(c.start)) << "days must tile";
    // The same bounds for the engine (TimeContext) and the reports (DateRange).
    const TimeContext time(c.start, zone);
    EXPECT_EQ(text(time.dayStart(c.day)), text(c.start));
    EXPECT_EQ(text(DateRange{c.day, c.day}.startUtc(zone)), text(c.start));
    EXPECT_EQ(text(DateRange{c.day, c.day}.endUtc(zone)), text(c.end));
    if (c.start < c.end) {
        EXPECT_EQ(localDateOf(c.start, zone), c.day);
        EXPECT_EQ(localDateOf(c.end.addMSecs(-1), zone), c.day);
        EXPECT_EQ(time.today(), c.day);
    }
    EXPECT_NE(localDateOf(c.start.addMSecs(-1), zone), c.day);
    EXPECT_NE(localDateOf(c.end, zone), c.day);
}

INSTANTIATE_TEST_SUITE_P(Transitions, LocalDays, ::testing::ValuesIn(kDays),
                         [](const ::testing::TestParamInfo<DayCase> &info) {
                             return std::string(info.param.name);
                         });

// Every day of two years in zones with every kind of transition: days tile the time line,
// each starts at an instant whose wall clock shows that day while the millisecond before
// shows an earlier day, and localDateOf agrees with the bounds (every 10 minutes of a day
// with a transition, every 3 hours of the others).
TEST(LocalDaysSweep, DaysTileTheTimeLineAndAgreeWithTheWallClock)
{
    for (const char *name : {"America/Sao_Paulo", "Asia/Beirut", "America/Havana", "Europe/Berlin",
                             "America/Santiago", "Australia/Lord_Howe", "Asia/Tehran", "UTC"}) {
        const QTimeZone zone(name);
        ASSERT_TRUE(zone.isValid()) << name;
        for (QDate day(2011, 1, 1); day <= QDate(2012, 12, 31); day = day.addDays(1)) {
            const QDateTime start = localDayStart(day, zone);
            const QDateTime end = localDayEnd(day, zone);
            ASSERT_LT(start, end) << name << " " << day.toString(Qt::ISODate).toStdString();
            ASSERT_GE(start.msecsTo(end), 23 * 3600 * 1000 - 1)
                << name << " " << day.toString(Qt::ISODate).toStdString();
            ASSERT_LE(start.msecsTo(end), 25 * 3600 * 1000)
                << name << " " << day.toString(Qt::ISODate).toStdString();
            ASSERT_EQ(start.toTimeZone(zone).date(), day) << name << " " << text(start);
            ASSERT_LT(start.addMSecs(-1).toTimeZone(zone).date(), day)
                << name << " " << text(start);
            const int step = start.msecsTo(end) == 24 * 3600 * 1000 ? 3 * 3600 : 600;
            for (QDateTime t = start; t < end; t = t.addSecs(step))
                ASSERT_EQ(localDateOf(t, zone), day) << name << " " << text(t);
            ASSERT_EQ(localDateOf(end.addMSecs(-1), zone), day) << name << " " << text(end);
        }
    }
}

} // namespace
