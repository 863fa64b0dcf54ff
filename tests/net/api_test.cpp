// The REST API over loopback with a real HTTP client (cpp-httplib), on SQLite, MariaDB and
// PostgreSQL: tokens (none, wrong, revoked, read-only on a write), errors with JSON bodies
// (401, 403, 404, 405, 400, 429), the page-size cap, keyset pagination across a refresh, the
// member lookup and the OpenAPI document.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "net/apiserver.h"
#include "net/apitokenrepository.h"
#include "net/integrationtables.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <httplib.h>

using namespace segtest;
using namespace seg;

namespace {

SegmentDefinition buyersDefinition()
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : SegmentDefinition{};
}

struct Reply
{
    int status = 0;
    QJsonObject json;
    httplib::Headers headers;
    QByteArray body;
};

class Api : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString name = QStringLiteral("api_%1").arg(
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
        ASSERT_TRUE(IntegrationTables::ensure(*m_connection, QStringLiteral("mg_")).ok());
        m_schema = m_fixture->schema();
        m_repository = std::make_unique<SegmentRepository>(*m_connection, QStringLiteral("mg_"));
        ASSERT_TRUE(m_repository->save(buyersDefinition()).ok());
        Refresher refresher(*m_connection, *m_schema, *m_repository);
        ASSERT_TRUE(refresher.refresh(QStringLiteral("buyers"), RefreshOptions{}).ok());
        ApiTokenRepository tokens(*m_connection, QStringLiteral("mg_"));
        m_readToken = *tokens.create(QStringLiteral("reader"), false);
        m_writeToken = *tokens.create(QStringLiteral("writer"), true);
    }

    void TearDown() override { m_server.reset(); }

    void startServer(ApiLimits limits = {})
    {
        ApiServerOptions options;
        options.port = 0;
        options.workers = 3;
        options.limits = limits;
        options.log = [this](const QString &line) {
            QMutexLocker lock(&m_logMutex);
            m_log << line;
        };
        ConnectionSettings settings = m_connection->settings();
        settings.tablePrefix = QStringLiteral("mg_");
        m_server = std::make_unique<ApiServer>(settings, options);
        const Status started = m_server->start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        m_client = std::make_unique<httplib::Client>("127.0.0.1", m_server->port());
        m_client->set_read_timeout(30, 0);
    }

    Reply request(const std::string &method, const std::string &path, const QString &token = {})
    {
        httplib::Headers headers;
        if (!token.isEmpty()) headers.emplace("Authorization", ("Bearer " + token).toStdString());
        httplib::Result r =
            method == "GET"      ? m_client->Get(path, headers)
            : method == "POST"   ? m_client->Post(path, headers, "", "application/json")
            : method == "DELETE" ? m_client->Delete(path, headers)
                                 : m_client->Put(path, headers, "", "application/json");
        Reply reply;
        EXPECT_TRUE(bool(r)) << method << " " << path << ": "
                             << (r ? "" : httplib::to_string(r.error()));
        if (!r) return reply;
        reply.status = r->status;
        reply.body = QByteArray::fromStdString(r->body);
        reply.headers = r->headers;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << "not JSON: " << r->body;
        EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
        reply.json = doc.object();
        return reply;
    }

    static void expectError(const Reply &reply, int status, const char *code)
    {
        EXPECT_EQ(reply.status, status) << reply.body.toStdString();
        const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
        EXPECT_EQ(error.value(QStringLiteral("status")).toInt(), status);
        EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QString::fromLatin1(code));
        EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
    }

    // Follows next_cursor to the end with `limit`; `between` runs after the first page.
    QStringList allMembers(int limit, const std::function<void()> &between = {})
    {
        QStringList out;
        std::string path = "/v1/segments/buyers/members?limit=" + std::to_string(limit);
        for (int page = 0; page < 100; ++page) {
            const Reply r = request("GET", path, m_readToken);
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            if (r.status != 200) break;
            for (const QJsonValue &m : r.json.value(QStringLiteral("members")).toArray())
                out << m.toObject().value(QStringLiteral("member")).toString();
            if (page == 0 && between) between();
            const QJsonValue next = r.json.value(QStringLiteral("next_cursor"));
            if (next.isNull()) break;
            path = "/v1/segments/buyers/members?limit=" + std::to_string(limit) +
                   "&cursor=" + next.toString().toStdString();
        }
        return out;
    }

    std::unique_ptr<StoreConnection> m_connection;
    std::optional<FixtureStore> m_fixture;
    std::optional<StoreSchema> m_schema;
    std::unique_ptr<SegmentRepository> m_repository;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<httplib::Client> m_client;
    QString m_readToken;
    QString m_writeToken;
    QMutex m_logMutex;
    QStringList m_log;
};

TEST_P(Api, TokensAreRequiredCheckedAndStoredHashed)
{
    startServer();
    const Reply none = request("GET", "/v1/segments");
    expectError(none, 401, "unauthorized");
    EXPECT_EQ(httplib::detail::get_header_value(none.headers, "WWW-Authenticate", 0, ""),
              std::string("Bearer realm=\"segmentor\""));
    expectError(request("GET", "/v1/segments", QStringLiteral("seg_AAAAAAAAAAAAAAAA_wrong")), 401,
                "unauthorized");
    QString tampered = m_readToken;
    tampered[tampered.size() - 1] =
        tampered.endsWith(QLatin1Char('A')) ? QLatin1Char('B') : QLatin1Char('A');
    expectError(request("GET", "/v1/segments", tampered), 401, "unauthorized");

    const Reply listed = request("GET", "/v1/segments", m_readToken);
    ASSERT_EQ(listed.status, 200);
    const QJsonArray segments = listed.json.value(QStringLiteral("segments")).toArray();
    ASSERT_EQ(segments.size(), 1);
    EXPECT_EQ(segments[0].toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("buyers"));
    EXPECT_EQ(segments[0].toObject().value(QStringLiteral("member_count")).toInt(), 25);

    // A read token may not refresh; a write token may.
    expectError(request("POST", "/v1/segments/buyers/refresh", m_readToken), 403, "forbidden");
    const Reply refreshed = request("POST", "/v1/segments/buyers/refresh", m_writeToken);
    ASSERT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
    EXPECT_EQ(refreshed.json.value(QStringLiteral("member_count")).toInt(), 25);

    // Revoked tokens stop working at once.
    ApiTokenRepository tokens(*m_connection, QStringLiteral("mg_"));
    ASSERT_TRUE(*tokens.revoke(QStringLiteral("reader")));
    expectError(request("GET", "/v1/segments", m_readToken), 401, "unauthorized");

    // The table holds no usable token: neither the token nor its secret part.
    QSqlQuery q(m_connection->database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT lookup, salt, token_hash FROM mg_segmentor_api_token")));
    while (q.next()) {
        EXPECT_FALSE(m_writeToken.contains(q.value(2).toString()));
        EXPECT_EQ(q.value(2).toString().size(), 64); // SHA-256, hex
        EXPECT_FALSE(q.value(1).toString().isEmpty());
    }
    // Each request was logged, with the token's name and never the token.
    QMutexLocker lock(&m_logMutex);
    EXPECT_GE(m_log.size(), 7);
    EXPECT_TRUE(m_log.filter(QStringLiteral("POST /v1/segments/buyers/refresh 403")).size() == 1)
        << m_log.join('\n').toStdString();
    EXPECT_TRUE(m_log.filter(QStringLiteral("token=writer")).size() >= 1);
    EXPECT_TRUE(m_log.filter(m_writeToken).isEmpty());
}

TEST_P(Api, ErrorsAre404And405WithJsonBodies)
{
    startServer();
    expectError(request("GET", "/v1/segments/nope", m_readToken), 404, "not_found");
    expectError(request("GET", "/v1/segments/nope/members", m_readToken), 404, "not_found");
    expectError(request("POST", "/v1/segments/nope/refresh", m_writeToken), 404, "not_found");
    expectError(request("GET", "/v2/anything", m_readToken), 404, "not_found");
    expectError(request("GET", "/", m_readToken), 404, "not_found");

    const httplib::Result patch = m_client->Patch(
        "/v1/segments/buyers",
        httplib::Headers{{"Authorization", ("Bearer " + m_readToken).toStdString()}}, "",
        "application/json");
    ASSERT_TRUE(bool(patch));
    EXPECT_EQ(patch->status, 405);
    EXPECT_EQ(patch->get_header_value("Allow"), std::string("GET, PUT, DELETE"));
    const Reply get = request("GET", "/v1/segments/buyers/refresh", m_writeToken);
    expectError(get, 405, "method_not_allowed");
    EXPECT_EQ(httplib::detail::get_header_value(get.headers, "Allow", 0, ""), std::string("POST"));
    const Reply put = request("PUT", "/v1/segments", m_readToken);
    expectError(put, 405, "method_not_allowed");
    EXPECT_EQ(httplib::detail::get_header_value(put.headers, "Allow", 0, ""),
              std::string("GET, POST"));

    expectError(request("GET", "/v1/segments/buyers/members?limit=0", m_readToken), 400,
                "bad_request");
    expectError(request("GET", "/v1/segments/buyers/members?limit=abc", m_readToken), 400,
                "bad_request");
    expectError(request("GET", "/v1/segments/buyers/members?cursor=%25%25%25", m_readToken), 400,
                "bad_request");
}

TEST_P(Api, RateLimitAnswers429WithRetryAfter)
{
    ApiLimits limits;
    limits.requestsPerMinute = 6;
    limits.burst = 3;
    startServer(limits);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(request("GET", "/v1/segments", m_readToken).status, 200);
    const Reply limited = request("GET", "/v1/segments", m_readToken);
    expectError(limited, 429, "rate_limited");
    const std::string retryAfter =
        httplib::detail::get_header_value(limited.headers, "Retry-After", 0, "");
    ASSERT_FALSE(retryAfter.empty());
    EXPECT_GE(std::stoi(retryAfter), 1);
    EXPECT_LE(std::stoi(retryAfter), 10);
    // Another token has its own allowance.
    EXPECT_EQ(request("GET", "/v1/segments", m_writeToken).status, 200);
}

TEST_P(Api, PageSizeIsCapped)
{
    ApiLimits limits;
    limits.defaultPageSize = 4;
    limits.maxPageSize = 10;
    startServer(limits);
    const Reply byDefault = request("GET", "/v1/segments/buyers/members", m_readToken);
    ASSERT_EQ(byDefault.status, 200);
    EXPECT_EQ(byDefault.json.value(QStringLiteral("limit")).toInt(), 4);
    EXPECT_EQ(byDefault.json.value(QStringLiteral("members")).toArray().size(), 4);
    const Reply huge = request("GET", "/v1/segments/buyers/members?limit=100000", m_readToken);
    ASSERT_EQ(huge.status, 200);
    EXPECT_EQ(huge.json.value(QStringLiteral("limit")).toInt(), 10);
    EXPECT_EQ(huge.json.value(QStringLiteral("members")).toArray().size(), 10);
    EXPECT_TRUE(huge.json.value(QStringLiteral("next_cursor")).isString());
    // Paging through with the cap returns every member once.
    const QStringList all = allMembers(100000);
    EXPECT_EQ(all.size(), 25);
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), 25);
}

TEST_P(Api, PaginationIsStableAcrossARefresh)
{
    startServer();
    // Before: customers 1..25. Between the first page and the rest, a refresh (through the
    // API) removes 3, 17 and 9 and adds 30..34; the other 22 must come exactly once.
    QSet<QString> before;
    for (int id = 1; id <= 25; ++id)
        before << QString::number(id);
    const QStringList seen = allMembers(6, [&] {
        m_fixture->connection().exec(
            QStringLiteral("DELETE FROM mg_sales_order WHERE customer_id IN (3, 17, 9)"));
        for (int id = 30; id <= 34; ++id)
            m_fixture->order(100 + id, id);
        const Reply refreshed = request("POST", "/v1/segments/buyers/refresh", m_writeToken);
        ASSERT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
        EXPECT_EQ(refreshed.json.value(QStringLiteral("added")).toInt(), 5);
        EXPECT_EQ(refreshed.json.value(QStringLiteral("removed")).toInt(), 3);
    });
    QHash<QString, int> counts;
    for (const QString &m : seen)
        ++counts[m];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << "returned twice: " << it.key().toStdString();
    for (const QString &stable : before) {
        if (stable == QLatin1String("3") || stable == QLatin1String("17") ||
            stable == QLatin1String("9"))
            continue;
        EXPECT_EQ(counts.value(stable), 1) << "skipped: " << stable.toStdString();
    }
    // Pages come in member-key order, so the result is sorted.
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(seen, sorted);
}

TEST_P(Api, MemberPagesCarryTheProfileAndTheColumnsAsked)
{
    // A guest buyer: the profile of their latest order, group NOT LOGGED IN.
    m_fixture->order(200, QVariant(),
                     {{"customer_email", "Guest@Example.com"},
                      {"customer_firstname", "Gail"},
                      {"customer_lastname", "Guest"}});
    SegmentDefinition everyone = buyersDefinition();
    everyone.code = QStringLiteral("everyone");
    everyone.applyTo = ApplyTo::All;
    ASSERT_TRUE(m_repository->save(everyone).ok());
    Refresher refresher(*m_connection, *m_schema, *m_repository);
    ASSERT_TRUE(refresher.refresh(QStringLiteral("everyone"), RefreshOptions{}).ok());
    startServer();

    const Reply first = request("GET", "/v1/segments/everyone/members?limit=1", m_readToken);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const QJsonObject c1 = first.json.value(QStringLiteral("members")).toArray().at(0).toObject();
    EXPECT_EQ(c1.value(QStringLiteral("member")).toString(), QStringLiteral("1"));
    EXPECT_EQ(c1.value(QStringLiteral("email")).toString(), QStringLiteral("c1@example.com"));
    EXPECT_EQ(c1.value(QStringLiteral("firstname")).toString(), QStringLiteral("Test"));
    EXPECT_EQ(c1.value(QStringLiteral("lastname")).toString(), QStringLiteral("Customer1"));
    EXPECT_EQ(c1.value(QStringLiteral("group")).toString(), QStringLiteral("General"));
    EXPECT_EQ(c1.value(QStringLiteral("website")).toString(), QStringLiteral("Main Website"));
    EXPECT_TRUE(c1.contains(QStringLiteral("country")));
    EXPECT_TRUE(c1.value(QStringLiteral("since")).isString());

    // Only the columns asked, with their types; the guest comes last in key order.
    const Reply asked = request("GET",
                                "/v1/segments/everyone/members?limit=100&fields=email,firstname,"
                                "group,orders,lifetime_sales",
                                m_readToken);
    ASSERT_EQ(asked.status, 200) << asked.body.toStdString();
    const QJsonArray page = asked.json.value(QStringLiteral("members")).toArray();
    ASSERT_EQ(page.size(), 26);
    const QJsonObject g = page.last().toObject();
    EXPECT_EQ(g.value(QStringLiteral("member")).toString(), QStringLiteral("guest@example.com"));
    EXPECT_EQ(g.value(QStringLiteral("email")).toString(), QStringLiteral("Guest@Example.com"));
    EXPECT_EQ(g.value(QStringLiteral("firstname")).toString(), QStringLiteral("Gail"));
    EXPECT_EQ(g.value(QStringLiteral("group")).toString(), QStringLiteral("NOT LOGGED IN"));
    EXPECT_EQ(g.value(QStringLiteral("orders")).toInt(), 1);
    EXPECT_EQ(g.value(QStringLiteral("lifetime_sales")).toString(), QStringLiteral("100.0000"));
    EXPECT_FALSE(g.contains(QStringLiteral("website")));
    EXPECT_TRUE(g.value(QStringLiteral("customer_id")).isNull());

    expectError(request("GET", "/v1/segments/buyers/members?fields=email,shoe_size", m_readToken),
                400, "bad_request");
}

TEST_P(Api, SegmentDetailAndMemberLookup)
{
    startServer();
    const Reply detail = request("GET", "/v1/segments/buyers", m_readToken);
    ASSERT_EQ(detail.status, 200);
    EXPECT_EQ(detail.json.value(QStringLiteral("name")).toString(), QStringLiteral("Buyers"));
    EXPECT_EQ(detail.json.value(QStringLiteral("member_count")).toInt(), 25);
    EXPECT_EQ(detail.json.value(QStringLiteral("refresh_status")).toString(),
              QStringLiteral("completed"));
    EXPECT_TRUE(detail.json.value(QStringLiteral("last_refresh_at")).isString());
    EXPECT_FALSE(detail.json.value(QStringLiteral("conditions"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
    EXPECT_EQ(detail.json.value(QStringLiteral("conditions"))
                  .toObject()
                  .value(QStringLiteral("children"))
                  .toArray()
                  .size(),
              1);

    const Reply in = request("GET", "/v1/segments/buyers/members/7", m_readToken);
    ASSERT_EQ(in.status, 200);
    EXPECT_TRUE(in.json.value(QStringLiteral("in_segment")).toBool());
    EXPECT_EQ(in.json.value(QStringLiteral("customer_id")).toInt(), 7);
    EXPECT_TRUE(
        QDateTime::fromString(in.json.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs)
            .isValid());
    const Reply out = request("GET", "/v1/segments/buyers/members/33", m_readToken);
    ASSERT_EQ(out.status, 200);
    EXPECT_FALSE(out.json.value(QStringLiteral("in_segment")).toBool());
    EXPECT_TRUE(out.json.value(QStringLiteral("since")).isNull());
    // An e-mail means the registered customer who has it, whatever its case.
    const Reply byEmail = request("GET", "/v1/segments/buyers/members/C7@Example.COM", m_readToken);
    ASSERT_EQ(byEmail.status, 200) << byEmail.body.toStdString();
    EXPECT_EQ(byEmail.json.value(QStringLiteral("customer_id")).toInt(), 7);
    EXPECT_TRUE(byEmail.json.value(QStringLiteral("guest_email")).isNull());
    EXPECT_TRUE(byEmail.json.value(QStringLiteral("in_segment")).toBool());
    // Else the guest who ordered with it.
    m_fixture->order(100, QVariant(),
                     {{"customer_email", "Someone@Example.com"}, {"status", "canceled"}});
    const Reply guest =
        request("GET", "/v1/segments/buyers/members/Someone@Example.com", m_readToken);
    ASSERT_EQ(guest.status, 200) << guest.body.toStdString();
    EXPECT_EQ(guest.json.value(QStringLiteral("guest_email")).toString(),
              QStringLiteral("someone@example.com"));
    EXPECT_TRUE(guest.json.value(QStringLiteral("customer_id")).isNull());
    EXPECT_FALSE(guest.json.value(QStringLiteral("in_segment")).toBool());
    // Neither: 404 with a JSON error, not a guest nobody is.
    const Reply nobody =
        request("GET", "/v1/segments/buyers/members/nobody@example.com", m_readToken);
    expectError(nobody, 404, "member_not_found");
    EXPECT_TRUE(nobody.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("neither a customer nor a guest")));
    expectError(request("GET", "/v1/segments/buyers/members/999", m_readToken), 404,
                "member_not_found");
    // One e-mail on two websites: 422 naming both customers.
    m_fixture->customer(41, {{"email", "c7@example.com"}, {"website_id", 2}, {"store_id", 2}});
    const Reply twins = request("GET", "/v1/segments/buyers/members/c7@example.com", m_readToken);
    expectError(twins, 422, "ambiguous_member");
    EXPECT_TRUE(
        twins.json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString()
            .contains(QStringLiteral("customer 7 (website base), customer 41 (website eu)")))
        << twins.body.toStdString();
}

TEST_P(Api, OpenApiDocumentDescribesEveryPath)
{
    startServer();
    const Reply spec = request("GET", "/v1/openapi.json"); // no token needed
    ASSERT_EQ(spec.status, 200) << spec.body.toStdString();
    EXPECT_EQ(spec.json.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    const QJsonObject paths = spec.json.value(QStringLiteral("paths")).toObject();
    EXPECT_EQ(paths.keys(),
              QStringList({"/v1/exports/{id}", "/v1/exports/{id}/file", "/v1/openapi.json",
                           "/v1/segments", "/v1/segments/{code}", "/v1/segments/{code}/engagement",
                           "/v1/segments/{code}/exports", "/v1/segments/{code}/members",
                           "/v1/segments/{code}/members/{member}", "/v1/segments/{code}/refresh"}));
    const QJsonObject segment = paths.value(QStringLiteral("/v1/segments/{code}")).toObject();
    EXPECT_TRUE(segment.contains(QStringLiteral("put")) &&
                segment.contains(QStringLiteral("delete")));
    EXPECT_TRUE(paths.value(QStringLiteral("/v1/segments"))
                    .toObject()
                    .value(QStringLiteral("post"))
                    .toObject()
                    .value(QStringLiteral("responses"))
                    .toObject()
                    .contains(QStringLiteral("422")));
    EXPECT_TRUE(paths.value(QStringLiteral("/v1/segments/{code}/exports"))
                    .toObject()
                    .value(QStringLiteral("post"))
                    .toObject()
                    .value(QStringLiteral("responses"))
                    .toObject()
                    .contains(QStringLiteral("202")));
    EXPECT_TRUE(paths.value(QStringLiteral("/v1/segments/{code}/refresh"))
                    .toObject()
                    .contains(QStringLiteral("post")));
    const QJsonObject members = paths.value(QStringLiteral("/v1/segments/{code}/members"))
                                    .toObject()
                                    .value(QStringLiteral("get"))
                                    .toObject();
    EXPECT_TRUE(
        members.value(QStringLiteral("responses")).toObject().contains(QStringLiteral("429")));
    // Every $ref points at a schema that exists.
    const QJsonObject schemas = spec.json.value(QStringLiteral("components"))
                                    .toObject()
                                    .value(QStringLiteral("schemas"))
                                    .toObject();
    const QString text = QString::fromUtf8(spec.body);
    for (qsizetype at = text.indexOf(QStringLiteral("#/components/schemas/")); at >= 0;
         at = text.indexOf(QStringLiteral("#/components/schemas/"), at + 1)) {
        const QString name = text.mid(at + 21).section(QLatin1Char('"'), 0, 0);
        EXPECT_TRUE(schemas.contains(name)) << name.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, Api, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace
