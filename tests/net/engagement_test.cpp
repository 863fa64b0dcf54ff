// Importing email engagement (#16 item 5) from fake Mailchimp and Klaviyo report endpoints with
// the real clients, on the three databases: only the campaigns sent to the segment's tag or list,
// paging (more campaigns than a page), a 429 with Retry-After, re-import in place, a segment that
// was never pushed, and an API error that names its place and never the key.
#include "fakemarketingservers.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "net/apiserver.h"
#include "net/apitokenrepository.h"
#include "net/destinationrepository.h"
#include "net/klaviyoclient.h"
#include "net/mailchimpclient.h"
#include "net/segmentsync.h"
#include "operations/engagement.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <httplib.h>

using namespace segtest;
using namespace seg;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef-us21");

RetryPolicy fastRetry()
{
    RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 50;
    policy.maxAttempts = 4;
    return policy;
}

FakeCampaign campaign(const QString &id, const QString &sendTime, qint64 sent)
{
    FakeCampaign c;
    c.id = id;
    c.name = QStringLiteral("Campaign %1").arg(id);
    c.sendTime = sendTime;
    c.sent = sent;
    return c;
}

class Engagement : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString name =
            QStringLiteral("engage_%1")
                .arg(QString::fromStdString(
                         ::testing::UnitTest::GetInstance()->current_test_info()->name())
                         .section(QLatin1Char('/'), 0, 0)
                         .toLower());
        m_connection = freshStore(GetParam(), name, QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        m_fixture.emplace(*m_connection, QStringLiteral("mg_"));
        m_fixture->installBase();
        for (int id = 1; id <= 10; ++id)
            m_fixture->customer(id);
        for (int id = 1; id <= 6; ++id)
            m_fixture->order(id, id);
        ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());
        ConnectionSettings settings = m_connection->settings();
        settings.tablePrefix = QStringLiteral("mg_");
        Result<StoreSession> session = StoreSession::open(settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session = std::make_unique<StoreSession>(std::move(session).value());
        Result<SegmentDefinition> d = DefinitionCodec::fromJson(
            R"({"segmentor":1,"code":"buyers","name":"Buyers","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
        ASSERT_TRUE(d.ok());
        ASSERT_TRUE(m_session->segments->save(*d).ok());
        Refresher refresher(*m_session->connection, *m_session->schema, *m_session->segments);
        ASSERT_TRUE(refresher.refresh(QStringLiteral("buyers"), RefreshOptions{}).ok());
    }

    void addDestination(const QString &name, DestinationKind kind, const QString &baseUrl,
                        const QString &list)
    {
        Destination d;
        d.name = name;
        d.kind = kind;
        d.baseUrl = baseUrl;
        d.listId = list;
        Result<Destination> saved =
            DestinationRepository(*m_session->storage.connection, m_session->storage.tablePrefix)
                .save(d);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    // Pushes "buyers" to the destination with the real client (creates the Mailchimp tag).
    void push(const QString &destination)
    {
        SyncOptions o;
        o.retry = fastRetry();
        o.clientFactory = [](const Destination &d) -> std::unique_ptr<DestinationClient> {
            if (d.kind == DestinationKind::Klaviyo) {
                auto client = std::make_unique<KlaviyoClient>(d, kKey, fastRetry(), nullptr);
                client->setPollInterval(10);
                return client;
            }
            return std::make_unique<MailchimpClient>(d, kKey, fastRetry(), nullptr);
        };
        Result<SyncResult> r =
            SegmentSync(*m_session).run(destination, QStringLiteral("buyers"), kKey, o);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        ASSERT_EQ(r->status, QStringLiteral("completed"));
    }

    EngagementImportOptions options(const QString &key = kKey)
    {
        EngagementImportOptions o;
        o.apiKey = [key](const Destination &) { return key; };
        o.retry = fastRetry();
        o.pageSize = 2;
        o.now = m_now;
        return o;
    }

    QList<CampaignEngagement> stored()
    {
        Result<QList<CampaignEngagement>> rows = segmentEngagement(*m_session, {});
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        return rows.ok() ? *rows : QList<CampaignEngagement>();
    }

    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    std::unique_ptr<StoreConnection> m_connection;
    std::optional<FixtureStore> m_fixture;
    std::unique_ptr<StoreSession> m_session;
};

TEST_P(Engagement, MailchimpImportsOnlyTheTagsSentCampaignsAcrossPagesAndA429)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    push(QStringLiteral("news"));
    const qint64 buyersTag = mailchimp.tagId(QStringLiteral("buyers"));
    ASSERT_GT(buyersTag, 0);
    const qint64 vipTag = mailchimp.addTag(QStringLiteral("vip"));

    FakeCampaign a = campaign("mc_a", "2026-01-10T09:00:00+00:00", 6);
    a.listId = "aud1";
    a.tagId = buyersTag;
    a.hardBounces = 1;
    a.opens = 7;
    a.uniqueOpens = 3;
    a.clicks = 4;
    a.uniqueClicks = 2;
    a.unsubscribes = 1;
    FakeCampaign b = campaign("mc_b", "2026-02-10T09:00:00+00:00", 5);
    b.listId = "aud1";
    b.tagId = buyersTag;
    b.tagAsCondition = true; // a tag picked as a condition in Mailchimp's editor
    b.softBounces = 1;
    b.uniqueOpens = 2;
    b.opens = 2;
    FakeCampaign c = campaign("mc_c", "2025-12-01T09:00:00+00:00", 4);
    c.listId = "aud1";
    c.tagId = buyersTag;
    FakeCampaign vip = campaign("mc_vip", "2026-02-01T09:00:00+00:00", 50); // another tag
    vip.listId = "aud1";
    vip.tagId = vipTag;
    FakeCampaign everyone = campaign("mc_all", "2026-02-02T09:00:00+00:00", 900); // no tag
    everyone.listId = "aud1";
    FakeCampaign draft = campaign("mc_draft", QString(), 0); // not sent
    draft.listId = "aud1";
    draft.tagId = buyersTag;
    draft.status = "save";
    FakeCampaign otherAudience = campaign("mc_aud2", "2026-02-03T09:00:00+00:00", 70);
    otherAudience.listId = "aud2";
    otherAudience.tagId = buyersTag;
    for (const FakeCampaign &x : {a, vip, b, everyone, draft, c, otherAudience})
        mailchimp.setCampaign(x);
    mailchimp.injectFault("GET", "/3.0/campaigns", Fault::TooManyRequests);
    mailchimp.injectFault("GET", "/3.0/reports/*", Fault::TooManyRequests);

    QList<QPair<int, int>> steps;
    Result<EngagementImportSummary> summary =
        importEngagement(*m_session, {}, options(), [&](int done, int total) {
            steps << qMakePair(done, total);
            return true;
        });
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->segments, 1);
    EXPECT_EQ(summary->campaigns, 3);
    EXPECT_TRUE(summary->warnings.isEmpty()) << summary->warnings.join('\n').toStdString();
    EXPECT_EQ(steps.last(), qMakePair(1, 1));
    // 5 sent campaigns in aud1, 2 a page: 3 pages, plus the one refused with 429.
    EXPECT_EQ(mailchimp.requestCount("GET", "/3.0/campaigns"), 4);
    EXPECT_EQ(mailchimp.requestCount("GET", "/3.0/reports/*"), 4); // a, b, c + the 429
    EXPECT_EQ(mailchimp.requestCount("GET", "/3.0/reports/mc_vip"), 0);

    const QList<CampaignEngagement> rows = stored();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).campaignId, QStringLiteral("mc_b")); // newest sent first
    EXPECT_EQ(rows.at(1).campaignId, QStringLiteral("mc_a"));
    EXPECT_EQ(rows.at(2).campaignId, QStringLiteral("mc_c"));
    const CampaignEngagement &ra = rows.at(1);
    EXPECT_EQ(ra.segmentCode, QStringLiteral("buyers"));
    EXPECT_EQ(ra.provider, QStringLiteral("mailchimp"));
    EXPECT_EQ(ra.destination, QStringLiteral("news"));
    EXPECT_EQ(ra.campaignName, QStringLiteral("Campaign mc_a"));
    EXPECT_EQ(ra.sentAt, QDateTime(QDate(2026, 1, 10), QTime(9, 0), QTimeZone::utc()));
    EXPECT_EQ(ra.sent, 6);
    EXPECT_EQ(ra.delivered, 5); // 6 sent - 1 hard bounce
    EXPECT_EQ(ra.opens, 7);
    EXPECT_EQ(ra.uniqueOpens, 3);
    EXPECT_EQ(ra.clicks, 4);
    EXPECT_EQ(ra.uniqueClicks, 2); // the people who clicked, not the unique link clicks (3)
    EXPECT_EQ(ra.unsubscribes, 1);
    EXPECT_DOUBLE_EQ(ra.openRate(), 60.0);  // 3 / 5
    EXPECT_DOUBLE_EQ(ra.clickRate(), 40.0); // 2 / 5
    EXPECT_EQ(ra.importedAt, m_now);
    EXPECT_EQ(rows.at(0).delivered, 4); // 5 sent - 1 soft bounce
    EXPECT_DOUBLE_EQ(rows.at(0).openRate(), 50.0);

    // Re-import: the figures moved on; the rows are updated in place, none added.
    a.opens = 12;
    a.uniqueOpens = 4;
    a.unsubscribes = 2;
    mailchimp.setCampaign(a);
    m_now = m_now.addDays(1);
    Result<EngagementImportSummary> again = importEngagement(*m_session, {"buyers"}, options());
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->campaigns, 3);
    const QList<CampaignEngagement> after = stored();
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after.at(1).campaignId, QStringLiteral("mc_a"));
    EXPECT_EQ(after.at(1).opens, 12);
    EXPECT_EQ(after.at(1).uniqueOpens, 4);
    EXPECT_EQ(after.at(1).unsubscribes, 2);
    EXPECT_EQ(after.at(1).importedAt, m_now);
    EXPECT_DOUBLE_EQ(after.at(1).openRate(), 80.0);
}

TEST_P(Engagement, KlaviyoImportsTheListsCampaignsFollowingTheCursorAndSummingMessages)
{
    FakeKlaviyo klaviyo(kKey, QStringLiteral("LIST1"));
    addDestination(QStringLiteral("kl"), DestinationKind::Klaviyo, klaviyo.baseUrl(),
                   QStringLiteral("LIST1"));
    push(QStringLiteral("kl"));

    FakeCampaign k1 = campaign("K1", "2026-01-05T10:00:00+00:00", 101);
    k1.audiences = {"LIST1"};
    k1.delivered = 99;
    k1.opens = 75;
    k1.uniqueOpens = 41;
    k1.clicks = 13;
    k1.uniqueClicks = 9;
    k1.unsubscribes = 3;
    FakeCampaign k2 = campaign("K2", "2026-02-05T10:00:00+00:00", 10);
    k2.audiences = {"LIST1"};
    k2.delivered = 8;
    k2.uniqueOpens = 2;
    k2.opens = 3;
    FakeCampaign other = campaign("K3", "2026-02-06T10:00:00+00:00", 500); // another list
    other.audiences = {"LIST2"};
    FakeCampaign both = campaign("K4", "2026-02-07T10:00:00+00:00", 600); // the list and more
    both.audiences = {"LIST1", "LIST2"};
    FakeCampaign draft = campaign("K5", QString(), 0);
    draft.audiences = {"LIST1"};
    draft.status = "draft";
    for (const FakeCampaign &x : {other, k1, draft, both, k2})
        klaviyo.setCampaign(x);
    klaviyo.injectFault("POST", "/api/campaign-values-reports/", Fault::TooManyRequests);

    Result<EngagementImportSummary> summary = importEngagement(*m_session, {}, options());
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->campaigns, 2);
    ASSERT_EQ(summary->warnings.size(), 1);
    EXPECT_TRUE(summary->warnings.first().contains("Campaign K4"));
    EXPECT_EQ(klaviyo.requestCount("GET", "/api/campaigns/"), 3); // 5 campaigns, 2 a page
    EXPECT_EQ(klaviyo.requestCount("POST", "/api/campaign-values-reports/"), 2); // 429, then ok

    const QList<QJsonObject> asked = klaviyo.valuesRequests();
    ASSERT_EQ(asked.size(), 1);
    const QJsonObject attributes = asked.first()["data"].toObject()["attributes"].toObject();
    EXPECT_EQ(attributes["conversion_metric_id"].toString(), QStringLiteral("MPLACED"));
    EXPECT_EQ(attributes["timeframe"].toObject()["key"].toString(),
              QStringLiteral("last_365_days"));
    EXPECT_EQ(attributes["filter"].toString(), QStringLiteral("any(campaign_id,[\"K1\",\"K2\"])"));

    const QList<CampaignEngagement> rows = stored();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).campaignId, QStringLiteral("K2"));
    const CampaignEngagement &r1 = rows.at(1);
    EXPECT_EQ(r1.provider, QStringLiteral("klaviyo"));
    EXPECT_EQ(r1.destination, QStringLiteral("kl"));
    EXPECT_EQ(r1.sentAt, QDateTime(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::utc()));
    // Two messages of 50 + 51 etc., summed back per campaign.
    EXPECT_EQ(r1.sent, 101);
    EXPECT_EQ(r1.delivered, 99);
    EXPECT_EQ(r1.opens, 75);
    EXPECT_EQ(r1.uniqueOpens, 41);
    EXPECT_EQ(r1.clicks, 13);
    EXPECT_EQ(r1.uniqueClicks, 9);
    EXPECT_EQ(r1.unsubscribes, 3);
    EXPECT_DOUBLE_EQ(rows.at(0).openRate(), 25.0); // 2 / 8

    // Re-import: updated in place.
    k2.uniqueOpens = 4;
    klaviyo.setCampaign(k2);
    ASSERT_TRUE(importEngagement(*m_session, {}, options()).ok());
    const QList<CampaignEngagement> after = stored();
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after.at(0).uniqueOpens, 4);
}

TEST_P(Engagement, ASegmentNeverPushedGetsNothingAndSaysWhy)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    Result<EngagementImportSummary> summary =
        importEngagement(*m_session, {"buyers", "nosuch"}, options());
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->segments, 0);
    EXPECT_EQ(summary->campaigns, 0);
    ASSERT_EQ(summary->warnings.size(), 2);
    EXPECT_EQ(summary->warnings.at(0),
              QStringLiteral("segment buyers is not synced to Mailchimp or Klaviyo (push it "
                             "first): no campaign to import"));
    EXPECT_EQ(summary->warnings.at(1), QStringLiteral("no segment \"nosuch\""));
    EXPECT_TRUE(mailchimp.requests().isEmpty());
    EXPECT_TRUE(stored().isEmpty());

    Result<EngagementImportSummary> all = importEngagement(*m_session, {}, options());
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->warnings.size(), 1);
    EXPECT_TRUE(all->warnings.first().startsWith("no segment has been pushed"));
}

// A segment set to sync after its refreshes but never pushed has no tag yet: it says so.
TEST_P(Engagement, ASegmentToSyncAfterRefreshButNeverPushedSaysItHasNoTag)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    Destination d;
    d.name = QStringLiteral("news");
    d.kind = DestinationKind::Mailchimp;
    d.baseUrl = mailchimp.baseUrl();
    d.listId = QStringLiteral("aud1");
    d.syncAfterRefresh = {QStringLiteral("buyers")};
    ASSERT_TRUE(
        DestinationRepository(*m_session->storage.connection, m_session->storage.tablePrefix)
            .save(d)
            .ok());
    Result<EngagementImportSummary> summary = importEngagement(*m_session, {}, options());
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->campaigns, 0);
    ASSERT_EQ(summary->warnings.size(), 1) << summary->warnings.join('\n').toStdString();
    EXPECT_EQ(summary->warnings.first(),
              QStringLiteral("segment buyers has no tag in the Mailchimp audience aud1 (push it "
                             "first): no campaign to import"));
    EXPECT_EQ(mailchimp.requestCount("GET", "/3.0/campaigns"), 0);
    EXPECT_TRUE(stored().isEmpty());
}

TEST_P(Engagement, AnApiErrorNamesItsPlaceAndNeverTheKey)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    push(QStringLiteral("news"));
    FakeCampaign a = campaign("mc_a", "2026-01-10T09:00:00+00:00", 6);
    a.listId = "aud1";
    a.tagId = mailchimp.tagId(QStringLiteral("buyers"));
    mailchimp.setCampaign(a);

    // Cancelled from the progress callback before the first request.
    const int asked = mailchimp.requests().size();
    Result<EngagementImportSummary> cancelled =
        importEngagement(*m_session, {}, options(), [](int, int) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(mailchimp.requests().size(), asked);

    const QString wrongKey = QStringLiteral("feedfacefeedface-us21");
    Result<EngagementImportSummary> refused = importEngagement(*m_session, {}, options(wrongKey));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Network);
    EXPECT_EQ(refused.error().path, QStringLiteral("destination news, segment buyers"));
    EXPECT_TRUE(refused.error().message.contains("401")) << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().toString().contains(wrongKey));
    EXPECT_FALSE(refused.error().toString().contains(kKey));

    mailchimp.injectFault("GET", "/3.0/reports/*", Fault::BadRequest); // never retried
    Result<EngagementImportSummary> bad = importEngagement(*m_session, {}, options());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Network);
    EXPECT_TRUE(bad.error().message.contains("mc_a")) << bad.error().message.toStdString();
    EXPECT_EQ(mailchimp.requestCount("GET", "/3.0/reports/*"), 1);
    EXPECT_TRUE(stored().isEmpty());

    // No key at all: a warning, nothing asked.
    const int before = mailchimp.requests().size();
    Result<EngagementImportSummary> noKey = importEngagement(*m_session, {}, options(QString()));
    ASSERT_TRUE(noKey.ok());
    ASSERT_EQ(noKey->warnings.size(), 1);
    EXPECT_TRUE(noKey->warnings.first().startsWith("no API key for destination \"news\""));
    EXPECT_EQ(mailchimp.requests().size(), before);
}

