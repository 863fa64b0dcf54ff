// Refresh on SQLite, MariaDB and PostgreSQL: joins and leaves, overrides across refreshes,
// journal and history, move-to-group priorities, dry runs, busy locks, and a refresh killed
// with SIGKILL in the middle of its transaction.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "refresh/refresher.h"
#include "refresh/refreshlock.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <csignal>

using namespace segtest;
using namespace seg;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

SegmentDefinition definition(const QString &code, const QString &children,
                             const QString &extra = {})
{
    const QByteArray json =
        QStringLiteral(
            R"({"segmentor":1,"code":"%1","name":"%1"%2,"conditions":{"type":"combine","conditions":[%3]}})")
            .arg(code, extra.isEmpty() ? QString() : QStringLiteral(",") + extra, children)
            .toUtf8();
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : SegmentDefinition{};
}

const QString kBuyers =
    QStringLiteral(R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})");

class Refresh : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_connection =
            freshStore(GetParam(),
                       QStringLiteral("refresh_%1")
                           .arg(QString::fromStdString(
                                    ::testing::UnitTest::GetInstance()->current_test_info()->name())
                                    .section(QLatin1Char('/'), 0, 0)
                                    .toLower()),
                       QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        m_fixture.emplace(*m_connection, QStringLiteral("mg_"));
        m_fixture->installBase();
        for (int id = 1; id <= 5; ++id)
            m_fixture->customer(id);
        m_fixture->order(1, 1);
        m_fixture->order(2, 2);
        ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());
        m_schema = m_fixture->schema();
        m_repository = std::make_unique<SegmentRepository>(*m_connection, QStringLiteral("mg_"));
    }

    Result<RefreshResult> refresh(const QString &code, bool dryRun = false)
    {
        Refresher refresher(*m_connection, *m_schema, *m_repository);
        RefreshOptions o;
        o.asOf = kAsOf;
        o.dryRun = dryRun;
        return refresher.refresh(code, o);
    }

    QStringList members(const QString &code)
    {
        QStringList out;
        for (const MemberRow &m : *m_repository->members(code))
            out << m.key.toString();
        return out;
    }

    QStringList column(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(m_connection->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    void exec(const QString &sql)
    {
        EXPECT_TRUE(m_connection->exec(sql).ok()) << sql.toStdString();
    }

    std::unique_ptr<StoreConnection> m_connection;
    std::optional<FixtureStore> m_fixture;
    std::optional<StoreSchema> m_schema;
    std::unique_ptr<SegmentRepository> m_repository;
};

TEST_P(Refresh, JoinsAndLeavesAreJournaledAndLogged)
{
    ASSERT_TRUE(m_repository->save(definition(QStringLiteral("buyers"), kBuyers)).ok());
    Result<RefreshResult> first = refresh(QStringLiteral("buyers"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 2);
    EXPECT_EQ(first->removed, 0);
    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"1", "2"}));

    exec(QStringLiteral("DELETE FROM mg_sales_order WHERE entity_id = 2"));
    m_fixture->order(3, 3);
    Result<RefreshResult> second = refresh(QStringLiteral("buyers"));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->added, 1);
    EXPECT_EQ(second->removed, 1);
    EXPECT_EQ(second->memberCount, 2);
    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"1", "3"}));

    EXPECT_EQ(column(QStringLiteral("SELECT change_kind FROM mg_segmentor_journal WHERE refresh_id "
                                    "= %1 ORDER BY change_kind")
                         .arg(*second->refreshId)),
              QStringList({"entered", "left"}));
    EXPECT_EQ(column(QStringLiteral("SELECT member_key FROM mg_segmentor_journal WHERE refresh_id "
                                    "= %1 ORDER BY change_kind")
                         .arg(*second->refreshId)),
              QStringList({"3", "2"}));
    const Result<QList<HistoryEntry>> history = m_repository->history(QStringLiteral("buyers"));
    ASSERT_TRUE(history.ok());
    QStringList events;
    for (const HistoryEntry &e : *history)
        if (e.refreshId == second->refreshId)
            events << QStringLiteral("%1=%2/%3")
                          .arg(e.event)
                          .arg(e.amount.value_or(-1))
                          .arg(e.trigger);
    EXPECT_EQ(events, QStringList({"refresh_finished=2/manual", "customers_removed=1/manual",
                                   "customers_added=1/manual", "refresh_started=-1/manual"}));
    const auto record = *m_repository->find(QStringLiteral("buyers"));
    EXPECT_EQ(record->refreshStatus, QStringLiteral("completed"));
    EXPECT_EQ(record->memberCount, 2);
    EXPECT_EQ(column(QStringLiteral(
                  "SELECT member_count FROM mg_segmentor_snapshot ORDER BY snapshot_id")),
              QStringList({"2", "2"}));
    EXPECT_TRUE(column(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_stage")) ==
                QStringList({"0"}))
        << "staging rows are cleaned up";
}

TEST_P(Refresh, OverridesSurviveEveryRefresh)
{
    ASSERT_TRUE(m_repository->save(definition(QStringLiteral("buyers"), kBuyers)).ok());
    ASSERT_TRUE(m_repository
                    ->setOverride(QStringLiteral("buyers"), {MemberKey::registered(1)},
                                  OverrideKind::Exclude, QStringLiteral("asked"))
                    .ok());
    ASSERT_TRUE(m_repository
                    ->setOverride(QStringLiteral("buyers"), {MemberKey::registered(4)},
                                  OverrideKind::Include)
                    .ok());
    for (int round = 0; round < 4; ++round) {
        m_fixture->order(10 + round, 5 - (round % 2)); // customers 5 and 4 gain orders
        ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
        const QStringList now = members(QStringLiteral("buyers"));
        EXPECT_FALSE(now.contains(QStringLiteral("1"))) << "round " << round;
        EXPECT_TRUE(now.contains(QStringLiteral("4"))) << "round " << round;
    }
    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"2", "4", "5"}));
    ASSERT_TRUE(m_repository
                    ->resetOverride(QStringLiteral("buyers"), {MemberKey::registered(1)},
                                    QStringLiteral("consent given again"))
                    .ok());
    ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"1", "2", "4", "5"}));
    // The reset and its reason are in the history.
    Result<QList<HistoryEntry>> history = m_repository->history(QStringLiteral("buyers"), 1000);
    ASSERT_TRUE(history.ok());
    const auto reset = std::find_if(history->begin(), history->end(), [](const HistoryEntry &e) {
        return e.event == QLatin1String("override_reset");
    });
    ASSERT_NE(reset, history->end());
    EXPECT_EQ(reset->message, QStringLiteral("1: consent given again"));
    EXPECT_EQ(reset->trigger, QStringLiteral("manual"));
}

TEST_P(Refresh, DryRunListsChangesAndChangesNothing)
{
    ASSERT_TRUE(m_repository->save(definition(QStringLiteral("buyers"), kBuyers)).ok());
    ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    m_fixture->order(3, 3);
    exec(QStringLiteral("DELETE FROM mg_sales_order WHERE entity_id = 1"));
    const QStringList historyBefore =
        column(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_history"));
    Result<RefreshResult> dry = refresh(QStringLiteral("buyers"), true);
    ASSERT_TRUE(dry.ok()) << dry.error().message.toStdString();
    ASSERT_EQ(dry->entering.size(), 1);
    EXPECT_EQ(dry->entering.first().toString(), QStringLiteral("3"));
    ASSERT_EQ(dry->leaving.size(), 1);
    EXPECT_EQ(dry->leaving.first().toString(), QStringLiteral("1"));
    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"1", "2"}));
    EXPECT_EQ(column(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_history")), historyBefore);
    EXPECT_EQ(column(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_stage")),
              QStringList({"0"}));
}

TEST_P(Refresh, MoveToGroupLowestPriorityWins)
{
    // Both segments hold customers 1 and 2; "gold" (priority 5) beats "silver" (priority 10).
    ASSERT_TRUE(m_repository
                    ->save(definition(QStringLiteral("silver"), kBuyers,
                                      R"("priority":10,"actions":{"move_to_group":2})"))
                    .ok());
    ASSERT_TRUE(m_repository
                    ->save(definition(QStringLiteral("gold"), kBuyers,
                                      R"("priority":5,"actions":{"move_to_group":3})"))
                    .ok());
    const QString groups = QStringLiteral(
        "SELECT group_id FROM mg_customer_entity WHERE entity_id IN (1, 2, 3) ORDER BY entity_id");
    Result<RefreshResult> silver = refresh(QStringLiteral("silver"));
    ASSERT_TRUE(silver.ok()) << silver.error().message.toStdString();
    EXPECT_EQ(silver->groupChanged, 2);
    EXPECT_EQ(column(groups), QStringList({"2", "2", "1"}));
    Result<RefreshResult> gold = refresh(QStringLiteral("gold"));
    ASSERT_TRUE(gold.ok());
    EXPECT_EQ(gold->groupChanged, 2);
    EXPECT_EQ(column(groups), QStringList({"3", "3", "1"}));
    // A newcomer to both, refreshed gold first: silver must not take it over.
    m_fixture->order(3, 3);
    ASSERT_TRUE(refresh(QStringLiteral("gold")).ok());
    Result<RefreshResult> silverAgain = refresh(QStringLiteral("silver"));
    ASSERT_TRUE(silverAgain.ok());
    EXPECT_EQ(silverAgain->added, 1);
    EXPECT_EQ(silverAgain->groupChanged, 0);
    EXPECT_EQ(column(groups), QStringList({"3", "3", "3"}));
    const Result<QList<HistoryEntry>> history = m_repository->history(QStringLiteral("gold"));
    bool logged = false;
    for (const HistoryEntry &e : *history)
        logged = logged || (e.event == QLatin1String("group_changed") && e.amount == 2);
    EXPECT_TRUE(logged);
}

TEST_P(Refresh, LeaversGoBackToTheGroupTheyWereMovedFrom)
{
    // Customers 1 and 2 (group 1) enter and move to group 4; customer 2's group is then changed
    // by hand to 5. When both leave, 1 goes back to group 1 and 2 keeps the hand-made group.
    ASSERT_TRUE(
        m_repository
            ->save(definition(QStringLiteral("vip"), kBuyers,
                              R"("actions":{"move_to_group":4,"restore_group_on_exit":true})"))
            .ok());
    const QString groups = QStringLiteral(
        "SELECT group_id FROM mg_customer_entity WHERE entity_id IN (1, 2, 3) ORDER BY entity_id");
    Result<RefreshResult> entered = refresh(QStringLiteral("vip"));
    ASSERT_TRUE(entered.ok()) << entered.error().message.toStdString();
    EXPECT_EQ(entered->groupChanged, 2);
    EXPECT_EQ(column(groups), QStringList({"4", "4", "1"}));
    EXPECT_EQ(column(QStringLiteral("SELECT previous_group_id FROM mg_segmentor_group_move "
                                    "ORDER BY customer_id")),
              QStringList({"1", "1"}));
    exec(QStringLiteral("UPDATE mg_customer_entity SET group_id = 5 WHERE entity_id = 2"));
    exec(QStringLiteral("UPDATE mg_sales_order SET customer_id = NULL, customer_email = "
                        "'gone@example.com' WHERE customer_id IN (1, 2)"));
    Result<RefreshResult> left = refresh(QStringLiteral("vip"));
    ASSERT_TRUE(left.ok()) << left.error().message.toStdString();
    EXPECT_EQ(left->removed, 2);
    EXPECT_EQ(left->groupRestored, 1);
    EXPECT_EQ(column(groups), QStringList({"1", "5", "1"}));
    EXPECT_EQ(column(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_group_move")),
              QStringList({"0"}));
    const Result<QList<HistoryEntry>> history = m_repository->history(QStringLiteral("vip"));
    ASSERT_TRUE(history.ok());
    bool logged = false;
    for (const HistoryEntry &e : *history)
        logged = logged || (e.event == QLatin1String("group_restored") && e.amount == 1);
    EXPECT_TRUE(logged);
}

TEST_P(Refresh, CancelKeepsTheMembershipAndSaysSo)
{
    ASSERT_TRUE(m_repository->save(definition(QStringLiteral("buyers"), kBuyers)).ok());
    ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    m_fixture->order(3, 3);
    Refresher refresher(*m_connection, *m_schema, *m_repository);
    RefreshOptions o;
    o.asOf = kAsOf;
    QStringList steps;
    o.progress = [&](const RefreshProgress &p) {
        steps << p.step;
        return p.step !=
               QLatin1String("applied"); // cancel after the changes were made, before commit
    };
    Result<RefreshResult> r = refresher.refresh(QStringLiteral("buyers"), o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(r.error().message, QStringLiteral("cancelled"));
    EXPECT_EQ(steps.last(), QStringLiteral("applied"));
    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"1", "2"}));
    EXPECT_EQ((*m_repository->find(QStringLiteral("buyers")))->refreshStatus,
              QStringLiteral("completed"));
    EXPECT_EQ((*m_repository->history(QStringLiteral("buyers"), 1)).first().event,
              QStringLiteral("refresh_cancelled"));
    EXPECT_EQ(column(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_stage")),
              QStringList({"0"}));
}

TEST_P(Refresh, SecondRefreshOfTheSameSegmentIsBusy)
{
    ASSERT_TRUE(m_repository->save(definition(QStringLiteral("buyers"), kBuyers)).ok());
    // Another session holds the lock, as a refresh running in another process would.
    auto other = StoreConnection::open(m_connection->settings());
    ASSERT_TRUE(other.ok());
    auto held = RefreshLock::acquire(**other, QStringLiteral("mg_"), QStringLiteral("buyers"));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    Result<RefreshResult> busy = refresh(QStringLiteral("buyers"));
    ASSERT_FALSE(busy.ok());
    EXPECT_EQ(busy.error().code, ErrorCode::Busy);
    EXPECT_EQ(busy.error().message,
              QStringLiteral("segment \"buyers\" is being refreshed by another process; try again "
                             "when it has finished"));
    EXPECT_TRUE(members(QStringLiteral("buyers")).isEmpty());
    held.value().reset();
    EXPECT_TRUE(refresh(QStringLiteral("buyers")).ok());
}

TEST_P(Refresh, InvalidSavedDefinitionFailsClearly)
{
    SegmentDefinition d = definition(QStringLiteral("broken"),
                                     R"({"type":"segment","operator":"in","value":["gone"]})");
    ASSERT_TRUE(m_repository->save(d).ok());
    Result<RefreshResult> r = refresh(QStringLiteral("broken"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              QStringLiteral("segment \"broken\" is invalid: conditions.conditions[0].value[0]: "
                             "unknown segment \"gone\""));
}

QString urlOf(const ConnectionSettings &s)
{
    if (s.dialect == Dialect::Sqlite) return QStringLiteral("sqlite:%1?prefix=mg_").arg(s.path);
    return QStringLiteral("%1://%2:%3@%4:%5/%6?prefix=mg_")
        .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"),
             s.user, QString::fromUtf8(QUrl::toPercentEncoding(s.password)), s.host)
        .arg(s.port)
        .arg(s.database);
}

TEST_P(Refresh, KilledMidTransactionLeavesTheOldMembership)
{
    ASSERT_TRUE(m_repository->save(definition(QStringLiteral("buyers"), kBuyers)).ok());
    ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    exec(QStringLiteral("DELETE FROM mg_sales_order WHERE entity_id = 2"));
    m_fixture->order(3, 3);
    m_fixture->order(4, 4);

    // The CLI refreshes in a child process that stops after applying its changes, still
    // inside its transaction; then it is killed.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_REFRESH_PAUSE_AT"), QStringLiteral("applied"));
    child.setProcessEnvironment(env);
    child.start(
        qEnvironmentVariable("SEGMENTOR_CLI_TESTHOOKS", QStringLiteral("segmentor-cli-testhooks")),
        {QStringLiteral("refresh"), QStringLiteral("buyers"), QStringLiteral("--verbose"),
         QStringLiteral("--database"), urlOf(m_connection->settings()), QStringLiteral("--as-of"),
         kAsOf.toString(Qt::ISODate)});
    child.setReadChannel(QProcess::StandardError); // progress goes to stderr
    ASSERT_TRUE(child.waitForStarted());
    QByteArray progress;
    while (!progress.contains("applied") && child.state() == QProcess::Running &&
           child.waitForReadyRead(30000))
        progress += child.readAllStandardError();
    ASSERT_TRUE(progress.contains("applied")) << progress.toStdString();
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished();

    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"1", "2"}))
        << "the killed refresh must not have changed anything";
    EXPECT_EQ((*m_repository->find(QStringLiteral("buyers")))->refreshStatus,
              QStringLiteral("processing"));
    // The server lets go of the dead session (its transaction rolled back, its refresh lock
    // released) only once it has seen the socket close: wait for that, as a later run would.
    bool released = false;
    for (int waited = 0; !released && waited < 100; ++waited) {
        auto probe =
            RefreshLock::acquire(*m_connection, QStringLiteral("mg_"), QStringLiteral("buyers"));
        released = probe.ok();
        if (!released) QThread::msleep(100);
    }
    ASSERT_TRUE(released) << "the server kept the killed refresh's lock for 10 s";
    // The next run notices, says so, and does the work.
    Result<RefreshResult> next = refresh(QStringLiteral("buyers"));
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    EXPECT_TRUE(next->previousWasInterrupted);
    EXPECT_EQ(members(QStringLiteral("buyers")), QStringList({"1", "3", "4"}));
    // Counted in SQL: reading the history back through QMYSQL's prepared statements has been
    // seen to return garbled event text on MariaDB (left open; see the README's known issues).
    EXPECT_EQ(column(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_history WHERE event = "
                                    "'refresh_interrupted'")),
              QStringList({"1"}));
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, Refresh, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace
