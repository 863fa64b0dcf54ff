// segmentor-cli as scripts use it: exit codes, stdout only for the requested output.
#include "testdatabases.h"

#include "definition/definitioncodec.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SEGMENTOR_DATABASE"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class Cli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_store = s_dir->filePath(QStringLiteral("demo.db"));
        s_demo =
            cli({QStringLiteral("demo"), QStringLiteral("--out"), s_store,
                 QStringLiteral("--customers"), QStringLiteral("400"), QStringLiteral("--seed"),
                 QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2026-11-01")});
    }
    static void TearDownTestSuite() { delete s_dir; }

    QString def(const QString &name, const QString &conditions, const QString &extra = {}) const
    {
        const QString path = s_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(
            QStringLiteral(
                R"({"segmentor":1,"code":"%1","name":"N"%2,"conditions":{"type":"combine","conditions":[%3]}})")
                .arg(name.section(QLatin1Char('.'), 0, 0),
                     extra.isEmpty() ? QString() : QStringLiteral(",") + extra, conditions)
                .toUtf8());
        return path;
    }
    QString db() const { return QStringLiteral("sqlite:") + s_store; }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_store;
    static inline CliRun s_demo;
};

TEST_F(Cli, DemoCreatesAStoreQuietlyOnStdout)
{
    ASSERT_EQ(s_demo.exitCode, 0) << s_demo.err.toStdString();
    EXPECT_TRUE(s_demo.out.isEmpty());
    EXPECT_TRUE(QFile::exists(s_store));
    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--out"), s_store});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
}

// Without --today the demo store lives today: orders in the last 30 days, evaluated now.
// --today pins it (the same seed and day give the same store); a bad day is a usage error.
TEST_F(Cli, DemoIsAnchoredToTodayUnlessPinned)
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString store = s_dir->filePath(QStringLiteral("today.db"));
    const CliRun made =
        cli({QStringLiteral("demo"), QStringLiteral("--out"), store, QStringLiteral("--customers"),
             QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_TRUE(made.err.contains(QStringLiteral("as of %1").arg(today))) << made.err.toStdString();
    const QString d =
        def(QStringLiteral("recent.json"),
            R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[
                                {"type":"order","attribute":"created_at","operator":"within_last_days","value":30}]})",
            R"("apply_to":"all")");
    const CliRun recent = cli({QStringLiteral("evaluate"), d, QStringLiteral("--count"),
                               QStringLiteral("--database"), QStringLiteral("sqlite:") + store});
    ASSERT_EQ(recent.exitCode, 0) << recent.err.toStdString();
    EXPECT_GT(recent.out.trimmed().toInt(), 10);
    // The fixed store of this suite (--today 2026-11-01) has none of them today.
    const CliRun old = cli({QStringLiteral("evaluate"), d, QStringLiteral("--count"),
                            QStringLiteral("--database"), db()});
    ASSERT_EQ(old.exitCode, 0) << old.err.toStdString();
    EXPECT_EQ(old.out.trimmed().toInt(), 0);

    for (const char *bad : {"2026-13-01", "yesterday", "1970-01-01"}) {
        const CliRun refused = cli({QStringLiteral("demo"), QStringLiteral("--out"),
                                    s_dir->filePath(QStringLiteral("bad.db")),
                                    QStringLiteral("--today"), QString::fromLatin1(bad)});
        EXPECT_EQ(refused.exitCode, 2) << bad;
        EXPECT_EQ(
            refused.err,
            QStringLiteral("error: --today: expected a date YYYY-MM-DD between 1980 and 2100\n"))
            << bad;
        EXPECT_FALSE(QFile::exists(s_dir->filePath(QStringLiteral("bad.db"))));
    }
}

TEST_F(Cli, EvaluateIdsCountAndExplainAgree)
{
    const QString d =
        def(QStringLiteral("buyers.json"),
            R"({"type":"orders","metric":"number_of_orders","operator":">=","value":2})",
            R"("apply_to":"all")");
    const QStringList common = {QStringLiteral("--database"), db(), QStringLiteral("--as-of"),
                                QStringLiteral("2026-11-01T00:00:00Z")};
    const CliRun ids =
        cli(QStringList{QStringLiteral("evaluate"), d, QStringLiteral("--ids")} + common);
    ASSERT_EQ(ids.exitCode, 0) << ids.err.toStdString();
    EXPECT_TRUE(ids.err.isEmpty()) << ids.err.toStdString();
    const QStringList lines = ids.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 10);
    const CliRun count =
        cli(QStringList{QStringLiteral("evaluate"), d, QStringLiteral("--count")} + common);
    ASSERT_EQ(count.exitCode, 0);
    EXPECT_EQ(count.out.trimmed().toInt(), lines.size());
    // Registered ids come first, in order; guests (emails) after.
    EXPECT_FALSE(lines.first().contains(QLatin1Char('@')));
    const CliRun explain =
        cli(QStringList{QStringLiteral("evaluate"), d, QStringLiteral("--explain"), lines.first()} +
            common);
    ASSERT_EQ(explain.exitCode, 0) << explain.err.toStdString();
    EXPECT_TRUE(explain.out.contains(QStringLiteral("is IN"))) << explain.out.toStdString();
    EXPECT_TRUE(explain.out.contains(QStringLiteral("Number of orders is at least 2")))
        << explain.out.toStdString();
}

TEST_F(Cli, ExplainSaysOutForANonMember)
{
    const QString d = def(
        QStringLiteral("nobody.json"),
        R"({"type":"customer","attribute":"email","operator":"==","value":"no-such@example.com"})");
    const CliRun r = cli({QStringLiteral("evaluate"), d, QStringLiteral("--explain"),
                          QStringLiteral("1"), QStringLiteral("--database"), db()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 is OUT")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("✘ Email is \"no-such@example.com\"")));
    const CliRun missing = cli({QStringLiteral("evaluate"), d, QStringLiteral("--explain"),
                                QStringLiteral("99999999"), QStringLiteral("--database"), db()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.out.isEmpty());
}

TEST_F(Cli, InvalidDefinitionsExitTwoWithThePlace)
{
    const QString d =
        def(QStringLiteral("bad.json"),
            R"({"type":"customer","attribute":"failures_num","operator":">","value":"abc"})");
    const CliRun r = cli({QStringLiteral("evaluate"), d, QStringLiteral("--count"),
                          QStringLiteral("--database"), db()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("conditions.conditions[0].value: expected a number, got \"abc\"")))
        << r.err.toStdString();

    QFile broken(s_dir->filePath(QStringLiteral("broken.json")));
    broken.open(QIODevice::WriteOnly);
    broken.write("{\"segmentor\": 1,");
    broken.close();
    const CliRun b =
        cli({QStringLiteral("evaluate"), broken.fileName(), QStringLiteral("--database"), db()});
    EXPECT_EQ(b.exitCode, 2);
    EXPECT_TRUE(b.err.contains(QStringLiteral("not valid JSON")));
}

TEST_F(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("evaluate"), QStringLiteral("x.json"), QStringLiteral("--bogus")})
                  .exitCode,
              2);
    const QString d = def(QStringLiteral("any.json"), {});
    const CliRun asOf = cli({QStringLiteral("evaluate"), d, QStringLiteral("--database"), db(),
                             QStringLiteral("--as-of"), QStringLiteral("yesterday")});
    EXPECT_EQ(asOf.exitCode, 2);
    EXPECT_TRUE(asOf.err.contains(QStringLiteral("--as-of")));
    const CliRun noStore = cli({QStringLiteral("evaluate"), d});
    EXPECT_EQ(noStore.exitCode, 2);
    EXPECT_TRUE(noStore.err.contains(QStringLiteral("SEGMENTOR_DATABASE")));
}

TEST_F(Cli, RuntimeFailuresExitOne)
{
    const QString d = def(QStringLiteral("any2.json"), {});
    const CliRun missing = cli({QStringLiteral("evaluate"), d, QStringLiteral("--database"),
                                QStringLiteral("sqlite:/nonexistent/store.db")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no SQLite store")));
    const CliRun unreachable = cli({QStringLiteral("evaluate"), d, QStringLiteral("--database"),
                                    QStringLiteral("mysql://u:p@127.0.0.1:1/shop")});
    EXPECT_EQ(unreachable.exitCode, 1);
    EXPECT_TRUE(unreachable.err.contains(QStringLiteral("cannot connect")))
        << unreachable.err.toStdString();
    EXPECT_FALSE(unreachable.err.contains(QStringLiteral(":p@")))
        << "the password must not be echoed";
}

TEST_F(Cli, SqlPrintsBoundParametersForEachDialect)
{
    const QString d = def(
        QStringLiteral("sql.json"),
        R"({"type":"customer","attribute":"lastname","operator":"==","value":"O'Brien; DROP TABLE x"})");
    for (const QString &dialect :
         {QStringLiteral("sqlite"), QStringLiteral("mysql"), QStringLiteral("postgresql")}) {
        const CliRun r = cli({QStringLiteral("sql"), d, QStringLiteral("--dialect"), dialect});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("SELECT c.entity_id AS customer_id")))
            << r.out.toStdString();
        EXPECT_FALSE(
            r.out.section(QStringLiteral(";\n"), 0, 0).contains(QStringLiteral("DROP TABLE")))
            << "values are bound, not spliced";
        EXPECT_TRUE(r.out.contains(QStringLiteral("--   1: 'o''brien; drop table x'")))
            << r.out.toStdString();
    }
}

TEST_F(Cli, SegmentLifecycleRoundTrip)
{
    // A store of its own, so the other tests' reads are not disturbed.
    const QString store = s_dir->filePath(QStringLiteral("lifecycle.db"));
    ASSERT_TRUE(QFile::copy(s_store, store));
    const QStringList db = {QStringLiteral("--database"), QStringLiteral("sqlite:") + store};
    const QStringList asOf = {QStringLiteral("--as-of"), QStringLiteral("2026-11-01T12:00:00Z")};
    const QString d =
        def(QStringLiteral("loyal.json"),
            R"({"type":"orders","metric":"number_of_orders","operator":">=","value":3})",
            R"("refresh":"auto","description":"Three orders or more")");
    const QString manual =
        def(QStringLiteral("handpicked.json"),
            R"({"type":"customer","attribute":"group_id","operator":"==","value":2})");

    CliRun r = cli(QStringList{QStringLiteral("segments"), QStringLiteral("import"), d} + db);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("created segment loyal")));
    ASSERT_EQ(cli(QStringList{QStringLiteral("segments"), QStringLiteral("import"), manual} + db)
                  .exitCode,
              0);
    r = cli(QStringList{QStringLiteral("segments"), QStringLiteral("import"), d} + db);
    EXPECT_TRUE(r.err.contains(QStringLiteral("updated segment loyal")));

    // export gives back what was imported
    r = cli(
        QStringList{QStringLiteral("segments"), QStringLiteral("export"), QStringLiteral("loyal")} +
        db);
    ASSERT_EQ(r.exitCode, 0);
    QFile original(d);
    original.open(QIODevice::ReadOnly);
    const auto exported = seg::DefinitionCodec::fromJson(r.out.toUtf8());
    const auto imported = seg::DefinitionCodec::fromJson(original.readAll());
    ASSERT_TRUE(exported.ok() && imported.ok());
    EXPECT_EQ(seg::DefinitionCodec::toJson(*exported), seg::DefinitionCodec::toJson(*imported));
    EXPECT_EQ(exported->description, QStringLiteral("Three orders or more"));

    // refresh --all takes active auto segments only
    r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("--all")} + db + asOf);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("loyal: "))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("handpicked")));
    r = cli(QStringList{QStringLiteral("segments"), QStringLiteral("list")} + db);
    EXPECT_TRUE(r.out.contains(QStringLiteral("completed")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("never")));

    // members: the same keys as evaluate
    const CliRun ids =
        cli(QStringList{QStringLiteral("evaluate"), d, QStringLiteral("--ids")} + db + asOf);
    const CliRun json = cli(QStringList{QStringLiteral("members"), QStringLiteral("loyal"),
                                        QStringLiteral("--format"), QStringLiteral("json")} +
                            db);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    QStringList fromJson;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
        fromJson << v.toObject().value(QStringLiteral("member")).toString();
    EXPECT_EQ(fromJson, ids.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    const CliRun csv =
        cli(QStringList{QStringLiteral("members"), QStringLiteral("loyal"),
                        QStringLiteral("--columns"), QStringLiteral("email,orders")} +
            db);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("member,email,orders\r\n")));
    EXPECT_EQ(csv.out.count(QStringLiteral("\r\n")), fromJson.size() + 1);
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("xml")}) {
        const QString out = s_dir->filePath(QStringLiteral("loyal.") + format);
        r = cli(QStringList{QStringLiteral("members"), QStringLiteral("loyal"),
                            QStringLiteral("--format"), format, QStringLiteral("--out"), out} +
                db);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_GT(QFileInfo(out).size(), 200);
    }

    // overrides survive refreshes; dry run shows the effect of a reset
    const QString first = fromJson.first();
    ASSERT_EQ(cli(QStringList{QStringLiteral("exclude"), QStringLiteral("loyal"), first,
                              QStringLiteral("--reason"), QStringLiteral("opted out")} +
                  db)
                  .exitCode,
              0);
    ASSERT_EQ(
        cli(QStringList{QStringLiteral("include"), QStringLiteral("loyal"), QStringLiteral("1")} +
            db)
            .exitCode,
        0);
    r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("loyal")} + db + asOf);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli(QStringList{QStringLiteral("members"), QStringLiteral("loyal"),
                        QStringLiteral("--format"), QStringLiteral("json")} +
            db);
    EXPECT_FALSE(r.out.contains(QStringLiteral("\"member\": \"%1\"").arg(first)));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"member\": \"1\"")));
    ASSERT_EQ(
        cli(QStringList{QStringLiteral("reset"), QStringLiteral("loyal"), first} + db).exitCode, 0);
    r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("loyal"),
                        QStringLiteral("--dry-run")} +
            db + asOf);
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("+%1\n").arg(first));

    r = cli(QStringList{QStringLiteral("history"), QStringLiteral("loyal"),
                        QStringLiteral("--limit"), QStringLiteral("50")} +
            db);
    ASSERT_EQ(r.exitCode, 0);
    for (const char *event : {"Refresh started", "Customers added", "Customers removed",
                              "Refresh finished", "Customer excluded", "Override reset"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(event))) << event << "\n"
                                                                << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("scheduled")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("opted out")));

    ASSERT_EQ(cli(QStringList{QStringLiteral("segments"), QStringLiteral("delete"),
                              QStringLiteral("loyal")} +
                  db)
                  .exitCode,
              0);
    r = cli(QStringList{QStringLiteral("history"), QStringLiteral("loyal")} + db);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no segment \"loyal\"")));
}

namespace {

// Row counts of Segmentor's history tables in a SQLite store, all or only those before `before`.
std::array<int, 3> historyRows(const QString &path, const QString &before = {})
{
    std::array<int, 3> counts{-1, -1, -1};
    const QString name = QStringLiteral("history-rows");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            int i = 0;
            for (const auto &[table, column] : {std::pair{"segmentor_history", "created_at"},
                                                std::pair{"segmentor_journal", "created_at"},
                                                std::pair{"segmentor_refresh", "started_at"}}) {
                QSqlQuery q(db);
                if (before.isEmpty()) { // (a null QString would bind as NULL)
                    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
                } else {
                    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 < ?")
                                  .arg(QLatin1String(table), QLatin1String(column)));
                    q.addBindValue(before);
                }
                if (q.exec() && q.next()) counts[i] = q.value(0).toInt();
                ++i;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

bool backdateHistory(const QString &path, const QString &to)
{
    const QString name = QStringLiteral("backdate");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const char *sql : {"UPDATE segmentor_history SET created_at = ?",
                                "UPDATE segmentor_journal SET created_at = ?",
                                "UPDATE segmentor_refresh SET started_at = ?, finished_at = ?"}) {
            QSqlQuery q(db);
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(to);
            if (QByteArray(sql).contains("finished_at")) q.addBindValue(to);
            ok = ok && q.exec();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

// No silent deletion: refresh --all keeps history and journal of any age; --keep-history N
// deletes what is older than N days and says how many rows went.
TEST_F(Cli, RefreshKeepsHistoryUnlessARetentionIsGiven)
{
    const QString store = s_dir->filePath(QStringLiteral("retention.db"));
    ASSERT_TRUE(QFile::copy(s_store, store));
    const QStringList db = {QStringLiteral("--database"), QStringLiteral("sqlite:") + store};
    const QString d =
        def(QStringLiteral("kept.json"),
            R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})",
            R"("refresh":"auto")");
    ASSERT_EQ(
        cli(QStringList{QStringLiteral("segments"), QStringLiteral("import"), d} + db).exitCode, 0);
    CliRun r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("kept")} + db);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString hundredDaysAgo = QDateTime::currentDateTimeUtc().addDays(-100).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    ASSERT_TRUE(backdateHistory(store, hundredDaysAgo));
    const QString cutoff = QDateTime::currentDateTimeUtc().addDays(-30).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const std::array<int, 3> old = historyRows(store, cutoff);
    ASSERT_GT(old[0], 0);
    ASSERT_GT(old[1], 0); // the joiners' journal
    ASSERT_EQ(old[2], 1);

    // The default (what cron ran before, without --keep-history): everything is kept.
    r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("--all"),
                        QStringLiteral("--verbose")} +
            db);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("deleted"))) << r.err.toStdString();
    EXPECT_EQ(historyRows(store, cutoff), old);

    // An explicit retention deletes the 100-day-old rows, keeps the recent ones and says so.
    r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("--all"),
                        QStringLiteral("--keep-history"), QStringLiteral("30")} +
            db);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(
        QStringLiteral(
            "--keep-history 30: deleted %1 history and journal rows older than 30 days\n")
            .arg(old[0] + old[1] + old[2])))
        << r.err.toStdString();
    EXPECT_EQ(historyRows(store, cutoff), (std::array<int, 3>{0, 0, 0}));
    const std::array<int, 3> recent = historyRows(store);
    EXPECT_GT(recent[0], 0);
    EXPECT_EQ(recent[2], 2); // the two refreshes of this test's last minutes

    r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("--all"),
                        QStringLiteral("--keep-history"), QStringLiteral("0")} +
            db);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err,
              QStringLiteral("error: --keep-history: expected a number of days (1 or more)\n"));
}

TEST_F(Cli, ConcurrentRefreshReportsBusy)
{
    const QString store = s_dir->filePath(QStringLiteral("busy.db"));
    ASSERT_TRUE(QFile::copy(s_store, store));
    const QStringList db = {QStringLiteral("--database"), QStringLiteral("sqlite:") + store};
    const QString d =
        def(QStringLiteral("busy.json"),
            R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})");
    ASSERT_EQ(
        cli(QStringList{QStringLiteral("segments"), QStringLiteral("import"), d} + db).exitCode, 0);

    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_REFRESH_PAUSE_AT"), QStringLiteral("materialized"));
    first.setProcessEnvironment(env);
    first.setReadChannel(QProcess::StandardError);
    first.start(
        qEnvironmentVariable("SEGMENTOR_CLI_TESTHOOKS", QStringLiteral("segmentor-cli-testhooks")),
        QStringList{QStringLiteral("refresh"), QStringLiteral("busy"),
                    QStringLiteral("--verbose")} +
            db);
    QByteArray progress;
    while (!progress.contains("materialized") && first.waitForReadyRead(30000))
        progress += first.readAllStandardError();
    ASSERT_TRUE(progress.contains("materialized")) << progress.toStdString();

    const CliRun second = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("busy")} + db);
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_TRUE(second.err.contains(QStringLiteral("is being refreshed by another process")))
        << second.err.toStdString();
    first.kill();
    first.waitForFinished();
    // The lock died with its holder: the next refresh runs, and reports the interruption.
    const CliRun third = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("busy")} + db);
    EXPECT_EQ(third.exitCode, 0) << third.err.toStdString();
    EXPECT_TRUE(third.err.contains(QStringLiteral("previous refresh was interrupted")));
}

// The pause is a hook of the tests' segmentor-cli-testhooks only: the shipped CLI ignores it.
TEST_F(Cli, ShippedCliIgnoresTheRefreshPauseHook)
{
    const QString store = s_dir->filePath(QStringLiteral("nohook.db"));
    ASSERT_TRUE(QFile::copy(s_store, store));
    const QStringList db = {QStringLiteral("--database"), QStringLiteral("sqlite:") + store};
    const QString d =
        def(QStringLiteral("nohook.json"),
            R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})");
    ASSERT_EQ(
        cli(QStringList{QStringLiteral("segments"), QStringLiteral("import"), d} + db).exitCode, 0);

    qputenv("SEGMENTOR_REFRESH_PAUSE_AT", "materialized");
    QElapsedTimer timer;
    timer.start();
    const CliRun r = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("nohook")} + db);
    qunsetenv("SEGMENTOR_REFRESH_PAUSE_AT");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_LT(timer.elapsed(), 50000) // the hook would hold it 60 s
        << "the shipped segmentor-cli paused at SEGMENTOR_REFRESH_PAUSE_AT";
}

} // namespace