TEST_P(Engagement, RestServesTheImportedFiguresOfOneSegment)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    addDestination(QStringLiteral("news"), DestinationKind::Mailchimp, mailchimp.baseUrl(),
                   QStringLiteral("aud1"));
    push(QStringLiteral("news"));
    FakeCampaign a = campaign("mc_a", "2026-01-10T09:00:00+00:00", 20);
    a.listId = "aud1";
    a.tagId = mailchimp.tagId(QStringLiteral("buyers"));
    a.softBounces = 4;
    a.uniqueOpens = 8;
    a.opens = 9;
    a.uniqueClicks = 2;
    a.clicks = 5;
    mailchimp.setCampaign(a);
    ASSERT_TRUE(importEngagement(*m_session, {}, options()).ok());

    const QString token =
        *ApiTokenRepository(*m_session->storage.connection, m_session->storage.tablePrefix)
             .create(QStringLiteral("reader"), false);
    ApiServerOptions serverOptions;
    serverOptions.port = 0;
    serverOptions.workers = 1;
    ApiServer server(m_session->settings(), serverOptions);
    ASSERT_TRUE(server.start().ok());
    httplib::Client client("127.0.0.1", server.port());
    const httplib::Headers auth{{"Authorization", ("Bearer " + token).toStdString()}};
    httplib::Result r = client.Get("/v1/segments/buyers/engagement", auth);
    ASSERT_TRUE(bool(r));
    ASSERT_EQ(r->status, 200) << r->body;
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
    EXPECT_EQ(body["segment"].toString(), QStringLiteral("buyers"));
    const QJsonArray campaigns = body["campaigns"].toArray();
    ASSERT_EQ(campaigns.size(), 1);
    const QJsonObject c = campaigns.first().toObject();
    EXPECT_EQ(c["campaign_id"].toString(), QStringLiteral("mc_a"));
    EXPECT_EQ(c["provider"].toString(), QStringLiteral("mailchimp"));
    EXPECT_EQ(c["sent_at"].toString(), QStringLiteral("2026-01-10T09:00:00Z"));
    EXPECT_EQ(c["delivered"].toInt(), 16);
    EXPECT_EQ(c["unique_opens"].toInt(), 8);
    EXPECT_DOUBLE_EQ(c["open_rate"].toDouble(), 50.0);  // 8 / 16
    EXPECT_DOUBLE_EQ(c["click_rate"].toDouble(), 12.5); // 2 / 16
    EXPECT_EQ(client.Get("/v1/segments/nosuch/engagement", auth)->status, 404);
    EXPECT_EQ(client.Get("/v1/segments/buyers/engagement")->status, 401);
    server.stop();
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, Engagement, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace
