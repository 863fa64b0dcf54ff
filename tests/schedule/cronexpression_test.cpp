// Cron expressions as the system cron reads them: valid and invalid expressions with the exact
// message and field, the next run (steps, ranges, names, cron's day-of-month OR day-of-week rule,
// a day that never comes, a local time skipped by a clock change), intervals for --every, and the
// marked crontab block that leaves the other lines alone.
#include "testdatabases.h"

#include "schedule/cronexpression.h"
#include "schedule/crontab.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace seg;

namespace {

struct BadCron
{
    const char *expression;
    const char *message;
};

class CronRefused : public ::testing::TestWithParam<BadCron>
{
};

TEST_P(CronRefused, NamesTheField)
{
    Result<CronExpression> e = CronExpression::parse(QString::fromUtf8(GetParam().expression));
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(e.error().path, QStringLiteral("cron"));
    EXPECT_EQ(e.error().message.toStdString(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Cron, CronRefused,
    ::testing::Values(
        BadCron{"* * * *", "expected 5 fields (minute hour day-of-month month day-of-week), got 4 "
                           "in \"* * * *\""},
        BadCron{"60 * * * *", "field 1 (minute): 60 is out of range 0-59"},
        BadCron{"0 25 * * *", "field 2 (hour): 25 is out of range 0-23"},
        BadCron{"0 0 0 * *", "field 3 (day of month): 0 is out of range 1-31"},
        BadCron{"0 0 * 13 *", "field 4 (month): 13 is out of range 1-12"},
        BadCron{"0 0 * * 8", "field 5 (day of week): 8 is out of range 0-7"},
        BadCron{"*/0 * * * *", "field 1 (minute): \"*/0\" is not a step of 1 or more"},
        BadCron{"0 10-2 * * *", "field 2 (hour): the range 10-2 runs backwards"},
        BadCron{"0 x * * *", "field 2 (hour): \"x\" is not a number"},
        BadCron{"0 0 * foo *", "field 4 (month): \"foo\" is not a number"},
        BadCron{"1,,2 * * * *", "field 1 (minute): an empty list item"},
        BadCron{"@reboot", "\"@reboot\" is not a shorthand Segmentor can schedule (@hourly, "
                           "@daily, @weekly, @monthly, @yearly)"}));

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

struct NextRun
{
    const char *expression;
    const char *after; // UTC
    const char *next;  // UTC
};

class CronNextRun : public ::testing::TestWithParam<NextRun>
{
};

TEST_P(CronNextRun, IsTheFirstMatchingMinuteAfter)
{
    Result<CronExpression> e = CronExpression::parse(QString::fromUtf8(GetParam().expression));
    ASSERT_TRUE(e.ok()) << e.error().message.toStdString();
    const std::optional<QDateTime> next = e->nextAfter(utc(GetParam().after));
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->toUTC().toString(Qt::ISODate).toStdString(), GetParam().next);
    EXPECT_TRUE(e->matches(*next));
}

INSTANTIATE_TEST_SUITE_P(
    Cron, CronNextRun,
    ::testing::Values(
        NextRun{"*/30 * * * *", "2026-12-07T10:07:00Z", "2026-12-07T10:30:00Z"},
        NextRun{"*/30 * * * *", "2026-12-07T10:30:00Z", "2026-12-07T11:00:00Z"}, // strictly after
        NextRun{"*/30 * * * *", "2026-12-07T10:29:59Z", "2026-12-07T10:30:00Z"},
        NextRun{"0 */2 * * *", "2026-12-07T23:10:00Z", "2026-12-08T00:00:00Z"},
        NextRun{"5/20 * * * *", "2026-12-07T10:26:00Z", "2026-12-07T10:45:00Z"},
        NextRun{"0 9 * * 1-5", "2026-12-11T10:00:00Z", "2026-12-14T09:00:00Z"}, // Fri -> Mon
        NextRun{"0 9 * * mon-fri", "2026-12-12T08:00:00Z", "2026-12-14T09:00:00Z"},
        NextRun{"0 0 * * 7", "2026-12-07T00:00:00Z", "2026-12-13T00:00:00Z"}, // 7 = Sunday
        NextRun{"0 0 1 jan *", "2026-12-07T00:00:00Z", "2027-01-01T00:00:00Z"},
        NextRun{"@monthly", "2026-12-07T00:00:00Z", "2027-01-01T00:00:00Z"},
        // Both day fields restricted: the 13th OR a Friday (cron's rule), whichever comes first.
        NextRun{"0 0 13 * 5", "2026-12-07T00:00:00Z", "2026-12-11T00:00:00Z"},
        NextRun{"0 0 13 * 5", "2026-12-11T00:00:00Z", "2026-12-13T00:00:00Z"},
        NextRun{"0 0 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z"},
        NextRun{"15,45 3 * * *", "2026-12-07T03:20:00Z", "2026-12-07T03:45:00Z"}));

TEST(CronNextRunLocal, SkipsALocalTimeTheClockJumpsOver)
{
    // Paris moves from 02:00 to 03:00 on 2026-03-29: 02:30 does not exist that day.
    const QTimeZone paris("Europe/Paris");
    ASSERT_TRUE(paris.isValid());
    Result<CronExpression> e = CronExpression::parse(QStringLiteral("30 2 * * *"));
    ASSERT_TRUE(e.ok());
    const std::optional<QDateTime> next =
        e->nextAfter(QDateTime(QDate(2026, 3, 28), QTime(3, 0), paris));
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->date(), QDate(2026, 3, 30));
    EXPECT_EQ(next->time(), QTime(2, 30));
}

TEST(CronNextRunLocal, ADayThatNeverComesHasNoNextRun)
{
    Result<CronExpression> e = CronExpression::parse(QStringLiteral("0 0 30 2 *"));
    ASSERT_TRUE(e.ok());
    EXPECT_FALSE(e->nextAfter(utc("2026-12-07T00:00:00Z")).has_value());
}

TEST(CronInterval, EveryBecomesAnExpressionCronRepeatsEvenly)
{
    const QList<QPair<QString, QString>> ok = {{"30m", "*/30 * * * *"}, {"1m", "*/1 * * * *"},
                                               {"15m", "*/15 * * * *"}, {"60m", "0 * * * *"},
                                               {"1h", "0 */1 * * *"},   {"6h", "0 */6 * * *"},
                                               {"24h", "0 0 * * *"},    {"1d", "0 0 * * *"}};
    for (const auto &[every, cron] : ok) {
        Result<QString> e = CronExpression::fromInterval(every);
        ASSERT_TRUE(e.ok()) << every.toStdString();
        EXPECT_EQ(*e, cron) << every.toStdString();
        EXPECT_TRUE(CronExpression::parse(*e).ok());
    }
    for (const QString &bad : QStringList{"45m", "7h", "2d", "0m", "m", "30", "half an hour"}) {
        Result<QString> e = CronExpression::fromInterval(bad);
        ASSERT_FALSE(e.ok()) << bad.toStdString();
        EXPECT_EQ(e.error().path, QStringLiteral("every"));
        EXPECT_TRUE(e.error().message.startsWith(
            QStringLiteral("\"%1\" is not an interval cron repeats evenly").arg(bad)));
    }
}

TEST(CrontabBlock, ReplacesOnlyItsOwnBlock)
{
    const QString theirs = QStringLiteral("MAILTO=ops@example.com\n# backups\n0 3 * * * /usr/local/"
                                          "bin/backup --all\n\n*/5 * * * * echo 100%% done\n");
    EXPECT_FALSE(Crontab::block(theirs).has_value());
    const QString once = Crontab::withBlock(theirs, QStringLiteral("*/30 * * * * run"));
    EXPECT_TRUE(once.startsWith(theirs)) << once.toStdString();
    EXPECT_EQ(Crontab::block(once), QStringLiteral("*/30 * * * * run"));
    // Installing again replaces the block: still one, with the new line.
    const QString twice = Crontab::withBlock(once, QStringLiteral("0 * * * * run"));
    EXPECT_EQ(twice.count(QStringLiteral("# >>> segmentor schedule >>>")), 1);
    EXPECT_EQ(Crontab::block(twice), QStringLiteral("0 * * * * run"));
    EXPECT_TRUE(twice.startsWith(theirs));
    // Removing leaves exactly what was there.
    EXPECT_EQ(Crontab::withBlock(twice, std::nullopt), theirs);
    // A block in the middle (someone appended lines after it): those lines stay, in order.
    const QString middle = once + QStringLiteral("0 4 * * * later\n");
    EXPECT_EQ(Crontab::withBlock(middle, std::nullopt),
              theirs + QStringLiteral("0 4 * * * later\n"));
    EXPECT_EQ(Crontab::withBlock(QString(), std::nullopt), QString());
}

} // namespace
