// The Schedule dialog against the real crontab of a throwaway user (root only) on a SQLite store:
// install from a preset, the next run shown, the block's command run as cron would run it, the
// scheduled runs listed with their outcome (a failed one included), then removed. Writes
// schedule-dialog.png when SEGMENTOR_SCREENSHOT_DIR is set.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "operations/segmentdefinitions.h"
#include "repository/segmentorstorage.h"
#include "schedule/crontab.h"
#include "schedule/scheduledialog.h"
#include "session/storesession.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace segtest;
using namespace seg;

namespace {

int runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               QString *out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(120000);
    if (out) *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool waitLoaded(ScheduleDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 30000) && (QTest::qWait(50), true);
}

TEST(ScheduleDialog, InstallsShowsTheRunsAndRemoves)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root: the test creates a throwaway user (useradd) for crontab -u";
    std::string why;
    std::unique_ptr<StoreConnection> connection =
        freshStore(Backend::Sqlite, QStringLiteral("sched_ui"), QStringLiteral("mg_"), why);
    ASSERT_TRUE(connection) << why;
    FixtureStore fixture(*connection, QStringLiteral("mg_"));
    fixture.installBase();
    for (int id = 1; id <= 8; ++id)
        fixture.customer(id);
    for (int id = 1; id <= 5; ++id)
        fixture.order(id, id);
    ASSERT_TRUE(SegmentorStorage::ensure(*connection, QStringLiteral("mg_")).ok());
    ConnectionSettings settings = connection->settings();
    settings.tablePrefix = QStringLiteral("mg_");
    {
        Result<StoreSession> session = StoreSession::open(settings, true);
        ASSERT_TRUE(session.ok());
        for (
            const char *json :
            {R"({"segmentor":1,"code":"buyers","name":"Buyers","refresh":"auto","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})",
             R"({"segmentor":1,"code":"loyal","name":"Loyal","refresh":"auto","conditions":{"type":"combine","conditions":[{"type":"customer","attribute":"loyalty_score","operator":">=","value":10}]}})"}) {
            Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
            ASSERT_TRUE(d.ok());
            ASSERT_TRUE(saveSegment(session.value(), *d).ok());
        }
    }

    const QString user =
        QStringLiteral("segui%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    ASSERT_EQ(runProgram(QStringLiteral("useradd"), {QStringLiteral("-M"), user}, sys), 0);
    struct Cleanup
    {
        QString user;
        ~Cleanup()
        {
            const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
            runProgram(QStringLiteral("crontab"),
                       {QStringLiteral("-u"), user, QStringLiteral("-r")}, sys);
            runProgram(QStringLiteral("userdel"), {user}, sys);
        }
    } cleanup{user};

    QTemporaryDir dir;
    ScheduleTarget target;
    target.crontabUser = user;
    target.envFile = dir.filePath(QStringLiteral("segmentor/schedule.env"));
    target.cliPath = sys.value(QStringLiteral("SEGMENTOR_CLI"));
    ASSERT_FALSE(target.cliPath.isEmpty());

    ScheduleDialog dialog(settings, target);
    dialog.show();
    ASSERT_TRUE(waitLoaded(dialog));
    auto *state = dialog.findChildren<QLabel *>().at(0);
    QLabel *stateLabel = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("No refresh is scheduled"))) stateLabel = l;
    ASSERT_NE(stateLabel, nullptr) << state->text().toStdString();

    dialog.selectPreset(QStringLiteral("0 * * * *"));
    EXPECT_EQ(dialog.expression(), QStringLiteral("0 * * * *"));
    dialog.install();
    ASSERT_TRUE(waitLoaded(dialog));
    EXPECT_TRUE(stateLabel->text().contains(QStringLiteral("Next run:")))
        << stateLabel->text().toStdString();
    EXPECT_TRUE(stateLabel->text().contains(QStringLiteral("0 * * * *")));
    QString tab;
    ASSERT_EQ(runProgram(QStringLiteral("crontab"),
                         {QStringLiteral("-u"), user, QStringLiteral("-l")}, sys, &tab),
              0);
    const std::optional<QString> block = Crontab::block(tab);
    ASSERT_TRUE(block.has_value()) << tab.toStdString();

    // A custom expression that is wrong: refused in place, the button off.
    dialog.selectPreset(QStringLiteral("0 25 * * *"));
    QPushButton *installButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Update schedule"))) installButton = b;
    ASSERT_NE(installButton, nullptr);
    EXPECT_FALSE(installButton->isEnabled());
    bool named = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        named = named || l->text() == QStringLiteral("field 2 (hour): 25 is out of range 0-23");
    EXPECT_TRUE(named);
    dialog.selectPreset(QStringLiteral("0 * * * *"));
    EXPECT_TRUE(installButton->isEnabled());

    // Cron runs the block's command: buyers refreshes; loyal fails (its attribute is gone).
    QString line;
    for (const QString &l : block->split(QLatin1Char('\n')))
        if (!l.startsWith(QLatin1Char('#')) && !l.trimmed().isEmpty()) line = l;
    QProcessEnvironment bare;
    bare.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    bare.insert(QStringLiteral("HOME"), dir.path());
    const QString command = line.section(QLatin1Char(' '), 5);
    QString output;
    EXPECT_EQ(runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}, bare), 0);
    QSqlQuery(connection->database())
        .exec(
            QStringLiteral("DELETE FROM mg_eav_attribute WHERE attribute_code = 'loyalty_score'"));
    EXPECT_NE(runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}, bare, &output),
              0);

    dialog.reload();
    ASSERT_TRUE(waitLoaded(dialog));
    auto *runs = dialog.findChild<QTreeWidget *>();
    ASSERT_NE(runs, nullptr);
    QStringList outcomes;
    for (int i = 0; i < runs->topLevelItemCount(); ++i)
        outcomes << runs->topLevelItem(i)->text(1) + QLatin1Char(' ') +
                        runs->topLevelItem(i)->text(2);
    EXPECT_TRUE(outcomes.contains(QStringLiteral("buyers Completed")))
        << outcomes.join(',').toStdString();
    EXPECT_TRUE(outcomes.size() >= 3) << outcomes.join(',').toStdString();

    if (const QString shots = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        dialog.resize(760, 560);
        QTest::qWait(100);
        EXPECT_TRUE(
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("schedule-dialog.png"))));
    }

    dialog.remove();
    ASSERT_TRUE(waitLoaded(dialog));
    EXPECT_TRUE(stateLabel->text().contains(QStringLiteral("No refresh is scheduled")));
    ASSERT_EQ(runProgram(QStringLiteral("crontab"),
                         {QStringLiteral("-u"), user, QStringLiteral("-l")}, sys, &tab),
              0);
    EXPECT_FALSE(Crontab::block(tab).has_value());
    EXPECT_FALSE(QFile::exists(target.envFile));
}

} // namespace
