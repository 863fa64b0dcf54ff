// segmentor-cli engagement import / show as scripts use them (SQLite demo store, fake Mailchimp):
// the summary line, warnings on stderr, CSV with formula-safe cells, JSON, an API error with its
// place and exit 1, and never the API key in any output.
#include "fakemarketingservers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

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

CliRun cli(const QString &database, const QStringList &arguments, const QString &apiKey = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_DATABASE"), database);
    env.remove(QStringLiteral("SEGMENTOR_API_KEY"));
    if (!apiKey.isEmpty()) env.insert(QStringLiteral("SEGMENTOR_API_KEY"), apiKey);
    // No keychain in the tests: no D-Bus session.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TEST(EngagementCli, ImportThenShowAsCsvAndJsonNeverPrintingTheKey)
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.db"));
    ASSERT_EQ(cli(QString(), {"demo", "--out", dir.filePath("demo.db"), "--customers", "200",
                              "--seed", "5", "--today", "2026-11-01"})
                  .exitCode,
              0);
    QFile f(dir.filePath(QStringLiteral("buyers.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"registered","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":3}]}})");
    f.close();
    ASSERT_EQ(cli(db, {"segments", "import", f.fileName()}).exitCode, 0);
    ASSERT_EQ(cli(db, {"refresh", "buyers"}).exitCode, 0);

    FakeMailchimp mailchimp(kKey, QStringLiteral("aud1"));
    const CliRun added = cli(db, {"destinations", "add", "news", "--kind", "mailchimp", "--list",
                                  "aud1", "--base-url", mailchimp.baseUrl()});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    // Not pushed yet: nothing to import, and it says so.
    const CliRun early = cli(db, {"engagement", "import", "buyers"}, kKey);
    EXPECT_EQ(early.exitCode, 0) << early.err.toStdString();
    EXPECT_EQ(early.out, QStringLiteral("0 campaign(s) imported for 0 segment(s)\n"));
    EXPECT_TRUE(early.err.contains("warning: segment buyers is not synced to Mailchimp or Klaviyo"))
        << early.err.toStdString();

    const CliRun pushed = cli(db, {"push", "buyers", "--destination", "news"}, kKey);
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    FakeCampaign c;
    c.id = QStringLiteral("mc1");
    c.name = QStringLiteral("=HYPERLINK(\"http://x\")"); // must not become a formula
    c.sendTime = QStringLiteral("2026-10-20T08:30:00+00:00");
    c.listId = QStringLiteral("aud1");
    c.tagId = mailchimp.tagId(QStringLiteral("buyers"));
    c.sent = 40;
    c.hardBounces = 2;
    c.softBounces = 3;
    c.opens = 30;
    c.uniqueOpens = 14;
    c.clicks = 9;
    c.uniqueClicks = 7;
    c.unsubscribes = 1;
    mailchimp.setCampaign(c);

    const CliRun imported = cli(db, {"engagement", "import"}, kKey);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out, QStringLiteral("1 campaign(s) imported for 1 segment(s)\n"));
    EXPECT_TRUE(imported.err.isEmpty()) << imported.err.toStdString();

    const CliRun csv = cli(db, {"engagement", "show", "buyers"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << csv.out.toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("segment,provider,destination,campaign_id,campaign_name,"
                                          "sent_at,sent,delivered,opens,unique_opens,clicks,"
                                          "unique_clicks,unsubscribes,open_rate,click_rate,"
                                          "imported_at"));
    // delivered 40 - 2 - 3 = 35; open rate 14/35 = 40 %, click rate 7/35 = 20 %.
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral(
        "buyers,mailchimp,news,mc1,\"'=HYPERLINK(\"\"http://x\"\")\",2026-10-20 08:30:00,40,35,30,"
        "14,9,7,1,40.00,20.00,")))
        << lines.at(1).toStdString();

    const CliRun json = cli(db, {"engagement", "show", "--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1) << json.out.toStdString();
    const QJsonObject row = rows.first().toObject();
    EXPECT_EQ(row["campaign_name"].toString(), c.name);
    EXPECT_EQ(row["sent_at"].toString(), QStringLiteral("2026-10-20T08:30:00Z"));
    EXPECT_EQ(row["delivered"].toInt(), 35);
    EXPECT_DOUBLE_EQ(row["open_rate"].toDouble(), 40.0);
    EXPECT_DOUBLE_EQ(row["click_rate"].toDouble(), 20.0);
    // Another segment: the header only.
    EXPECT_EQ(cli(db, {"engagement", "show", "nosuch"}).out.count(QStringLiteral("\r\n")), 1);

    // A refused key: exit 1, the place and the HTTP status, never the key.
    const QString wrong = QStringLiteral("feedfacefeedface-us21");
    const CliRun refused = cli(db, {"engagement", "import"}, wrong);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.startsWith("error: destination news, segment buyers: "))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("401")) << refused.err.toStdString();
    for (const CliRun &r : {early, pushed, imported, csv, json, refused}) {
        EXPECT_FALSE(r.out.contains(kKey) || r.err.contains(kKey));
        EXPECT_FALSE(r.out.contains(wrong) || r.err.contains(wrong));
    }
    EXPECT_EQ(cli(db, {"engagement", "frobnicate"}).exitCode, 2);
    EXPECT_EQ(cli(db, {"engagement", "show", "--format", "xml"}).exitCode, 2);
}

} // namespace
