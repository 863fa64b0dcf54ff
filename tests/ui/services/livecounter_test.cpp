// LiveCounter on a demo store: the debounce collapses bursts, stale results are discarded,
// queued runs never start, and the counts equal `segmentor-cli evaluate --count`.
#include "servicesfixture.h"
#include "testdatabases.h"

#include "builder/livecounter.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

using namespace servicestest;

namespace {

const QString kBuyers =
    QStringLiteral(R"({"type":"orders","metric":"number_of_orders","operator":">=","value":%1})");
const QString kUk = QStringLiteral(
    R"({"type":"address","address":"any","conditions":[{"type":"address","attribute":"country_id","operator":"==","value":"GB"}]})");
const QString kGeneral =
    QStringLiteral(R"({"type":"customer","attribute":"group_id","operator":"in","value":[1]})");

seg::SegmentDefinition all(const QStringList &conditions)
{
    return definition(
        QStringLiteral(R"({"type":"combine","match":"all","expect":true,"conditions":[%1]})")
            .arg(conditions.join(QLatin1Char(','))));
}

TEST(LiveCounter, DebounceCollapsesABurstIntoOneRun)
{
    LiveCounter counter;
    counter.setStore(demoStore());
    counter.setDebounceMs(150);
    QSignalSpy totals(&counter, &LiveCounter::totalCounted);
    QSignalSpy finished(&counter, &LiveCounter::finished);
    QSignalSpy failed(&counter, &LiveCounter::failed);
    for (int i = 1; i <= 10; ++i)
        counter.request(all({kBuyers.arg(i)})); // typing "1", "2", ... "10" into the value field
    EXPECT_TRUE(counter.isBusy());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(failed.count(), 0) << (failed.isEmpty()
                                         ? std::string()
                                         : failed.first().first().toString().toStdString());
    EXPECT_EQ(counter.runsStarted(), 1);
    EXPECT_EQ(counter.runsExecuted(), 1);
    ASSERT_EQ(totals.count(), 1);
    EXPECT_EQ(totals.first().at(0).toLongLong(), cliCount(demoStore(), all({kBuyers.arg(10)})));
    EXPECT_GE(totals.first().at(1).toLongLong(), 0); // elapsed ms
    EXPECT_FALSE(counter.isBusy());
}

TEST(LiveCounter, CountsTheWholeDefinitionAndEachPartLikeTheCli)
{
    LiveCounter counter;
    counter.setStore(demoStore());
    counter.setDebounceMs(0);
    QSignalSpy totals(&counter, &LiveCounter::totalCounted);
    QSignalSpy parts(&counter, &LiveCounter::partCounted);
    QSignalSpy started(&counter, &LiveCounter::started);
    QSignalSpy finished(&counter, &LiveCounter::finished);
    const seg::SegmentDefinition whole = all({kBuyers.arg(2), kUk, kGeneral});
    counter.request(whole, {{7, all({kBuyers.arg(2)})}, {9, all({kUk})}, {11, all({kGeneral})}});
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(started.count(), 1);
    ASSERT_EQ(totals.count(), 1);
    const qint64 total = totals.first().at(0).toLongLong();
    EXPECT_EQ(total, cliCount(demoStore(), whole));
    EXPECT_GT(total, 0);
    ASSERT_EQ(parts.count(), 3);
    QHash<int, qint64> byKey;
    for (const QList<QVariant> &p : parts)
        byKey.insert(p.at(0).toInt(), p.at(1).toLongLong());
    EXPECT_EQ(byKey.value(7), cliCount(demoStore(), all({kBuyers.arg(2)})));
    EXPECT_EQ(byKey.value(9), cliCount(demoStore(), all({kUk})));
    EXPECT_EQ(byKey.value(11), cliCount(demoStore(), all({kGeneral})));
    for (int key : {7, 9, 11})
        EXPECT_GE(byKey.value(key), total); // each part alone matches at least the whole
}

TEST(LiveCounter, ANewerRequestDiscardsTheOlderResults)
{
    LiveCounter counter;
    counter.setStore(demoStore());
    counter.setDebounceMs(0);
    QSignalSpy totals(&counter, &LiveCounter::totalCounted);
    QSignalSpy parts(&counter, &LiveCounter::partCounted);
    QSignalSpy started(&counter, &LiveCounter::started);
    QSignalSpy finished(&counter, &LiveCounter::finished);
    const seg::SegmentDefinition older = all({kBuyers.arg(1)});
    const seg::SegmentDefinition newer = all({kBuyers.arg(3)});
    counter.request(older, {{1, older}});
    ASSERT_TRUE(started.wait(10000)); // the older run is on its way
    counter.request(newer);
    ASSERT_TRUE(finished.wait(30000));
    QTest::qWait(300); // anything the older run still delivers would arrive by now
    EXPECT_EQ(counter.runsStarted(), 2);
    ASSERT_EQ(totals.count(), 1);
    EXPECT_EQ(totals.first().at(0).toLongLong(), cliCount(demoStore(), newer));
    EXPECT_NE(cliCount(demoStore(), older),
              cliCount(demoStore(), newer)); // the test can tell them apart
    EXPECT_EQ(parts.count(), 0);             // the older run's part is stale too
}

TEST(LiveCounter, AQueuedRunThatIsNoLongerWantedNeverStarts)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore gate;
    QFuture<void> blocker =
        QtConcurrent::run([&gate] { gate.acquire(); }); // the only worker is busy

    LiveCounter counter;
    counter.setStore(demoStore());
    counter.setDebounceMs(0);
    QSignalSpy totals(&counter, &LiveCounter::totalCounted);
    QSignalSpy started(&counter, &LiveCounter::started);
    QSignalSpy finished(&counter, &LiveCounter::finished);
    counter.request(all({kBuyers.arg(1)}));
    ASSERT_TRUE(started.wait(10000)); // queued behind the blocker
    const seg::SegmentDefinition newer = all({kBuyers.arg(4)});
    counter.request(newer);
    QTest::qWait(50);
    gate.release();
    ASSERT_TRUE(finished.wait(30000));
    blocker.waitForFinished();
    pool->setMaxThreadCount(threads);
    EXPECT_EQ(counter.runsStarted(), 2);
    EXPECT_EQ(counter.runsExecuted(), 1); // only the newer one reached the database
    ASSERT_EQ(totals.count(), 1);
    EXPECT_EQ(totals.first().at(0).toLongLong(), cliCount(demoStore(), newer));
}

TEST(LiveCounter, CancelDropsThePendingRequest)
{
    LiveCounter counter;
    counter.setStore(demoStore());
    counter.setDebounceMs(100);
    QSignalSpy started(&counter, &LiveCounter::started);
    counter.request(all({kBuyers.arg(1)}));
    counter.cancel();
    EXPECT_FALSE(counter.isBusy());
    QTest::qWait(300);
    EXPECT_EQ(started.count(), 0);
    EXPECT_EQ(counter.runsStarted(), 0);
}

TEST(LiveCounter, AnInvalidDefinitionFailsWithTheValidatorsMessage)
{
    LiveCounter counter;
    counter.setStore(demoStore());
    counter.setDebounceMs(0);
    QSignalSpy totals(&counter, &LiveCounter::totalCounted);
    QSignalSpy failed(&counter, &LiveCounter::failed);
    QSignalSpy finished(&counter, &LiveCounter::finished);
    counter.request(all({QStringLiteral(
        R"({"type":"customer","attribute":"shoe_size","operator":">","value":40})")}));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(totals.count(), 0);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("shoe_size")))
        << failed.first().first().toString().toStdString();
}

TEST(LiveCounter, NoStoreIsAClearFailure)
{
    LiveCounter counter;
    counter.setDebounceMs(0);
    QSignalSpy failed(&counter, &LiveCounter::failed);
    counter.request(all({kGeneral}));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().first().toString(), QStringLiteral("No store is connected."));
}

// The same counts on MariaDB and PostgreSQL stores.
class LiveCounterServers : public ::testing::TestWithParam<int>
{
};

TEST_P(LiveCounterServers, CountsEqualTheCli)
{
    std::string why;
    const std::optional<seg::ConnectionSettings> store = demoStoreOn(GetParam(), why);
    SEGTEST_REQUIRE_STORE(store, why);
    LiveCounter counter;
    counter.setStore(*store);
    counter.setDebounceMs(0);
    QSignalSpy totals(&counter, &LiveCounter::totalCounted);
    QSignalSpy parts(&counter, &LiveCounter::partCounted);
    QSignalSpy finished(&counter, &LiveCounter::finished);
    const seg::SegmentDefinition whole = all({kBuyers.arg(2), kUk});
    counter.request(whole, {{1, all({kUk})}});
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(totals.count(), 1);
    EXPECT_EQ(totals.first().at(0).toLongLong(), cliCount(*store, whole));
    ASSERT_EQ(parts.count(), 1);
    EXPECT_EQ(parts.first().at(1).toLongLong(), cliCount(*store, all({kUk})));
    // The SQLite demo store has the same rows (same options): the same counts.
    EXPECT_EQ(totals.first().at(0).toLongLong(), cliCount(demoStore(), whole));
}

INSTANTIATE_TEST_SUITE_P(Servers, LiveCounterServers, ::testing::Values(1, 2),
                         [](const ::testing::TestParamInfo<int> &info) {
                             return info.param == 1 ? std::string("MariaDB")
                                                    : std::string("PostgreSQL");
                         });

} // namespace
