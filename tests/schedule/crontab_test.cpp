// `segmentor-cli schedule install|show|remove` against the real crontab of a throwaway user, on
// each database: one marked block however often it is installed, the user's other lines untouched,
// no password in the crontab (it is in a 0600 environment file), and the block's command, run as
// cron would run it, refreshes the auto segments as *scheduled* runs that the Schedule dialog's
// list (loadScheduledRuns) shows. Needs root (useradd, crontab -u).
#include "fixturestore.h"
#include "testdatabases.h"

#include "history/scheduledruns.h"
#include "operations/schedule.h"
#include "repository/segmentorstorage.h"
#include "schedule/crontab.h"
#include "session/storesession.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace segtest;
using namespace seg;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForStarted();
    if (!input.isEmpty()) p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString urlWithoutPassword(const ConnectionSettings &s)
{
    if (s.dialect == Dialect::Sqlite) return QStringLiteral("sqlite:%1?prefix=mg_").arg(s.path);
    return QStringLiteral("%1://%2@%3:%4/%5?prefix=mg_")
        .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"),
             s.user, s.host)
        .arg(s.port)
        .arg(s.database);
}

class ScheduleCrontabTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (::geteuid() != 0)
            GTEST_SKIP() << "needs root: the test creates a throwaway user (useradd) and edits its "
                            "crontab with crontab -u";
        if (QStandardPaths::findExecutable(QStringLiteral("crontab")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("useradd")).isEmpty())
            FAIL() << "crontab or useradd missing: scripts/install-deps.sh installs cron";
        std::string why;
        m_connection =
            freshStore(GetParam(), QStringLiteral("sched_cron"), QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        FixtureStore fixture(*m_connection, QStringLiteral("mg_"));
        fixture.installBase();
        for (int id = 1; id <= 6; ++id)
            fixture.customer(id);
        for (int id = 1; id <= 3; ++id)
            fixture.order(id, id);
        ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());
        ASSERT_TRUE(m_dir.isValid());

        m_user =
            QStringLiteral("segcron%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
        ASSERT_EQ(run(QStringLiteral("useradd"),
                      {QStringLiteral("-M"), QStringLiteral("-s"),
                       QStringLiteral("/usr/sbin/nologin"), m_user},
                      sys)
                      .exitCode,
                  0);
        m_userMade = true;

        m_settings = m_connection->settings();
        m_env = sys;
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("SEGMENTOR_DATABASE"), urlWithoutPassword(m_settings));
        m_env.insert(QStringLiteral("SEGMENTOR_PASSWORD"), m_settings.password);
        m_cli = sys.value(QStringLiteral("SEGMENTOR_CLI"));
        ASSERT_FALSE(m_cli.isEmpty()) << "SEGMENTOR_CLI is set by ctest";

        QFile def(m_dir.filePath(QStringLiteral("buyers.json")));
        ASSERT_TRUE(def.open(QIODevice::WriteOnly));
        def.write(
            R"({"segmentor":1,"code":"buyers","name":"Buyers","refresh":"auto","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
        def.close();
        const ProcessRun imported =
            cli({QStringLiteral("segments"), QStringLiteral("import"), def.fileName()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    void TearDown() override
    {
        if (!m_userMade) return;
        const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
        run(QStringLiteral("crontab"), {QStringLiteral("-u"), m_user, QStringLiteral("-r")}, sys);
        run(QStringLiteral("userdel"), {m_user}, sys);
    }

    ProcessRun cli(QStringList args) const { return run(m_cli, args, m_env); }
    ProcessRun schedule(QStringList args) const
    {
        return cli(QStringList{QStringLiteral("schedule")} + args +
                   QStringList{QStringLiteral("--crontab-user"), m_user});
    }
    QString crontab() const
    {
        const ProcessRun r =
            run(QStringLiteral("crontab"), {QStringLiteral("-u"), m_user, QStringLiteral("-l")},
                QProcessEnvironment::systemEnvironment());
        return r.exitCode == 0 ? r.out : QString();
    }

    std::unique_ptr<StoreConnection> m_connection;
    ConnectionSettings m_settings;
    QTemporaryDir m_dir;
    QString m_user;
    bool m_userMade = false;
    QProcessEnvironment m_env;
    QString m_cli;
};

TEST_P(ScheduleCrontabTest, InstallShowRemoveRoundTripWithTheRealCrontab)
{
    const QString theirs =
        QStringLiteral("MAILTO=\"\"\n# the user's own jobs\n0 3 * * * /usr/bin/true backup\n");
    ASSERT_EQ(run(QStringLiteral("crontab"), {QStringLiteral("-u"), m_user, QStringLiteral("-")},
                  QProcessEnvironment::systemEnvironment(), theirs.toUtf8())
                  .exitCode,
              0);

    ProcessRun installed =
        schedule({QStringLiteral("install"), QStringLiteral("--every"), QStringLiteral("30m")});
    ASSERT_EQ(installed.exitCode, 0) << installed.err.toStdString();
    EXPECT_TRUE(installed.out.contains(QStringLiteral("schedule: */30 * * * *")))
        << installed.out.toStdString();
    installed =
        schedule({QStringLiteral("install"), QStringLiteral("--every"), QStringLiteral("30m")});
    ASSERT_EQ(installed.exitCode, 0) << installed.err.toStdString();

    QString tab = crontab();
    EXPECT_TRUE(tab.startsWith(theirs)) << tab.toStdString();
    EXPECT_EQ(tab.count(QStringLiteral("# >>> segmentor schedule >>>")), 1) << tab.toStdString();
    EXPECT_EQ(tab.count(QStringLiteral("refresh --all")), 2) << tab.toStdString(); // comment + line
    EXPECT_TRUE(tab.contains(QStringLiteral("*/30 * * * * '%1' --env-file").arg(m_cli)))
        << tab.toStdString();
    // The test servers' password is also their user's name (and part of the CLI's path), so the
    // check looks for the ways a password could be written: in a URL or as a variable.
    EXPECT_FALSE(tab.contains(QStringLiteral("PASSWORD"))) << tab.toStdString();
    if (!m_settings.password.isEmpty()) {
        EXPECT_FALSE(tab.contains(QLatin1Char(':') + m_settings.password + QLatin1Char('@')));
        EXPECT_FALSE(tab.contains(QLatin1Char('=') + m_settings.password));
    }

    // The environment file: 0600, the password in it, owned by the crontab's user.
    const QString envFile = m_dir.filePath(QStringLiteral("config/segmentor/schedule.env"));
    const QFileInfo info(envFile);
    ASSERT_TRUE(info.exists());
    EXPECT_EQ(info.permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(info.owner(), m_user);
    QFile env(envFile);
    ASSERT_TRUE(env.open(QIODevice::ReadOnly));
    const QString envText = QString::fromUtf8(env.readAll());
    EXPECT_TRUE(
        envText.contains(QStringLiteral("SEGMENTOR_DATABASE=") + urlWithoutPassword(m_settings)))
        << envText.toStdString();
    if (!m_settings.password.isEmpty()) {
        EXPECT_TRUE(envText.contains(QStringLiteral("SEGMENTOR_PASSWORD=") + m_settings.password));
    }

    // Another expression replaces the line, still one block.
    installed = schedule({QStringLiteral("install"), QStringLiteral("--cron"),
                          QStringLiteral("15 2 * * 1-5"), QStringLiteral("--keep-history"),
                          QStringLiteral("90")});
    ASSERT_EQ(installed.exitCode, 0) << installed.err.toStdString();
    tab = crontab();
    EXPECT_EQ(tab.count(QStringLiteral("# >>> segmentor schedule >>>")), 1);
    EXPECT_FALSE(tab.contains(QStringLiteral("*/30 * * * *")));
    EXPECT_TRUE(tab.contains(QStringLiteral("15 2 * * 1-5 '")));
    EXPECT_TRUE(tab.contains(QStringLiteral("--keep-history 90")));

    const ProcessRun shown = schedule({QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("schedule: 15 2 * * 1-5\n")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("store: ") + urlWithoutPassword(m_settings)))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("next run: ")));
    EXPECT_FALSE(shown.out.contains(QStringLiteral("next run: never")));

    // Bad input: refused with the field named, nothing changed.
    const ProcessRun bad = schedule(
        {QStringLiteral("install"), QStringLiteral("--cron"), QStringLiteral("0 25 * * *")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("field 2 (hour): 25 is out of range 0-23")))
        << bad.err.toStdString();
    const ProcessRun badEvery =
        schedule({QStringLiteral("install"), QStringLiteral("--every"), QStringLiteral("45m")});
    EXPECT_EQ(badEvery.exitCode, 2);
    EXPECT_EQ(crontab(), tab);

    const ProcessRun removed = schedule({QStringLiteral("remove")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(crontab(), theirs);
    EXPECT_FALSE(QFileInfo::exists(envFile)) << "the password stayed behind";
    const ProcessRun none = schedule({QStringLiteral("show")});
    EXPECT_EQ(none.out, QStringLiteral("no schedule installed\n"));
    EXPECT_EQ(schedule({QStringLiteral("remove")}).exitCode, 0); // nothing to remove: fine
}

TEST_P(ScheduleCrontabTest, TheBlocksCommandRefreshesAsAScheduledRun)
{
    ProcessRun installed =
        schedule({QStringLiteral("install"), QStringLiteral("--every"), QStringLiteral("1h")});
    ASSERT_EQ(installed.exitCode, 0) << installed.err.toStdString();
    // The line cron would run, with cron's bare environment: no SEGMENTOR_* variables.
    const std::optional<QString> block = Crontab::block(crontab());
    ASSERT_TRUE(block.has_value());
    QString line;
    for (const QString &l : block->split(QLatin1Char('\n')))
        if (!l.startsWith(QLatin1Char('#')) && !l.trimmed().isEmpty()) line = l;
    const QString command = line.section(QLatin1Char(' '), 5);
    QProcessEnvironment bare;
    bare.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    bare.insert(QStringLiteral("HOME"), m_dir.path());
    const ProcessRun ran = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}, bare);
    ASSERT_EQ(ran.exitCode, 0) << command.toStdString() << "\n" << ran.err.toStdString();

    Result<StoreSession> session = StoreSession::open([&] {
        ConnectionSettings s = m_settings;
        s.tablePrefix = QStringLiteral("mg_");
        return s;
    }());
    ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
    Result<QList<ScheduledRun>> runs = loadScheduledRuns(*session, 10);
    ASSERT_TRUE(runs.ok()) << runs.error().message.toStdString();
    ASSERT_EQ(runs->size(), 1);
    EXPECT_EQ(runs->first().segmentCode, QStringLiteral("buyers"));
    EXPECT_EQ(runs->first().status, QStringLiteral("completed"));
    EXPECT_EQ(runs->first().added, 3);
    EXPECT_TRUE(runs->first().finishedAt.has_value());
    // A manual refresh is not a scheduled run.
    ASSERT_EQ(cli({QStringLiteral("refresh"), QStringLiteral("buyers")}).exitCode, 0);
    runs = loadScheduledRuns(*session, 10);
    ASSERT_TRUE(runs.ok());
    EXPECT_EQ(runs->size(), 1);

    // The environment file only works while private.
    const QString envFile = m_dir.filePath(QStringLiteral("config/segmentor/schedule.env"));
    ASSERT_TRUE(
        QFile::setPermissions(envFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const ProcessRun refused =
        run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}, bare);
    EXPECT_EQ(refused.exitCode, 2); // refused before opening the store; the reason is in the log
    QFile log(m_dir.filePath(QStringLiteral("config/segmentor/schedule.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(log.readAll()).contains(QStringLiteral("chmod 600")));
}

INSTANTIATE_TEST_SUITE_P(Databases, ScheduleCrontabTest, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });

} // namespace
