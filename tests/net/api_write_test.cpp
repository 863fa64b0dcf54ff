// The REST API's writes and exports over loopback, on SQLite, MariaDB and PostgreSQL: segments
// created, replaced and deleted with a write token only, the validator's errors as JSON with
// their paths; asynchronous exports (queued -> done, progress, the file byte for byte the same as
// exportSegmentMembers writes, only for the token that asked, bad format or column refused).
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "net/apiserver.h"
#include "net/apitokenrepository.h"
#include "net/integrationtables.h"
#include "operations/exportmembers.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"
#include "session/storesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

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

class ApiWrites : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString name = QStringLiteral("apiw_%1").arg(
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

    Reply request(const std::string &method, const std::string &path, const QString &token = {},
                  const std::string &body = {})
    {
        httplib::Headers headers;
        if (!token.isEmpty()) headers.emplace("Authorization", ("Bearer " + token).toStdString());
        httplib::Result r =
            method == "GET"      ? m_client->Get(path, headers)
            : method == "POST"   ? m_client->Post(path, headers, body, "application/json")
            : method == "DELETE" ? m_client->Delete(path, headers)
                                 : m_client->Put(path, headers, body, "application/json");
        Reply reply;
        EXPECT_TRUE(bool(r)) << method << " " << path << ": "
                             << (r ? "" : httplib::to_string(r.error()));
        if (!r) return reply;
        reply.status = r->status;
        reply.body = QByteArray::fromStdString(r->body);
        reply.headers = r->headers;
        if (r->get_header_value("Content-Type") != "application/json") return reply; // a file
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << "not JSON: " << r->body;
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

    // Polls GET /v1/exports/{id} until the export is done or failed.
    QJsonObject waitForExport(const QString &id, const QString &token)
    {
        QJsonObject last;
        for (int i = 0; i < 300; ++i) {
            const Reply r = request("GET", "/v1/exports/" + id.toStdString(), token);
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            last = r.json;
            const QString state = last.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("done") || state == QLatin1String("failed")) break;
            QThread::msleep(100);
        }
        return last;
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

const char *kLoyal =
    R"({"segmentor":1,"code":"loyal","name":"Loyal","refresh":"auto","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})";

TEST_P(ApiWrites, SegmentsAreCreatedReplacedAndDeletedWithAWriteToken)
{
    startServer();
    expectError(request("POST", "/v1/segments", m_readToken, kLoyal), 403, "forbidden");
    expectError(request("DELETE", "/v1/segments/buyers", m_readToken), 403, "forbidden");
    expectError(request("PUT", "/v1/segments/buyers", m_readToken, kLoyal), 403, "forbidden");
    EXPECT_FALSE(m_repository->findSegment(QStringLiteral("loyal")).has_value());

    const Reply created = request("POST", "/v1/segments", m_writeToken, kLoyal);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.json.value(QStringLiteral("code")).toString(), QStringLiteral("loyal"));
    EXPECT_EQ(created.json.value(QStringLiteral("refresh_mode")).toString(),
              QStringLiteral("auto"));
    EXPECT_EQ(httplib::detail::get_header_value(created.headers, "Location", 0, ""),
              std::string("/v1/segments/loyal"));
    ASSERT_TRUE(m_repository->findSegment(QStringLiteral("loyal")).has_value());
    expectError(request("POST", "/v1/segments", m_writeToken, kLoyal), 409, "already_exists");

    // PUT replaces (200) the segment its URL names, or creates it (201).
    QByteArray renamed =
        QByteArray(kLoyal).replace("\"name\":\"Loyal\"", "\"name\":\"Loyal buyers\"");
    const Reply replaced =
        request("PUT", "/v1/segments/loyal", m_writeToken, renamed.toStdString());
    ASSERT_EQ(replaced.status, 200) << replaced.body.toStdString();
    EXPECT_EQ(m_repository->findSegment(QStringLiteral("loyal"))->name,
              QStringLiteral("Loyal buyers"));
    QByteArray other = QByteArray(kLoyal).replace("\"code\":\"loyal\"", "\"code\":\"fans\"");
    EXPECT_EQ(request("PUT", "/v1/segments/fans", m_writeToken, other.toStdString()).status, 201);
    const Reply mismatch = request("PUT", "/v1/segments/loyal", m_writeToken, other.toStdString());
    expectError(mismatch, 422, "invalid_definition");
    const QJsonArray mismatchErrors = mismatch.json.value(QStringLiteral("error"))
                                          .toObject()
                                          .value(QStringLiteral("errors"))
                                          .toArray();
    ASSERT_EQ(mismatchErrors.size(), 1);
    EXPECT_EQ(mismatchErrors[0].toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("code"));

    // DELETE goes through the use case: the segment and its members are gone.
    const Reply deleted = request("DELETE", "/v1/segments/buyers", m_writeToken);
    ASSERT_EQ(deleted.status, 200) << deleted.body.toStdString();
    EXPECT_TRUE(deleted.json.value(QStringLiteral("deleted")).toBool());
    EXPECT_FALSE(m_repository->findSegment(QStringLiteral("buyers")).has_value());
    expectError(request("GET", "/v1/segments/buyers", m_readToken), 404, "not_found");
    expectError(request("DELETE", "/v1/segments/buyers", m_writeToken), 404, "not_found");
    QSqlQuery q(m_connection->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_member")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_P(ApiWrites, InvalidDefinitionsAnswer422WithEveryErrorAndItsPath)
{
    startServer();
    // Two validator errors at once: a number that is text, an unknown attribute.
    const std::string twoErrors =
        R"({"segmentor":1,"code":"bad","name":"Bad","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":"abc"},{"type":"customer","attribute":"shoe_size","operator":"==","value":"42"}]}})";
    const Reply bad = request("POST", "/v1/segments", m_writeToken, twoErrors);
    expectError(bad, 422, "invalid_definition");
    const QJsonArray errors = bad.json.value(QStringLiteral("error"))
                                  .toObject()
                                  .value(QStringLiteral("errors"))
                                  .toArray();
    ASSERT_EQ(errors.size(), 2) << bad.body.toStdString();
    EXPECT_EQ(errors[0].toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("conditions.conditions[0].value"));
    EXPECT_EQ(errors[1].toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("conditions.conditions[1].attribute"));
    EXPECT_TRUE(errors[1]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("shoe_size")));

    // The codec's errors too: an unknown key, and a body that is not JSON.
    const Reply unknownKey = request(
        "POST", "/v1/segments", m_writeToken,
        R"({"segmentor":1,"code":"x","name":"X","colour":"red","conditions":{"type":"combine","conditions":[]}})");
    expectError(unknownKey, 422, "invalid_definition");
    EXPECT_EQ(unknownKey.json.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("errors"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("path"))
                  .toString(),
              QStringLiteral("colour"));
    expectError(request("POST", "/v1/segments", m_writeToken, "{not json"), 422,
                "invalid_definition");
    EXPECT_FALSE(m_repository->findSegment(QStringLiteral("bad")).has_value());
    EXPECT_FALSE(m_repository->findSegment(QStringLiteral("x")).has_value());
}

TEST_P(ApiWrites, ExportsRunAsynchronouslyAndServeTheSameFileAsTheCli)
{
    startServer();
    const Reply started = request("POST", "/v1/segments/buyers/exports", m_readToken,
                                  R"({"format":"csv","columns":["email","lastname"]})");
    ASSERT_EQ(started.status, 202) << started.body.toStdString();
    const QString id = started.json.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(httplib::detail::get_header_value(started.headers, "Location", 0, ""),
              ("/v1/exports/" + id).toStdString());
    EXPECT_TRUE(QStringList({"queued", "running", "done"})
                    .contains(started.json.value(QStringLiteral("state")).toString()));
    EXPECT_EQ(started.json.value(QStringLiteral("expected_rows")).toInt(), 25);

    const QJsonObject done = waitForExport(id, m_readToken);
    ASSERT_EQ(done.value(QStringLiteral("state")).toString(), QStringLiteral("done"))
        << QJsonDocument(done).toJson().toStdString();
    EXPECT_EQ(done.value(QStringLiteral("rows")).toInt(), 25);
    EXPECT_EQ(done.value(QStringLiteral("progress")).toDouble(), 1.0);
    EXPECT_EQ(done.value(QStringLiteral("file_url")).toString(),
              QStringLiteral("/v1/exports/%1/file").arg(id));

    const Reply file = request("GET", "/v1/exports/" + id.toStdString() + "/file", m_readToken);
    ASSERT_EQ(file.status, 200);
    EXPECT_EQ(httplib::detail::get_header_value(file.headers, "Content-Type", 0, ""),
              std::string("text/csv; charset=utf-8"));
    // The same export as `segmentor-cli members --format csv --columns email,lastname`.
    QTemporaryDir dir;
    ConnectionSettings settings = m_connection->settings();
    settings.tablePrefix = QStringLiteral("mg_");
    Result<StoreSession> session = StoreSession::open(settings, true);
    ASSERT_TRUE(session.ok());
    ExportOptions options;
    options.columns = {QStringLiteral("email"), QStringLiteral("lastname")};
    options.path = dir.filePath(QStringLiteral("cli.csv"));
    ASSERT_TRUE(exportSegmentMembers(session.value(),
                                     ExportSelection{QStringLiteral("buyers"), {}, {}}, options)
                    .ok());
    QFile cli(options.path);
    ASSERT_TRUE(cli.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.body, cli.readAll());
    EXPECT_EQ(file.body.count('\n'), 26); // header + 25 members

    // Only the token that asked sees the export.
    expectError(request("GET", "/v1/exports/" + id.toStdString(), m_writeToken), 404, "not_found");
    expectError(request("GET", "/v1/exports/" + id.toStdString() + "/file", m_writeToken), 404,
                "not_found");
    expectError(request("GET", "/v1/exports/no-such-id", m_readToken), 404, "not_found");

    // XLSX, all columns.
    const Reply xlsx =
        request("POST", "/v1/segments/buyers/exports", m_writeToken, R"({"format":"xlsx"})");
    ASSERT_EQ(xlsx.status, 202) << xlsx.body.toStdString();
    const QString xid = xlsx.json.value(QStringLiteral("id")).toString();
    EXPECT_EQ(waitForExport(xid, m_writeToken).value(QStringLiteral("state")).toString(),
              QStringLiteral("done"));
    const Reply xfile = request("GET", "/v1/exports/" + xid.toStdString() + "/file", m_writeToken);
    ASSERT_EQ(xfile.status, 200);
    EXPECT_TRUE(xfile.body.startsWith("PK")) << "not a zip (xlsx)";

    // Refused before anything is queued.
    expectError(request("POST", "/v1/segments/buyers/exports", m_readToken, R"({"format":"pdf"})"),
                400, "bad_request");
    const Reply badColumn = request("POST", "/v1/segments/buyers/exports", m_readToken,
                                    R"({"columns":["email","shoe_size"]})");
    expectError(badColumn, 400, "bad_request");
    EXPECT_TRUE(badColumn.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("shoe_size")));
    expectError(request("POST", "/v1/segments/buyers/exports", m_readToken,
                        R"({"format":"csv","colour":1})"),
                400, "bad_request");
    expectError(request("POST", "/v1/segments/nope/exports", m_readToken, "{}"), 404, "not_found");
    expectError(request("GET", "/v1/segments/buyers/exports", m_readToken), 405,
                "method_not_allowed");
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, ApiWrites, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace
