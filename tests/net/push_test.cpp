// Pushing segments to fake Mailchimp and Klaviyo servers on loopback, with the real clients:
// the membership diff (adds, untag/unlist of leavers), retries on 429 (honouring
// Retry-After), 500 and a dropped connection, no retry on other 4xx, per-member failures,
// resume after a crash without sending a batch twice, dry runs, and the 500-member cap.
#include "fakemarketingservers.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "net/destinationrepository.h"
#include "net/integrationtables.h"
#include "net/klaviyoclient.h"
#include "net/mailchimpclient.h"
#include "net/segmentsync.h"
#include "operations/refreshsegment.h"
#include "refresh/refresher.h"
#include "refresh/refreshlock.h"
#include "repository/segmentorstorage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef-us21");

SegmentDefinition buyersDefinition()
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : SegmentDefinition{};
}

QSet<QString> emails(int from, int to)
{
    QSet<QString> out;
    for (int id = from; id <= to; ++id)
        out << QStringLiteral("c%1@example.com").arg(id);
    return out;
}

class Push : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString name = QStringLiteral("push_%1").arg(
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
        ASSERT_TRUE(m_session->segments->save(buyersDefinition()).ok());
        refresh();
    }

    void refresh()
    {
        Refresher refresher(*m_session->connection, *m_session->schema, *m_session->segments);
        Result<RefreshResult> r = refresher.refresh(QStringLiteral("buyers"), RefreshOptions{});
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    void addDestination(const QString &name, DestinationKind kind, const QString &baseUrl,
                        const QString &list)
    {
        Destination d;
        d.name = name;
        d.kind = kind;
        d.baseUrl = baseUrl;
        d.listId = list;
        DestinationRepository repository(*m_session->storage.connection,
                                         m_session->storage.tablePrefix);
        Result<Destination> saved = repository.save(d);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    void setEmail(int customer, const QString &email)
    {
        const Status st = m_connection->exec(
            QStringLiteral("UPDATE mg_customer_entity SET email = '%1' WHERE entity_id = %2")
                .arg(email)
                .arg(customer));
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    }

    static SyncOptions fast(int batchSize = 0)
    {
        SyncOptions o;
        o.retry.baseDelayMs = 5;
        o.retry.maxDelayMs = 50;
        o.retry.maxAttempts = 4;
        o.batchSize = batchSize;
        o.clientFactory = [](const Destination &d) -> std::unique_ptr<DestinationClient> {
            RetryPolicy policy;
            policy.baseDelayMs = 5;
            policy.maxDelayMs = 50;
            policy.maxAttempts = 4;
            if (d.kind == DestinationKind::Klaviyo) {
                auto client = std::make_unique<KlaviyoClient>(d, kKey, policy, nullptr);
                client->setPollInterval(10);
                return client;
            }
            return std::make_unique<MailchimpClient>(d, kKey, policy, nullptr);
        };
        return o;
    }

    Result<SyncResult> sync(const QString &destination, const SyncOptions &options)
    {
        return SegmentSync(*m_session).run(destination, QStringLiteral("buyers"), kKey, options);
    }

    QList<SyncRun> history()
    {
        SyncRepository repository(*m_session->storage.connection, m_session->storage.tablePrefix);
        return *repository.runs();
    }

    std::unique_ptr<StoreConnection> m_connection;
    std::optional<FixtureStore> m_fixture;
    ConnectionSettings m_settings;
    std::unique_ptr<StoreSession> m_session;
};

TEST_P(Push, MailchimpUpsertsTagsThenSendsOnlyTheDifference)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));

    Result<SyncResult> first = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->status, QStringLiteral("completed"));
    EXPECT_EQ(first->toAdd, 25);
    EXPECT_EQ(first->added, 25);
    EXPECT_EQ(first->retries, 0);
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")), emails(1, 25));
    // Members are keyed by their subscriber hash: MD5 of the lower-cased email.
    const auto members = mailchimp.members();
    EXPECT_EQ(members.size(), 25);
    EXPECT_TRUE(
        members.contains(MailchimpClient::subscriberHash(QStringLiteral("C7@Example.com"))));
    EXPECT_EQ(MailchimpClient::subscriberHash(QStringLiteral("C7@Example.com")),
              QStringLiteral("%1").arg(QString::fromLatin1(
                  QCryptographicHash::hash("c7@example.com", QCryptographicHash::Md5).toHex())));
    EXPECT_EQ(
        members.value(MailchimpClient::subscriberHash(QStringLiteral("c7@example.com"))).status,
        QStringLiteral("transactional"));

    // Nothing changed: nothing is sent.
    const int upsertsBefore =
        mailchimp.requestCount(QStringLiteral("POST"), QStringLiteral("/3.0/lists/aud1"));
    Result<SyncResult> idle = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(idle.ok());
    EXPECT_EQ(idle->toAdd + idle->toRemove, 0);
    EXPECT_EQ(mailchimp.requestCount(QStringLiteral("POST"), QStringLiteral("/3.0/lists/aud1")),
              upsertsBefore);

    // 3 leave, 5 join: 5 upserts, 3 untagged (never unsubscribed or deleted).
    ASSERT_TRUE(
        m_connection
            ->exec(QStringLiteral("DELETE FROM mg_sales_order WHERE customer_id IN (2, 4, 6)"))
            .ok());
    for (int id = 30; id <= 34; ++id)
        m_fixture->order(100 + id, id);
    refresh();
    Result<SyncResult> diff = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(diff.ok()) << diff.error().message.toStdString();
    EXPECT_EQ(diff->toAdd, 5);
    EXPECT_EQ(diff->toRemove, 3);
    EXPECT_EQ(diff->added, 5);
    EXPECT_EQ(diff->removed, 3);
    QSet<QString> expected = emails(1, 25) + emails(30, 34);
    expected -= emails(2, 2) + emails(4, 4) + emails(6, 6);
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")), expected);
    EXPECT_EQ(mailchimp.members().size(), 30);
    EXPECT_EQ(history().size(), 3);
}

