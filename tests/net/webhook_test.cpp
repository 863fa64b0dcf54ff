// Enter/exit webhooks against a receiver the tests start on loopback (FakeWebhook): it checks
// the HMAC signature and de-duplicates by event id. On each database: the events' exact keys
// after a refresh, 500s and a timeout survived without a lost or doubled event, a refused
// batch kept and never retried, a stopped delivery resumed without resending a recorded batch,
// a dry run, refresh.failed for a scheduled refresh that failed, and a SIGKILLed segmentor-cli
// whose delivery the next run finishes.
#include "fakemarketingservers.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "net/destinationrepository.h"
#include "net/webhookdelivery.h"
#include "operations/refreshsegment.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QUrl>

#include <QMessageAuthenticationCode>

#include <QCryptographicHash>

#include <gtest/gtest.h>

#include <csignal>

using namespace segtest;
using namespace seg;

namespace {

const QString kSecret = QStringLiteral("whsec_test_3f9a");

SegmentDefinition definitionOf(const char *json)
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(QByteArray(json));
    EXPECT_TRUE(d.ok()) << (d.ok() ? std::string() : d.error().message.toStdString());
    return d.ok() ? *d : SegmentDefinition{};
}

const char *kBuyers =
    R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})";

QString urlOf(const ConnectionSettings &s)
{
    if (s.dialect == Dialect::Sqlite) return QStringLiteral("sqlite:%1?prefix=mg_").arg(s.path);
    return QStringLiteral("%1://%2:%3@%4:%5/%6?prefix=mg_")
        .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"),
             s.user, QString::fromUtf8(QUrl::toPercentEncoding(s.password)), s.host)
        .arg(s.port)
        .arg(s.database);
}

QStringList membersOf(const QList<QJsonObject> &events, const QString &type)
{
    QStringList out;
    for (const QJsonObject &e : events)
        if (e.value(QStringLiteral("type")).toString() == type)
            out << e.value(QStringLiteral("member")).toString();
    out.sort();
    return out;
}

class Webhook : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString name = QStringLiteral("hook_%1").arg(
            QString::fromStdString(::testing::UnitTest::GetInstance()->current_test_info()->name())
                .section(QLatin1Char('/'), 0, 0)
                .toLower());
        m_connection = freshStore(GetParam(), name, QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        m_fixture.emplace(*m_connection, QStringLiteral("mg_"));
        m_fixture->installBase();
        for (int id = 1; id <= 40; ++id)
            m_fixture->customer(id);
        for (int id = 1; id <= 25; ++id)
            m_fixture->order(id, id);
        ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());
        m_settings = m_connection->settings();
        m_settings.tablePrefix = QStringLiteral("mg_");
        Result<StoreSession> session = StoreSession::open(m_settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session = std::make_unique<StoreSession>(std::move(session).value());
        ASSERT_TRUE(m_session->segments->save(definitionOf(kBuyers)).ok());
        ASSERT_TRUE(refresh().ok()); // the first 25 members: before any webhook
    }

    void addWebhook(const QString &url, int batchSize,
                    const QStringList &events = {QStringLiteral("enter"), QStringLiteral("exit")},
                    const QStringList &segments = {QStringLiteral("buyers")},
                    const QString &secretEnv = {})
    {
        Destination d;
        d.name = QStringLiteral("hook");
        d.kind = DestinationKind::Webhook;
        d.baseUrl = url;
        d.syncAfterRefresh = segments;
        d.events = events;
        d.batchSize = batchSize;
        d.secretEnv = secretEnv;
        Result<Destination> saved =
            DestinationRepository(*m_session->storage.connection, m_session->storage.tablePrefix)
                .save(d);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    // 3 leave (2, 4, 6), 5 customers and a guest join: 9 changes.
    void change()
    {
        ASSERT_TRUE(
            m_connection
                ->exec(QStringLiteral("DELETE FROM mg_sales_order WHERE customer_id IN (2, 4, 6)"))
                .ok());
        for (int id = 30; id <= 34; ++id)
            m_fixture->order(100 + id, id);
        m_fixture->order(200, QVariant(QMetaType::fromType<qint64>()),
                         {{"customer_email", "Guest.One@Example.com"},
                          {"customer_firstname", "Gina"},
                          {"customer_lastname", "Guest"},
                          {"customer_group_id", 0}});
    }

    static SyncOptions fast()
    {
        SyncOptions o;
        o.retry.baseDelayMs = 5;
        o.retry.maxDelayMs = 50;
        o.retry.maxAttempts = 4;
        o.readTimeoutSeconds = 1;
        return o;
    }

    Result<RefreshOutcome> refresh(const SyncOptions &sync = fast(),
                                   const QString &code = QStringLiteral("buyers"),
                                   RefreshTrigger trigger = RefreshTrigger::Manual)
    {
        RefreshArgs args;
        args.options.trigger = trigger;
        args.apiKey = [](const Destination &) { return kSecret; };
        args.sync = sync;
        return refreshSegment(*m_session, code, args);
    }

    Result<SyncResult> deliver(const SyncOptions &options = fast(), const QString &secret = kSecret)
    {
        return SegmentSync(*m_session)
            .run(QStringLiteral("hook"), QStringLiteral("buyers"), secret, options);
    }

    std::unique_ptr<StoreConnection> m_connection;
    std::optional<FixtureStore> m_fixture;
    ConnectionSettings m_settings;
    std::unique_ptr<StoreSession> m_session;
};

TEST_P(Webhook, RefreshPostsSignedEnterAndExitEventsWithTheirKeys)
{
    FakeWebhook receiver(kSecret);
    addWebhook(receiver.url(), 4);
    change();
    Result<RefreshOutcome> outcome = refresh();
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    ASSERT_EQ(outcome->pushes.size(), 1);
    const AfterRefreshPush &push = outcome->pushes.first();
    ASSERT_TRUE(push.result.ok()) << push.result.error().message.toStdString();
    EXPECT_EQ(push.result->status, QStringLiteral("completed"));
    EXPECT_EQ(push.result->added, 6);
    EXPECT_EQ(push.result->removed, 3);
    EXPECT_EQ(receiver.badSignatures(), 0);
    EXPECT_EQ(receiver.batches().size(), 3); // 4 + 4 + 1
    const QList<QJsonObject> events = receiver.events();
    ASSERT_EQ(events.size(), 9);
    EXPECT_EQ(receiver.receivedIds().size(), 9);
    EXPECT_EQ(membersOf(events, QStringLiteral("segment.entered")),
              QStringList({"30", "31", "32", "33", "34", "guest.one@example.com"}));
    EXPECT_EQ(membersOf(events, QStringLiteral("segment.exited")), QStringList({"2", "4", "6"}));

    const qint64 refreshId = *outcome->result.refreshId;
    for (const QJsonObject &e : events) {
        EXPECT_EQ(QStringList(e.keys()).size(), 14) << QJsonDocument(e).toJson().toStdString();
        EXPECT_EQ(e.value(QStringLiteral("segment")).toString(), QStringLiteral("buyers"));
        EXPECT_EQ(e.value(QStringLiteral("segment_name")).toString(), QStringLiteral("Buyers"));
        EXPECT_EQ(e.value(QStringLiteral("refresh_id")).toInteger(), refreshId);
        EXPECT_TRUE(
            QDateTime::fromString(e.value(QStringLiteral("occurred_at")).toString(), Qt::ISODate)
                .isValid());
        EXPECT_TRUE(e.value(QStringLiteral("occurred_at")).toString().endsWith(QLatin1Char('Z')));
        // The id is stable: the same change always has the same id.
        EXPECT_EQ(e.value(QStringLiteral("id")).toString(),
                  webhookEventId(QStringLiteral("buyers/%1/%2/%3")
                                     .arg(refreshId)
                                     .arg(e.value(QStringLiteral("member")).toString(),
                                          e.value(QStringLiteral("type")).toString())));
    }
    for (const QJsonObject &e : events) {
        const QString member = e.value(QStringLiteral("member")).toString();
        if (member == QLatin1String("31")) {
            EXPECT_EQ(e.value(QStringLiteral("type")).toString(),
                      QStringLiteral("segment.entered"));
            EXPECT_EQ(e.value(QStringLiteral("customer_id")).toInteger(), 31);
            EXPECT_EQ(e.value(QStringLiteral("email")).toString(),
                      QStringLiteral("c31@example.com"));
            EXPECT_EQ(e.value(QStringLiteral("firstname")).toString(), QStringLiteral("Test"));
            EXPECT_EQ(e.value(QStringLiteral("lastname")).toString(), QStringLiteral("Customer31"));
            EXPECT_EQ(e.value(QStringLiteral("group_id")).toInt(), 1);
            EXPECT_EQ(e.value(QStringLiteral("website_id")).toInt(), 1);
            EXPECT_TRUE(e.value(QStringLiteral("country")).isNull());
        }
        if (member == QLatin1String("guest.one@example.com")) {
            EXPECT_TRUE(e.value(QStringLiteral("customer_id")).isNull());
            EXPECT_EQ(e.value(QStringLiteral("email")).toString(),
                      QStringLiteral("Guest.One@Example.com"));
            EXPECT_EQ(e.value(QStringLiteral("firstname")).toString(), QStringLiteral("Gina"));
            EXPECT_EQ(e.value(QStringLiteral("group_id")).toInt(), 0);
            EXPECT_EQ(e.value(QStringLiteral("website_id")).toInt(), 1);
        }
        if (member == QLatin1String("4")) {
            EXPECT_EQ(e.value(QStringLiteral("type")).toString(), QStringLiteral("segment.exited"));
            EXPECT_EQ(e.value(QStringLiteral("email")).toString(),
                      QStringLiteral("c4@example.com"));
        }
    }

    // Nothing changed: nothing is sent; the run is in the sync history.
    Result<RefreshOutcome> idle = refresh();
    ASSERT_TRUE(idle.ok());
    ASSERT_EQ(idle->pushes.size(), 1);
    ASSERT_TRUE(idle->pushes.first().result.ok());
    EXPECT_EQ(idle->pushes.first().result->toAdd + idle->pushes.first().result->toRemove, 0);
    EXPECT_EQ(receiver.batches().size(), 3);
    SyncRepository runs(*m_session->storage.connection, m_session->storage.tablePrefix);
    EXPECT_EQ(runs.runs()->size(), 2);
}

TEST_P(Webhook, Survives500sAndATimeoutWithoutLosingOrDoublingAnEvent)
{
    FakeWebhook receiver(kSecret);
    receiver.setSlowMs(2500); // the client waits 1 s
    addWebhook(receiver.url(), 4);
    receiver.injectFault(QStringLiteral("POST"), QStringLiteral("/hooks/seg"), Fault::ServerError);
    receiver.injectFault(QStringLiteral("POST"), QStringLiteral("/hooks/seg"),
                         Fault::SlowAfterApplying);
    receiver.injectFault(QStringLiteral("POST"), QStringLiteral("/hooks/seg"),
                         Fault::TooManyRequests);
    change();
    Result<RefreshOutcome> outcome = refresh();
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    ASSERT_EQ(outcome->pushes.size(), 1);
    ASSERT_TRUE(outcome->pushes.first().result.ok())
        << outcome->pushes.first().result.error().message.toStdString();
    EXPECT_EQ(outcome->pushes.first().result->status, QStringLiteral("completed"));
    EXPECT_EQ(outcome->pushes.first().result->retries, 3);
    // The timed-out batch had been applied: it arrived twice, with the same ids.
    EXPECT_EQ(receiver.events().size(), 9);
    EXPECT_EQ(receiver.receivedIds().size(), 13);
    const QStringList received = receiver.receivedIds();
    EXPECT_EQ(QSet<QString>(received.begin(), received.end()).size(), 9);
    EXPECT_EQ(receiver.badSignatures(), 0);
}

