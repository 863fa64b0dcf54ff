#include "engine/timecontext.h"

#include <gtest/gtest.h>

using namespace seg;

TEST(Calendar, AgeGrowsOnTheBirthdayAndFeb29CountsOnFeb28)
{
    EXPECT_EQ(calendar::ageOn(QDate(1990, 6, 15), QDate(2026, 6, 14)), 35);
    EXPECT_EQ(calendar::ageOn(QDate(1990, 6, 15), QDate(2026, 6, 15)), 36);
    EXPECT_EQ(calendar::ageOn(QDate(2000, 2, 29), QDate(2026, 2, 27)), 25);
    EXPECT_EQ(calendar::ageOn(QDate(2000, 2, 29), QDate(2026, 2, 28)), 26);
    EXPECT_EQ(calendar::ageOn(QDate(2000, 2, 29), QDate(2028, 2, 28)), 27);
    EXPECT_EQ(calendar::ageOn(QDate(2000, 2, 29), QDate(2028, 2, 29)), 28);
}

TEST(Calendar, DaysUntilBirthday)
{
    EXPECT_EQ(calendar::daysUntilBirthday(QDate(1990, 6, 15), QDate(2026, 6, 15)), 0);
    EXPECT_EQ(calendar::daysUntilBirthday(QDate(1990, 6, 15), QDate(2026, 6, 16)), 364);
    EXPECT_EQ(calendar::daysUntilBirthday(QDate(1990, 1, 1), QDate(2026, 12, 31)), 1);
    EXPECT_EQ(calendar::daysUntilBirthday(QDate(2000, 2, 29), QDate(2026, 2, 28)), 0);
    EXPECT_EQ(calendar::daysUntilBirthday(QDate(2000, 2, 29), QDate(2027, 12, 31)),
              60); // to Feb 29, 2028
}

TEST(Calendar, LatestBirthDateAgreesWithAgeOnEveryDayOfTwoYears)
{
    // The compiler's translation (dob <= latest date) must equal the evaluator's arithmetic.
    for (QDate today(2027, 1, 1); today <= QDate(2028, 12, 31); today = today.addDays(1)) {
        const QDate latest = calendar::latestBirthDateForAge(30, today);
        EXPECT_EQ(calendar::ageOn(latest, today), 30) << today.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(calendar::ageOn(latest.addDays(1), today), 29)
            << today.toString(Qt::ISODate).toStdString();
    }
}