TEST_P(Push, RetriesOn429HonouringRetryAfterAnd500ThenSucceeds)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    mailchimp.injectFault(QStringLiteral("POST"), QStringLiteral("/3.0/lists/aud1"),
                          Fault::TooManyRequests);
    mailchimp.injectFault(QStringLiteral("POST"), QStringLiteral("/3.0/lists/aud1"),
                          Fault::ServerError);
    QElapsedTimer timer;
    timer.start();
    Result<SyncResult> r = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_GE(timer.elapsed(), 1000) << "Retry-After: 1 was not honoured";
    EXPECT_EQ(r->retries, 2);
    EXPECT_EQ(r->added, 25);
    EXPECT_EQ(r->status, QStringLiteral("completed"));
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")).size(), 25);
    EXPECT_EQ(history().first().retries, 2);
}

TEST_P(Push, DroppedConnectionMidBatchIsRetriedWithoutDuplicates)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    // The second upsert is applied by the server, but its answer never arrives.
    SyncOptions o = fast(10);
    int batches = 0;
    o.afterBatch = [&](int n) {
        batches = n;
        if (n == 1)
            mailchimp.injectFault(QStringLiteral("POST"), QStringLiteral("/3.0/lists/aud1"),
                                  Fault::DropAfterApplying);
        return true;
    };
    Result<SyncResult> r = sync(QStringLiteral("news"), o);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(batches, 3);
    EXPECT_EQ(r->retries, 1);
    EXPECT_EQ(r->added, 25);
    const auto members = mailchimp.members();
    EXPECT_EQ(members.size(), 25); // one contact per person, whatever was resent
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")), emails(1, 25));
}

TEST_P(Push, PartialFailureRecordsEachRefusedMember)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    setEmail(5, QStringLiteral("invalid.one@example.com"));
    setEmail(12, QStringLiteral("also.invalid@example.com"));
    Result<SyncResult> r = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->status, QStringLiteral("partial"));
    EXPECT_EQ(r->added, 23);
    EXPECT_EQ(r->failed, 2);
    SyncRepository repository(*m_session->storage.connection, m_session->storage.tablePrefix);
    const QList<SyncFailure> failures = *repository.failures(r->runId);
    ASSERT_EQ(failures.size(), 2);
    EXPECT_EQ(failures[0].memberKey, QStringLiteral("12"));
    EXPECT_EQ(failures[0].operation, QStringLiteral("add"));
    EXPECT_EQ(failures[0].error,
              QStringLiteral("also.invalid@example.com looks fake or invalid, please enter a real "
                             "email address. (ERROR_GENERIC)"));
    EXPECT_EQ(failures[1].memberKey, QStringLiteral("5"));
    EXPECT_EQ(history().first().failed, 2);
    // The refused members are not counted as sent: the next sync tries them (and only them) again.
    Result<SyncResult> again = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toAdd, 2);
    EXPECT_EQ(again->failed, 2);
}

TEST_P(Push, OtherClientErrorsAreNeverRetried)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    mailchimp.injectFault(QStringLiteral("POST"), QStringLiteral("/3.0/lists/aud1"),
                          Fault::BadRequest);
    Result<SyncResult> r = sync(QStringLiteral("news"), fast());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("Mailchimp refused the batch: HTTP 400 The "
                                                "resource submitted could not be validated."));
    EXPECT_EQ(mailchimp.requestCount(QStringLiteral("POST"), QStringLiteral("/3.0/lists/aud1")), 1);
    const SyncRun run = history().first();
    EXPECT_EQ(run.status, QStringLiteral("failed"));
    EXPECT_EQ(run.retries, 0);
    EXPECT_EQ(run.error, r.error().message);

    // A wrong API key: 401, not retried either.
    Destination d =
        *DestinationRepository(*m_session->storage.connection, m_session->storage.tablePrefix)
             .find(QStringLiteral("news"))
             .value();
    SyncOptions o = fast();
    o.clientFactory = [](const Destination &d) -> std::unique_ptr<DestinationClient> {
        return std::make_unique<MailchimpClient>(d, QStringLiteral("wrong-us21"), RetryPolicy{},
                                                 nullptr);
    };
    Result<SyncResult> wrongKey = sync(QStringLiteral("news"), o);
    ASSERT_FALSE(wrongKey.ok());
    EXPECT_TRUE(wrongKey.error().message.contains(QLatin1String("HTTP 401")))
        << wrongKey.error().message.toStdString();
}

TEST_P(Push, ResumesAfterACrashWithoutSendingABatchTwice)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    SyncOptions crashing = fast(10);
    crashing.afterBatch = [](int n) {
        return n < 2;
    }; // "killed" after the second batch was committed
    Result<SyncResult> crashed = sync(QStringLiteral("news"), crashing);
    ASSERT_TRUE(crashed.ok());
    EXPECT_EQ(crashed->status, QStringLiteral("running"));
    EXPECT_EQ(history().first().status, QStringLiteral("running"));

    // A new process (a new session) picks it up.
    m_session.reset();
    Result<StoreSession> session = StoreSession::open(m_settings, true);
    ASSERT_TRUE(session.ok());
    m_session = std::make_unique<StoreSession>(std::move(session).value());
    Result<SyncResult> resumed = sync(QStringLiteral("news"), fast(10));
    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->interruptedBefore, 1);
    EXPECT_EQ(resumed->toAdd, 5);
    EXPECT_EQ(resumed->added, 5);
    for (const auto &m : mailchimp.members())
        EXPECT_EQ(m.upserts, 1) << m.email.toStdString() << " was sent " << m.upserts << " times";
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")), emails(1, 25));
    const QList<SyncRun> runs = history();
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs[0].status, QStringLiteral("completed"));
    EXPECT_EQ(runs[1].status, QStringLiteral("interrupted"));
    EXPECT_EQ(runs[1].added, 20);
    EXPECT_EQ(runs[1].batches, 2);
}

TEST_P(Push, DryRunSendsNothing)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    SyncOptions o = fast();
    o.dryRun = true;
    Result<SyncResult> r = sync(QStringLiteral("news"), o);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->status, QStringLiteral("dry_run"));
    EXPECT_EQ(r->toAdd, 25);
    EXPECT_EQ(r->adds.size(), 25);
    EXPECT_EQ(r->adds.first().email, QStringLiteral("c1@example.com"));
    EXPECT_EQ(r->added, 0);
    EXPECT_TRUE(mailchimp.requests().isEmpty());
    EXPECT_EQ(history().first().status, QStringLiteral("dry_run"));
    // The real sync afterwards still sends everything.
    Result<SyncResult> real = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(real.ok());
    EXPECT_EQ(real->added, 25);
}

TEST_P(Push, KlaviyoImportsJoinsTheListAndRemovesLeavers)
{
    FakeKlaviyo klaviyo(kKey, QStringLiteral("L1"));
    addDestination(QStringLiteral("flows"), DestinationKind::Klaviyo, klaviyo.baseUrl(),
                   QStringLiteral("L1"));
    setEmail(5, QStringLiteral("invalid.one@example.com"));
    klaviyo.injectFault(QStringLiteral("POST"), QStringLiteral("/api/profile-bulk-import-jobs/"),
                        Fault::TooManyRequests);
    klaviyo.injectFault(QStringLiteral("GET"), QStringLiteral("/api/profile-bulk-import-jobs/*"),
                        Fault::ServerError);
    Result<SyncResult> first = sync(QStringLiteral("flows"), fast(10));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->status, QStringLiteral("partial"));
    EXPECT_EQ(first->added, 24);
    EXPECT_EQ(first->failed, 1);
    EXPECT_EQ(first->retries, 2);
    ASSERT_EQ(first->failures.size(), 1);
    EXPECT_EQ(first->failures[0].memberKey, QStringLiteral("5"));
    EXPECT_EQ(first->failures[0].error, QStringLiteral("Invalid email address (invalid)"));
    QSet<QString> expected = emails(1, 25) - emails(5, 5);
    EXPECT_EQ(klaviyo.listMembers(), expected);
    EXPECT_GE(klaviyo.jobPolls(), 6); // each of the 3 jobs: "processing", then "complete"
    for (auto it = klaviyo.imports().cbegin(); it != klaviyo.imports().cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();

    ASSERT_TRUE(
        m_connection->exec(QStringLiteral("DELETE FROM mg_sales_order WHERE customer_id IN (2, 4)"))
            .ok());
    refresh();
    Result<SyncResult> second = sync(QStringLiteral("flows"), fast(10));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->toRemove, 2);
    EXPECT_EQ(second->removed, 2);
    EXPECT_EQ(klaviyo.listMembers(), expected - emails(2, 2) - emails(4, 4));
    EXPECT_EQ(klaviyo.requestCount(QStringLiteral("DELETE"),
                                   QStringLiteral("/api/lists/L1/relationships/profiles/")),
              1);
}

TEST_P(Push, OnePushPerDestinationAndSegmentAtATime)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    const qint64 id =
        (*DestinationRepository(*m_session->storage.connection, m_session->storage.tablePrefix)
              .find(QStringLiteral("news")))
            ->id;
    {
        // Another process pushing the same segment to the same destination holds the lock.
        Result<StoreSession> other = StoreSession::open(m_settings, true);
        ASSERT_TRUE(other.ok());
        Result<std::unique_ptr<RefreshLock>> held =
            RefreshLock::acquire(*other->storage.connection, other->storage.tablePrefix,
                                 QStringLiteral("push-%1-buyers").arg(id));
        ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
        Result<SyncResult> busy = sync(QStringLiteral("news"), fast());
        ASSERT_FALSE(busy.ok());
        EXPECT_EQ(
            busy.error().message,
            QStringLiteral(
                "a push of buyers to news is already running; try again when it has finished"));
        EXPECT_TRUE(mailchimp.requests().isEmpty());
        SyncOptions preview = fast();
        preview.dryRun = true;
        EXPECT_TRUE(sync(QStringLiteral("news"), preview)
                        .ok()); // a dry run changes nothing and needs no lock
    }
    Result<SyncResult> after = sync(QStringLiteral("news"), fast());
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
    EXPECT_EQ(after->added, 25);
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, Push, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

// The Mailchimp batch cap: 1,100 members go as 500 + 500 + 100 (SQLite).
TEST(PushBatches, MailchimpBatchesAreAtMost500)
{
    std::string why;
    std::unique_ptr<StoreConnection> connection =
        freshStore(Backend::Sqlite, QStringLiteral("push_batches"), QString(), why);
    ASSERT_TRUE(connection) << why;
    FixtureStore fixture(*connection, QString());
    fixture.installBase();
    connection->database().transaction();
    for (int id = 1; id <= 1100; ++id) {
        fixture.customer(id);
        fixture.order(id, id);
    }
    connection->database().commit();
    Result<StoreSession> session = StoreSession::open(connection->settings(), true);
    ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
    ASSERT_TRUE(session->segments->save(buyersDefinition()).ok());
    Refresher refresher(*session->connection, *session->schema, *session->segments);
    ASSERT_TRUE(refresher.refresh(QStringLiteral("buyers"), RefreshOptions{}).ok());
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    Destination d;
    d.name = QStringLiteral("news");
    d.baseUrl = mailchimp.baseUrl();
    d.listId = QStringLiteral("aud1");
    ASSERT_TRUE(DestinationRepository(*session->storage.connection, session->storage.tablePrefix)
                    .save(d)
                    .ok());
    Result<SyncResult> r = SegmentSync(session.value())
                               .run(QStringLiteral("news"), QStringLiteral("buyers"), kKey, {});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->added, 1100);
    EXPECT_EQ(mailchimp.batchSizes(), QList<int>({500, 500, 100}));
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")).size(), 1100);
}

} // namespace

// The application's and the REST API's refreshes push to destinations that follow the
// segment, with the key from SEGMENTOR_API_KEY (else the keychain).
TEST_P(Push, AfterRefreshPushUsesTheEnvironmentKey)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    addDestination(QStringLiteral("other"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud2"));
    DestinationRepository repository(*m_session->storage.connection,
                                     m_session->storage.tablePrefix);
    Result<QList<Destination>> all = repository.list();
    ASSERT_TRUE(all.ok());
    for (Destination d : *all) {
        if (d.name == QLatin1String("news")) {
            d.syncAfterRefresh = QStringList{QStringLiteral("buyers")};
            ASSERT_TRUE(repository.save(d).ok());
        }
    }
    qputenv("SEGMENTOR_API_KEY", kKey.toUtf8());
    // The refresh use case pushes what it refreshed; no key is passed, so it reads the environment.
    const Result<RefreshOutcome> outcome =
        refreshSegment(*m_session, QStringLiteral("buyers"), RefreshArgs{});
    qunsetenv("SEGMENTOR_API_KEY");
    ASSERT_TRUE(outcome.ok()) << outcome.error().toString().toStdString();
    ASSERT_EQ(outcome->pushes.size(), 1);
    EXPECT_EQ(outcome->pushes.first().destination, QStringLiteral("news"));
    const QStringList problems = outcome->pushProblems();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")), emails(1, 25));
    EXPECT_EQ(history().size(), 1); // only the destination that follows the segment
}