TEST_P(Webhook, EachRetryIsSignedWithAFreshTimestampAndTheSameEventIds)
{
    FakeWebhook receiver(kSecret);
    addWebhook(receiver.url(), 100); // one batch
    // 429 with Retry-After: 1, then a 500: three attempts over more than a second.
    receiver.injectFault(QStringLiteral("POST"), QStringLiteral("/hooks/seg"),
                         Fault::TooManyRequests);
    receiver.injectFault(QStringLiteral("POST"), QStringLiteral("/hooks/seg"), Fault::ServerError);
    change();
    Result<RefreshOutcome> outcome = refresh();
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    ASSERT_EQ(outcome->pushes.size(), 1);
    ASSERT_TRUE(outcome->pushes.first().result.ok());
    EXPECT_EQ(outcome->pushes.first().result->retries, 2);
    const QList<FakeWebhook::Attempt> attempts = receiver.attempts();
    ASSERT_EQ(attempts.size(), 3);
    for (const FakeWebhook::Attempt &a : attempts) {
        // Each attempt's signature is right for its own timestamp; the body never changes.
        EXPECT_EQ(a.signature, "sha256=" + QMessageAuthenticationCode::hash(
                                               a.timestamp + '.' + a.body, kSecret.toUtf8(),
                                               QCryptographicHash::Sha256)
                                               .toHex());
        EXPECT_EQ(a.body, attempts.first().body);
    }
    // The retry after Retry-After: 1 carries a later timestamp, so a new signature.
    EXPECT_GT(attempts[1].timestamp.toLongLong(), attempts[0].timestamp.toLongLong());
    EXPECT_GE(attempts[2].timestamp.toLongLong(), attempts[1].timestamp.toLongLong());
    EXPECT_NE(attempts[1].signature, attempts[0].signature);
    EXPECT_EQ(receiver.badSignatures(), 0);
    EXPECT_EQ(receiver.events().size(), 9);
}

TEST_P(Webhook, GivesUpAfterRetriesAndTheNextRunSendsTheSameEvents)
{
    FakeWebhook receiver(kSecret);
    addWebhook(receiver.url(), 20);
    for (int i = 0; i < 4; ++i)
        receiver.injectFault(QStringLiteral("POST"), QStringLiteral("/hooks/seg"),
                             Fault::ServerError);
    change();
    Result<RefreshOutcome> outcome = refresh();
    ASSERT_TRUE(outcome.ok());
    ASSERT_EQ(outcome->pushes.size(), 1);
    ASSERT_FALSE(outcome->pushes.first().result.ok());
    EXPECT_EQ(outcome->pushes.first().result.error().code, ErrorCode::Network);
    EXPECT_TRUE(outcome->pushProblems().first().contains(QLatin1String("gave up after 4")));
    EXPECT_TRUE(receiver.events().isEmpty());
    Result<SyncResult> next = deliver();
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    EXPECT_EQ(next->added + next->removed, 9);
    EXPECT_EQ(receiver.events().size(), 9);
}

TEST_P(Webhook, ARefusedBatchIsKeptShownAndNotRetried)
{
    FakeWebhook receiver(kSecret);
    addWebhook(receiver.url(), 4);
    receiver.injectFault(QStringLiteral("POST"), QStringLiteral("/hooks/seg"), Fault::BadRequest);
    change();
    Result<RefreshOutcome> outcome = refresh();
    ASSERT_TRUE(outcome.ok());
    const Result<SyncResult> &first = outcome->pushes.first().result;
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->status, QStringLiteral("partial"));
    EXPECT_EQ(first->failed, 4);
    EXPECT_EQ(first->retries, 0);
    EXPECT_EQ(receiver.requests().size(), 1); // never retried, and the run stopped there
    EXPECT_TRUE(first->failures.first().error.startsWith(QLatin1String("HTTP 400")));
    EXPECT_EQ(outcome->pushProblems(), QStringList({"buyers -> hook: 4 member(s) refused"}));

    WebhookRepository hooks(*m_session->storage.connection, m_session->storage.tablePrefix);
    Result<std::optional<Destination>> hook =
        DestinationRepository(*m_session->storage.connection, m_session->storage.tablePrefix)
            .find(QStringLiteral("hook"));
    Result<QList<RefusedBatch>> refused = hooks.refused((*hook)->id);
    ASSERT_TRUE(refused.ok());
    ASSERT_EQ(refused->size(), 1);
    EXPECT_EQ(refused->first().httpStatus, 400);
    EXPECT_EQ(refused->first().events, 4);
    const QJsonArray kept =
        QJsonDocument::fromJson(refused->first().body).object().value("events").toArray();
    EXPECT_EQ(kept.size(), 4);
    SyncRepository runs(*m_session->storage.connection, m_session->storage.tablePrefix);
    EXPECT_EQ(runs.failures(first->runId)->size(), 4);

    // Shown by the CLI, with the body kept.
    QProcess shown;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    shown.setProcessEnvironment(env);
    shown.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")),
                {QStringLiteral("destinations"), QStringLiteral("refused"), QStringLiteral("hook"),
                 QStringLiteral("--verbose"), QStringLiteral("--database"),
                 urlOf(m_connection->settings())});
    ASSERT_TRUE(shown.waitForFinished(60000));
    const QString listed = QString::fromUtf8(shown.readAllStandardOutput());
    EXPECT_EQ(shown.exitCode(), 0) << shown.readAllStandardError().toStdString();
    EXPECT_TRUE(listed.contains(QLatin1String("buyers  4 events  HTTP 400")))
        << listed.toStdString();
    EXPECT_TRUE(listed.contains(QString::fromUtf8(refused->first().body))) << listed.toStdString();

    // The next run sends the other 5, not the refused 4 again.
    Result<SyncResult> next = deliver();
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    EXPECT_EQ(next->status, QStringLiteral("completed"));
    EXPECT_EQ(receiver.events().size(), 5);
    for (const QJsonValue &v : kept)
        EXPECT_FALSE(receiver.receivedIds().contains(v.toObject().value("id").toString()));
}

TEST_P(Webhook, AStoppedDeliveryResumesWithoutResendingARecordedBatch)
{
    FakeWebhook receiver(kSecret);
    addWebhook(receiver.url(), 2);
    change();
    SyncOptions stopAfterTwo = fast();
    stopAfterTwo.afterBatch = [](int batches) { return batches < 2; };
    Result<RefreshOutcome> outcome = refresh(stopAfterTwo);
    ASSERT_TRUE(outcome.ok());
    ASSERT_TRUE(outcome->pushes.first().result.ok());
    EXPECT_EQ(outcome->pushes.first().result->status, QStringLiteral("running"));
    EXPECT_EQ(receiver.batches().size(), 2);

    // Dry run: lists what is left, sends nothing.
    SyncOptions dry = fast();
    dry.dryRun = true;
    Result<SyncResult> preview = deliver(dry, QString());
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(preview->status, QStringLiteral("dry_run"));
    EXPECT_EQ(preview->adds.size() + preview->removes.size(), 5);
    EXPECT_EQ(preview->interruptedBefore, 1); // the stopped run, found by the next one
    EXPECT_EQ(receiver.batches().size(), 2);

    Result<SyncResult> resumed = deliver();
    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->added + resumed->removed, 5);
    EXPECT_EQ(receiver.events().size(), 9);
    EXPECT_EQ(receiver.receivedIds().size(), 9); // nothing twice
}

TEST_P(Webhook, AScheduledRefreshThatFailsIsAlerted)
{
    FakeWebhook receiver(kSecret);
    ASSERT_TRUE(
        m_session->segments
            ->save(definitionOf(
                R"({"segmentor":1,"code":"broken","name":"Broken","conditions":{"type":"combine","conditions":[{"type":"segment","operator":"in","value":["gone"]}]}})"))
            .ok());
    addWebhook(receiver.url(), 10, {QStringLiteral("failed")}, {QStringLiteral("broken")});
    // A manual refresh that fails is the user's to see: no alert.
    EXPECT_FALSE(refresh(fast(), QStringLiteral("broken")).ok());
    EXPECT_TRUE(receiver.events().isEmpty());
    EXPECT_FALSE(refresh(fast(), QStringLiteral("broken"), RefreshTrigger::Scheduled).ok());
    ASSERT_EQ(receiver.events().size(), 1);
    const QJsonObject e = receiver.events().first();
    EXPECT_EQ(e.value(QStringLiteral("type")).toString(), QStringLiteral("refresh.failed"));
    EXPECT_EQ(e.value(QStringLiteral("segment")).toString(), QStringLiteral("broken"));
    EXPECT_EQ(e.value(QStringLiteral("segment_name")).toString(), QStringLiteral("Broken"));
    EXPECT_TRUE(e.value(QStringLiteral("error")).toString().contains(QLatin1String("gone")));
    EXPECT_FALSE(e.value(QStringLiteral("id")).toString().isEmpty());
    EXPECT_EQ(receiver.badSignatures(), 0);
}

TEST_P(Webhook, AWrongSecretIsRefusedByTheReceiver)
{
    FakeWebhook receiver(kSecret);
    addWebhook(receiver.url(), 50);
    change();
    Result<RefreshOutcome> outcome = refresh();
    ASSERT_TRUE(outcome.ok());
    ASSERT_TRUE(outcome->pushes.first().result.ok());
    EXPECT_EQ(receiver.events().size(), 9);
    ASSERT_TRUE(
        m_connection->exec(QStringLiteral("DELETE FROM mg_sales_order WHERE customer_id = 7"))
            .ok());
    ASSERT_TRUE(refresh(fast()).ok());
    EXPECT_EQ(receiver.events().size(), 10);
    ASSERT_TRUE(
        m_connection->exec(QStringLiteral("DELETE FROM mg_sales_order WHERE customer_id = 8"))
            .ok());
    RefreshArgs args;
    args.apiKey = [](const Destination &) { return QStringLiteral("not-the-secret"); };
    args.sync = fast();
    Result<RefreshOutcome> wrong = refreshSegment(*m_session, QStringLiteral("buyers"), args);
    ASSERT_TRUE(wrong.ok());
    EXPECT_EQ(receiver.badSignatures(), 1);
    EXPECT_EQ(receiver.events().size(), 10);
    ASSERT_TRUE(wrong->pushes.first().result.ok());
    EXPECT_EQ(wrong->pushes.first().result->failed, 1);
}

// The real CLI, killed with SIGKILL while it waits for the reply to its second batch: the next
// `push` finishes the delivery; the first batch (recorded) is not sent again, the second (not
// recorded) is, with the same ids, and the receiver keeps each event once.
TEST_P(Webhook, ASigkilledCliDeliveryIsFinishedByTheNextRun)
{
    FakeWebhook receiver(kSecret);
    const QString url = urlOf(m_connection->settings());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOOK_SECRET"), kSecret);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    auto cli = [&](QProcess &p, const QStringList &args) {
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")),
                args + QStringList{QStringLiteral("--database"), url});
        return p.waitForStarted();
    };
    {
        QProcess add;
        ASSERT_TRUE(cli(add, {"destinations", "add", "hook", "--kind", "webhook", "--url",
                              receiver.url(), "--segments", "buyers", "--events", "enter,exit",
                              "--batch-size", "3", "--secret-env", "HOOK_SECRET"}));
        add.waitForFinished(60000);
        ASSERT_EQ(add.exitCode(), 0) << add.readAllStandardError().toStdString();
        QProcess list;
        ASSERT_TRUE(cli(list, {"destinations", "list"}));
        list.waitForFinished(60000);
        EXPECT_TRUE(list.readAllStandardOutput().contains("webhook"));
    }
    change();
    QProcess sender;
    receiver.onBatch([&sender](int batch) {
        if (batch != 2) return;
        ::kill(pid_t(sender.processId()), SIGKILL);
        QThread::msleep(300);
    });
    ASSERT_TRUE(cli(sender, {"refresh", "buyers"}));
    sender.waitForFinished(120000);
    EXPECT_EQ(sender.exitStatus(), QProcess::CrashExit)
        << sender.readAllStandardOutput().toStdString()
        << sender.readAllStandardError().toStdString();
    // The receiver applies the second batch after the kill (its reply goes nowhere).
    for (int waited = 0; receiver.batches().size() < 2 && waited < 100; ++waited)
        QThread::msleep(50);
    receiver.onBatch({});
    ASSERT_EQ(receiver.batches().size(), 2);

    QProcess resume;
    for (int attempt = 0; attempt < 50; ++attempt) {
        ASSERT_TRUE(cli(resume, {"push", "buyers", "--destination", "hook"}));
        resume.waitForFinished(120000);
        if (resume.exitCode() == 0) break;
        const QByteArray err = resume.readAllStandardError();
        ASSERT_TRUE(err.contains("already running")) << err.toStdString();
        QThread::msleep(100); // the server has not yet seen the killed session go
    }
    ASSERT_EQ(resume.exitCode(), 0);
    EXPECT_TRUE(resume.readAllStandardError().contains("interrupted"));
    const QList<QStringList> batches = receiver.batches();
    ASSERT_EQ(batches.size(), 4); // 1, 2 (killed), 2 again, 3
    EXPECT_EQ(batches.at(2), batches.at(1));
    QSet<QString> first(batches.at(0).begin(), batches.at(0).end());
    for (int i = 1; i < batches.size(); ++i)
        for (const QString &id : batches.at(i))
            EXPECT_FALSE(first.contains(id)) << "a recorded batch was sent again";
    EXPECT_EQ(receiver.events().size(), 9);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(AllDatabases, Webhook, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });
