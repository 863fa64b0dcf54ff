// segmentor-cli's integration commands as scripts use them: tokens (printed once, listed,
// revoked), serve (a real request, the request log, bad --listen), destinations and push
// (dry run, a push to a fake Mailchimp, the push that follows a refresh).
#include "fakemarketingservers.h"
#include "testdatabases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace segtest;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef-us21");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString cliPath()
{
    return qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli"));
}

QProcessEnvironment environment(const QString &database, const QString &apiKey = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_DATABASE"), database);
    env.remove(QStringLiteral("SEGMENTOR_API_KEY"));
    if (!apiKey.isEmpty()) env.insert(QStringLiteral("SEGMENTOR_API_KEY"), apiKey);
    // No keychain in the tests: no D-Bus session.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    return env;
}

CliRun cli(const QString &database, const QStringList &arguments, const QString &apiKey = {})
{
    QProcess p;
    p.setProcessEnvironment(environment(database, apiKey));
    p.start(cliPath(), arguments);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class IntegrationsCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = QStringLiteral("sqlite:") + s_dir->filePath(QStringLiteral("demo.db"));
        s_setup << cli(QString(),
                       {QStringLiteral("demo"), QStringLiteral("--out"),
                        s_dir->filePath(QStringLiteral("demo.db")), QStringLiteral("--customers"),
                        QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"),
                        QStringLiteral("--today"), QStringLiteral("2026-11-01")});
        const QString def = s_dir->filePath(QStringLiteral("buyers.json"));
        QFile f(def);
        f.open(QIODevice::WriteOnly);
        f.write(
            R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"registered","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":3}]}})");
        f.close();
        s_setup << cli(s_db, {QStringLiteral("segments"), QStringLiteral("import"), def});
        s_setup << cli(s_db, {QStringLiteral("refresh"), QStringLiteral("buyers")});
    }
    static void TearDownTestSuite() { delete s_dir; }

    void SetUp() override
    {
        for (const CliRun &r : s_setup)
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_db;
    static inline QList<CliRun> s_setup;
};

TEST_F(IntegrationsCli, TokensArePrintedOnceListedAndRevoked)
{
    const CliRun created = cli(s_db, {QStringLiteral("tokens"), QStringLiteral("create"),
                                      QStringLiteral("crm"), QStringLiteral("--write")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString token = created.out.trimmed();
    EXPECT_TRUE(token.startsWith(QLatin1String("seg_")));
    EXPECT_EQ(created.out.count(QLatin1Char('\n')), 1); // only the token on stdout
    EXPECT_TRUE(created.err.contains(QLatin1String("shown only this once")));
    EXPECT_EQ(cli(s_db, {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("crm")})
                  .exitCode,
              1); // the name is taken
    const CliRun listed = cli(s_db, {QStringLiteral("tokens"), QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.contains(QRegularExpression(QStringLiteral("\\ncrm +write "))));
    EXPECT_FALSE(listed.out.contains(token.mid(21))); // never the secret
    EXPECT_EQ(cli(s_db, {QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("crm")})
                  .exitCode,
              0);
    EXPECT_EQ(cli(s_db, {QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("crm")})
                  .exitCode,
              1);
    EXPECT_EQ(cli(s_db, {QStringLiteral("tokens"), QStringLiteral("create")}).exitCode, 2);
    EXPECT_EQ(cli(s_db, {QStringLiteral("tokens"), QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST_F(IntegrationsCli, ServeAnswersAndLogsEachRequest)
{
    EXPECT_EQ(
        cli(s_db, {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("nowhere")})
            .exitCode,
        2);
    EXPECT_EQ(cli(s_db, {QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:99999")})
                  .exitCode,
              2);
    const QString token =
        cli(s_db, {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("reader")})
            .out.trimmed();
    const int port = freePort();
    QProcess server;
    server.setProcessEnvironment(environment(s_db));
    server.start(cliPath(), {QStringLiteral("serve"), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:%1").arg(port)});
    ASSERT_TRUE(server.waitForStarted());
    httplib::Client client("127.0.0.1", port);
    auto get = [&] {
        return client.Get("/v1/segments/buyers/members?limit=2",
                          httplib::Headers{{"Authorization", ("Bearer " + token).toStdString()}});
    };
    httplib::Result r = get();
    for (int i = 0; i < 100 && !r; ++i) { // until it listens
        QThread::msleep(50);
        r = get();
    }
    ASSERT_TRUE(bool(r));
    EXPECT_EQ(r->status, 200);
    const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
    EXPECT_EQ(page.value(QStringLiteral("members")).toArray().size(), 2);
    httplib::Result anonymous = client.Get("/v1/segments");
    ASSERT_TRUE(bool(anonymous));
    EXPECT_EQ(anonymous->status, 401);
    server.terminate();
    server.waitForFinished();
    const QString log = QString::fromUtf8(server.readAllStandardError());
    EXPECT_TRUE(
        log.contains(QStringLiteral("serving the REST API on http://127.0.0.1:%1/v1/").arg(port)))
        << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("GET /v1/segments/buyers/members?limit=2 200")))
        << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("token=reader")));
    EXPECT_TRUE(log.contains(QLatin1String("GET /v1/segments 401")));
    EXPECT_TRUE(server.readAllStandardOutput().isEmpty());
}

TEST_F(IntegrationsCli, DestinationsAndPush)
{
    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    EXPECT_EQ(cli(s_db, {QStringLiteral("destinations"), QStringLiteral("add"),
                         QStringLiteral("news"), QStringLiteral("--kind"), QStringLiteral("nope"),
                         QStringLiteral("--list"), QStringLiteral("aud1")})
                  .exitCode,
              2);
    const CliRun added =
        cli(s_db, {QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("news"),
                   QStringLiteral("--kind"), QStringLiteral("mailchimp"), QStringLiteral("--list"),
                   QStringLiteral("aud1"), QStringLiteral("--base-url"), mailchimp.baseUrl(),
                   QStringLiteral("--sync-after-refresh"), QStringLiteral("buyers")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun listed = cli(s_db, {QStringLiteral("destinations"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(QLatin1String("news")) &&
                listed.out.contains(QLatin1String("never")));

    // No key: a usage error naming the way out.
    const CliRun noKey = cli(s_db, {QStringLiteral("push"), QStringLiteral("buyers"),
                                    QStringLiteral("--destination"), QStringLiteral("news")});
    EXPECT_EQ(noKey.exitCode, 2);
    EXPECT_TRUE(noKey.err.contains(QLatin1String("SEGMENTOR_API_KEY")));

    const CliRun preview = cli(s_db, {QStringLiteral("push"), QStringLiteral("buyers"),
                                      QStringLiteral("--destination"), QStringLiteral("news"),
                                      QStringLiteral("--dry-run")});
    ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    const QStringList lines = preview.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(QLatin1Char('+')) && line.contains(QLatin1Char('@')))
            << line.toStdString();
    EXPECT_TRUE(mailchimp.requests().isEmpty());

    const CliRun pushed = cli(s_db,
                              {QStringLiteral("push"), QStringLiteral("buyers"),
                               QStringLiteral("--destination"), QStringLiteral("news")},
                              kKey);
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_EQ(
        pushed.out.trimmed(),
        QStringLiteral("buyers -> news: completed, +%1 -0, 0 failed, 0 retries").arg(lines.size()));
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")).size(), lines.size());

    // The refresh pushes again, with nothing to send.
    const CliRun refreshed = cli(s_db, {QStringLiteral("refresh"), QStringLiteral("buyers")}, kKey);
    ASSERT_EQ(refreshed.exitCode, 0) << refreshed.err.toStdString();
    EXPECT_TRUE(refreshed.out.contains(QLatin1String("buyers -> news: completed, +0 -0")))
        << refreshed.out.toStdString();
    EXPECT_TRUE(cli(s_db, {QStringLiteral("destinations"), QStringLiteral("list")})
                    .out.contains(QLatin1String("buyers completed")));
    EXPECT_EQ(cli(s_db, {QStringLiteral("destinations"), QStringLiteral("remove"),
                         QStringLiteral("news")})
                  .exitCode,
              0);
    EXPECT_EQ(cli(s_db, {QStringLiteral("destinations"), QStringLiteral("remove"),
                         QStringLiteral("news")})
                  .exitCode,
              1);
}

} // namespace
