// Calendar days around clock changes, on SQLite, MariaDB and PostgreSQL (issue #11): a date
// compared with a datetime attribute means the store-zone day, which may begin in a DST gap
// (America/Sao_Paulo 2011-10-16, Asia/Beirut 2011-03-27: no midnight), at the first of two
// midnights (America/Havana 2012-11-04), after a repeated hour of the day before (Sao Paulo
// 2012-02-26) or be 23 or 25 hours long with midnight untouched (Europe/Berlin). The compiled
// SQL and the in-memory evaluator must both give exactly the members whose local day — written
// by hand below, not computed — satisfies the comparison, for a customer column, a scoped
// product row (viewed_at) and an order filter (created_at).
#include "bothpaths.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace segtest;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

struct Moment
{
    int customer;
    const char *utc; // created_at, viewed_at and the order's created_at
    QDate localDay;  // by hand: the wall clock of the store zone at that instant
};

struct Scenario
{
    const char *name; // also the customers' first name
    const char *zone;
    QDate day; // the day with the transition
    std::vector<Moment> moments;
};

const Scenario kScenarios[] = {
    // 2011-10-16 00:00 (-03) became 01:00 (-02) at 03:00 UTC.
    {"SaoPauloGap",
     "America/Sao_Paulo",
     QDate(2011, 10, 16),
     {{11, "2011-10-15 02:59:00", QDate(2011, 10, 14)},
      {12, "2011-10-15 03:00:00", QDate(2011, 10, 15)},
      {13, "2011-10-16 00:30:00", QDate(2011, 10, 15)}, // 21:30 on the 15th
      {14, "2011-10-16 02:59:59", QDate(2011, 10, 15)},
      {15, "2011-10-16 03:00:00", QDate(2011, 10, 16)}, // 01:00, the first instant of the 16th
      {16, "2011-10-17 01:59:59", QDate(2011, 10, 16)},
      {17, "2011-10-17 02:00:00", QDate(2011, 10, 17)}}},
    // 2011-03-27 00:00 (+02) became 01:00 (+03) at 22:00 UTC the day before.
    {"BeirutGap",
     "Asia/Beirut",
     QDate(2011, 3, 27),
     {{21, "2011-03-25 21:59:00", QDate(2011, 3, 25)},
      {22, "2011-03-25 22:00:00", QDate(2011, 3, 26)},
      {23, "2011-03-26 21:59:59", QDate(2011, 3, 26)},
      {24, "2011-03-26 22:00:00", QDate(2011, 3, 27)}, // 01:00, the first instant of the 27th
      {25, "2011-03-26 23:30:00", QDate(2011, 3, 27)},
      {26, "2011-03-27 20:59:59", QDate(2011, 3, 27)},
      {27, "2011-03-27 21:00:00", QDate(2011, 3, 28)}}},
    // 2012-11-04 01:00 (-04) went back to 00:00 (-05) at 05:00 UTC: midnight twice.
    {"HavanaMidnightTwice",
     "America/Havana",
     QDate(2012, 11, 4),
     {{31, "2012-11-04 03:59:59", QDate(2012, 11, 3)},
      {32, "2012-11-04 04:00:00", QDate(2012, 11, 4)}, // the first midnight
      {33, "2012-11-04 04:59:00", QDate(2012, 11, 4)},
      {34, "2012-11-04 05:00:00", QDate(2012, 11, 4)}, // the second midnight
      {35, "2012-11-05 04:59:59", QDate(2012, 11, 4)},
      {36, "2012-11-05 05:00:00", QDate(2012, 11, 5)}}},
    // 2012-02-26 00:00 (-02) went back to 23:00 (-03) on the 25th at 02:00 UTC.
    {"SaoPauloFallBack",
     "America/Sao_Paulo",
     QDate(2012, 2, 26),
     {{41, "2012-02-25 01:59:59", QDate(2012, 2, 24)},
      {42, "2012-02-25 02:00:00", QDate(2012, 2, 25)},
      {43, "2012-02-26 01:30:00", QDate(2012, 2, 25)}, // 23:30, the first time
      {44, "2012-02-26 02:30:00", QDate(2012, 2, 25)}, // 23:30, the second time
      {45, "2012-02-26 03:00:00", QDate(2012, 2, 26)},
      {46, "2012-02-27 02:59:59", QDate(2012, 2, 26)},
      {47, "2012-02-27 03:00:00", QDate(2012, 2, 27)}}},
    // 2026-03-29 02:00 (+01) became 03:00 (+02): a 23-hour day, midnight untouched.
    {"BerlinGapAtTwo",
     "Europe/Berlin",
     QDate(2026, 3, 29),
     {{51, "2026-03-28 22:59:59", QDate(2026, 3, 28)},
      {52, "2026-03-28 23:00:00", QDate(2026, 3, 29)},
      {53, "2026-03-29 01:00:00", QDate(2026, 3, 29)},
      {54, "2026-03-29 21:59:59", QDate(2026, 3, 29)},
      {55, "2026-03-29 22:00:00", QDate(2026, 3, 30)}}},
    // 2026-10-25 03:00 (+02) went back to 02:00 (+01): a 25-hour day.
    {"BerlinFallBackAtThree",
     "Europe/Berlin",
     QDate(2026, 10, 25),
     {{61, "2026-10-24 21:59:59", QDate(2026, 10, 24)},
      {62, "2026-10-24 22:00:00", QDate(2026, 10, 25)},
      {63, "2026-10-25 00:30:00", QDate(2026, 10, 25)}, // 02:30, the first time
      {64, "2026-10-25 01:30:00", QDate(2026, 10, 25)}, // 02:30, the second time
      {65, "2026-10-25 22:59:59", QDate(2026, 10, 25)},
      {66, "2026-10-25 23:00:00", QDate(2026, 10, 26)}}},
};

void buildWorld(FixtureStore &f)
{
    f.installBase();
    f.product(1, QStringLiteral("MUG-1"), QStringLiteral("Red Mug"));
    int viewId = 1;
    for (const Scenario &s : kScenarios) {
        for (const Moment &m : s.moments) {
            f.customer(m.customer,
                       {{"firstname", s.name}, {"created_at", m.utc}, {"updated_at", m.utc}});
            f.order(m.customer, m.customer, {{"created_at", m.utc}, {"updated_at", m.utc}});
            f.insert(QStringLiteral("report_viewed_product_index"), {{"index_id", viewId++},
                                                                     {"customer_id", m.customer},
                                                                     {"product_id", 1},
                                                                     {"store_id", 1},
                                                                     {"added_at", m.utc}});
        }
    }
    // Birthdays on the days around the Sao Paulo gap, for "today" in the store zone.
    f.customer(101, {{"firstname", "Birthday"}, {"dob", "1980-10-15"}});
    f.customer(102, {{"firstname", "Birthday"}, {"dob", "1980-10-16"}});
}

struct World
{
    std::unique_ptr<seg::StoreConnection> connection;
    std::optional<seg::StoreSchema> schema;
    QList<seg::MemberKey> universe;
};

World *world(Backend backend, std::string &why)
{
    static std::map<Backend, World> worlds;
    static const bool registered = (atTestsEnd([] { worlds.clear(); }), true);
    Q_UNUSED(registered);
    if (auto it = worlds.find(backend); it != worlds.end())
        return it->second.connection ? &it->second : nullptr;
    World &w = worlds[backend];
    w.connection = freshStore(backend, QStringLiteral("daytransitions"), QString(), why);
    if (!w.connection) return nullptr;
    FixtureStore f(*w.connection, QString());
    buildWorld(f);
    w.schema = f.schema();
    w.universe = allMemberCandidates(*w.connection, *w.schema);
    return &w;
}

// How a date is compared, each on another attribute: the customer's own column, a scoped
// product row, an order filter.
struct Form
{
    const char *name;
    const char *conditionTemplate; // %1 = operator, %2 = value
};

const Form kForms[] = {
    {"CustomerCreatedAt",
     R"({"type":"customer","attribute":"created_at","operator":"%1","value":%2})"},
    {"ViewedAt",
     R"({"type":"products","source":"viewed","conditions":[{"type":"product","attribute":"viewed_at","operator":"%1","value":%2}]})"},
    {"OrderCreatedAt",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"created_at","operator":"%1","value":%2}]})"},
};

class DayTransitions : public ::testing::TestWithParam<std::tuple<Backend, Scenario>>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_world = world(std::get<0>(GetParam()), why);
        if (!m_world) {
            if (serversRequired()) FAIL() << why;
            GTEST_SKIP() << why;
        }
    }

    // Both paths must give exactly the scenario's customers whose local day passes `keep`.
    void expectDays(const QString &op, const QString &value,
                    const std::function<bool(const QDate &)> &keep)
    {
        const Scenario &s = std::get<1>(GetParam());
        QStringList expected;
        QList<seg::MemberKey> universe; // the scenario's customers: the others fail its first test
        for (const Moment &m : s.moments) {
            universe << seg::MemberKey::registered(m.customer);
            if (keep(m.localDay)) expected << QString::number(m.customer);
        }
        expected.sort();
        for (const Form &form : kForms) {
            const QString test = QString::fromUtf8(form.conditionTemplate).arg(op, value);
            const QString conditions =
                QStringLiteral(
                    R"({"type":"combine","match":"all","expect":true,"conditions":[)"
                    R"({"type":"customer","attribute":"firstname","operator":"==","value":"%1"},%2]})")
                    .arg(QString::fromUtf8(s.name), test);
            const BothPaths both =
                evaluateBoth(*m_world->connection, *m_world->schema, definitionJson(conditions),
                             universe, kAsOf, nullptr, QTimeZone(s.zone));
            ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
            QStringList sql = both.sql, evaluated = both.evaluated;
            sql.sort();
            evaluated.sort();
            EXPECT_EQ(sql, expected) << "compiled SQL on " << backendName(std::get<0>(GetParam()))
                                     << ", " << s.zone << ": " << test.toStdString();
            EXPECT_EQ(evaluated, expected) << "evaluator, " << s.zone << ": " << test.toStdString();
        }
    }

    static QString date(const QDate &d)
    {
        return QStringLiteral("\"%1\"").arg(d.toString(Qt::ISODate));
    }

    World *m_world = nullptr;
};

TEST_P(DayTransitions, DateValuesMeanTheStoreZoneDay)
{
    const QDate d = std::get<1>(GetParam()).day;
    const QDate before = d.addDays(-1);
    expectDays(QStringLiteral("=="), date(d), [&](const QDate &x) { return x == d; });
    expectDays(QStringLiteral("=="), date(before), [&](const QDate &x) { return x == before; });
    expectDays(QStringLiteral("!="), date(d), [&](const QDate &x) { return x != d; });
    expectDays(QStringLiteral("between"), QStringLiteral("[%1,%1]").arg(date(before)),
               [&](const QDate &x) { return x == before; });
    expectDays(QStringLiteral("between"), QStringLiteral("[%1,%2]").arg(date(before), date(d)),
               [&](const QDate &x) { return x >= before && x <= d; });
    expectDays(QStringLiteral("<"), date(d), [&](const QDate &x) { return x < d; });
    expectDays(QStringLiteral("<="), date(d), [&](const QDate &x) { return x <= d; });
    expectDays(QStringLiteral(">"), date(before), [&](const QDate &x) { return x > before; });
    expectDays(QStringLiteral(">="), date(d), [&](const QDate &x) { return x >= d; });
}

TEST_P(DayTransitions, SameDayAsADatetimeMeansItsStoreZoneDay)
{
    // "==" with an instant: the day that instant falls on in the store zone (the transition
    // day's first instant, then the last millisecond of the day before).
    const Scenario &s = std::get<1>(GetParam());
    const QTimeZone zone(s.zone);
    QDateTime first; // the first moment on the transition day, by the hand-written days
    QDateTime lastBefore;
    for (const Moment &m : s.moments) {
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(m.utc),
                                                   QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QDateTime t(at.date(), at.time(), QTimeZone::utc());
        if (m.localDay == s.day && (!first.isValid() || t < first)) first = t;
        if (m.localDay < s.day && (!lastBefore.isValid() || t > lastBefore)) lastBefore = t;
    }
    ASSERT_TRUE(first.isValid() && lastBefore.isValid());
    const auto iso = [](const QDateTime &t) {
        return QStringLiteral("\"%1\"").arg(t.toString(Qt::ISODate));
    };
    expectDays(QStringLiteral("=="), iso(first), [&](const QDate &x) { return x == s.day; });
    expectDays(QStringLiteral("=="), iso(lastBefore),
               [&](const QDate &x) { return x == s.day.addDays(-1); });
}

INSTANTIATE_TEST_SUITE_P(Zones, DayTransitions,
                         ::testing::Combine(::testing::ValuesIn(allBackends()),
                                            ::testing::ValuesIn(kScenarios)),
                         [](const auto &info) {
                             return backendName(std::get<0>(info.param)) + "_" +
                                    std::get<1>(info.param).name;
                         });

// "Today" in the store zone for birthdays: 02:30 UTC on 2011-10-16 is still the 15th in Sao
// Paulo; 03:00 UTC is the 16th (01:00, midnight never happened).
class StoreZoneToday : public ::testing::TestWithParam<Backend>
{
};

TEST_P(StoreZoneToday, BirthdaysFollowTheStoreZoneDayAcrossTheGap)
{
    std::string why;
    World *w = world(GetParam(), why);
    SEGTEST_REQUIRE_STORE(w, why);
    const QTimeZone saoPaulo("America/Sao_Paulo");
    const QString birthdayToday = QStringLiteral(
        R"({"type":"combine","match":"all","expect":true,"conditions":[)"
        R"({"type":"customer","attribute":"firstname","operator":"==","value":"Birthday"},)"
        R"({"type":"customer","attribute":"days_until_birthday","operator":"==","value":0}]})");
    const auto check = [&](const QDateTime &asOf, const QStringList &expected) {
        const BothPaths both =
            evaluateBoth(*w->connection, *w->schema, definitionJson(birthdayToday), w->universe,
                         asOf, nullptr, saoPaulo);
        ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
        EXPECT_EQ(both.sql, expected) << asOf.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(both.evaluated, expected) << asOf.toString(Qt::ISODate).toStdString();
    };
    check(QDateTime(QDate(2011, 10, 16), QTime(2, 30), QTimeZone::utc()), {"101"});
    check(QDateTime(QDate(2011, 10, 16), QTime(3, 0), QTimeZone::utc()), {"102"});
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, StoreZoneToday, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace
