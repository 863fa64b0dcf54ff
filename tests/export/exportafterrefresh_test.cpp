// Export after refresh on each database: after each successful refresh of a segment that has the
// setting, its members are written to the folder (chosen format and columns) as
// <code>-<refresh time>Z.<ext>, atomically (no temporary file left), keeping the newest N; a
// dry run writes nothing; a folder that cannot be made fails the export, not the refresh; the
// settings are checked and stored per segment.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "operations/exportafterrefresh.h"
#include "operations/refreshsegment.h"
#include "repository/segmentorstorage.h"
#include "session/storesession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

QString urlOf(const ConnectionSettings &s)
{
    if (s.dialect == Dialect::Sqlite) return QStringLiteral("sqlite:%1?prefix=mg_").arg(s.path);
    return QStringLiteral("%1://%2:%3@%4:%5/%6?prefix=mg_")
        .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"),
             s.user, QString::fromUtf8(QUrl::toPercentEncoding(s.password)), s.host)
        .arg(s.port)
        .arg(s.database);
}

class ExportAfterRefreshTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString name = QStringLiteral("xar_%1").arg(
            QString::fromStdString(::testing::UnitTest::GetInstance()->current_test_info()->name())
                .section(QLatin1Char('/'), 0, 0)
                .toLower()
                .left(20));
        m_connection = freshStore(GetParam(), name, QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        m_fixture.emplace(*m_connection, QStringLiteral("mg_"));
        m_fixture->installBase();
        for (int id = 1; id <= 12; ++id)
            m_fixture->customer(id);
        for (int id = 1; id <= 5; ++id)
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
        ASSERT_TRUE(m_dir.isValid());
    }

    Result<RefreshOutcome> refreshAt(const QString &when, bool dryRun = false)
    {
        RefreshArgs args;
        args.options.now = QDateTime::fromString(when, Qt::ISODate);
        args.options.dryRun = dryRun;
        return refreshSegment(*m_session, QStringLiteral("buyers"), args);
    }

    QStringList files() const
    {
        return QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files, QDir::Name);
    }

    std::unique_ptr<StoreConnection> m_connection;
    std::optional<FixtureStore> m_fixture;
    std::unique_ptr<StoreSession> m_session;
    QTemporaryDir m_dir;
};

TEST_P(ExportAfterRefreshTest, WritesTheMembersAfterEachRefreshAndKeepsTheNewest)
{
    // Without the setting: nothing is exported.
    Result<RefreshOutcome> none = refreshAt(QStringLiteral("2026-12-01T08:00:00Z"));
    ASSERT_TRUE(none.ok()) << none.error().message.toStdString();
    EXPECT_FALSE(none->exported.has_value());

    ExportAfterRefresh settings;
    settings.folder = m_dir.filePath(QStringLiteral("out")); // made on first use
    settings.columns = {QStringLiteral("email"), QStringLiteral("lastname")};
    settings.keep = 2;
    ASSERT_TRUE(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), settings).ok());
    Result<std::optional<ExportAfterRefresh>> stored =
        exportAfterRefreshSettings(*m_session, QStringLiteral("buyers"));
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->columns, settings.columns);
    EXPECT_EQ((*stored)->keep, 2);

    Result<RefreshOutcome> first = refreshAt(QStringLiteral("2026-12-01T09:00:00Z"));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->exported.has_value());
    ASSERT_TRUE(first->exported->ok()) << first->exported->error().message.toStdString();
    EXPECT_EQ((*first->exported)->rows, 5);
    EXPECT_EQ(files(), QStringList({"buyers-20261201-090000Z.csv"}));
    QFile csv((*first->exported)->path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines.at(0).trimmed(), QByteArray("member,email,lastname"));
    EXPECT_EQ(lines.at(1).trimmed(), QByteArray("1,c1@example.com,Customer1"));

    // Two more refreshes (one more member): the oldest file goes, no temporary file stays.
    m_fixture->order(6, 6);
    ASSERT_TRUE(refreshAt(QStringLiteral("2026-12-01T10:00:00Z")).ok());
    Result<RefreshOutcome> third = refreshAt(QStringLiteral("2026-12-01T11:30:15Z"));
    ASSERT_TRUE(third.ok());
    ASSERT_TRUE(third->exported.has_value() && third->exported->ok());
    EXPECT_EQ((*third->exported)->rows, 6);
    EXPECT_EQ((*third->exported)->removed.size(), 1);
    EXPECT_EQ(files(), QStringList({"buyers-20261201-100000Z.csv", "buyers-20261201-113015Z.csv"}));

    // A dry run writes nothing.
    ASSERT_TRUE(refreshAt(QStringLiteral("2026-12-01T12:00:00Z"), true).ok());
    EXPECT_EQ(files().size(), 2);

    // XLSX, all columns.
    settings.format = QStringLiteral("xlsx");
    settings.columns.clear();
    ASSERT_TRUE(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), settings).ok());
    Result<RefreshOutcome> xlsx = refreshAt(QStringLiteral("2026-12-01T13:00:00Z"));
    ASSERT_TRUE(xlsx.ok() && xlsx->exported && xlsx->exported->ok());
    EXPECT_EQ(files(),
              QStringList({"buyers-20261201-113015Z.csv", "buyers-20261201-130000Z.xlsx"}));
    QFile book((*xlsx->exported)->path);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.read(2) == "PK"); // a zip: an Excel workbook

    // Cleared: no more exports.
    ASSERT_TRUE(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), std::nullopt).ok());
    Result<RefreshOutcome> off = refreshAt(QStringLiteral("2026-12-01T14:00:00Z"));
    ASSERT_TRUE(off.ok());
    EXPECT_FALSE(off->exported.has_value());
}

TEST_P(ExportAfterRefreshTest, AFailedExportDoesNotFailTheRefresh)
{
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ExportAfterRefresh settings;
    settings.folder = m_dir.filePath(QStringLiteral("file/sub")); // under a file: cannot be made
    ASSERT_TRUE(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), settings).ok());
    Result<RefreshOutcome> r = refreshAt(QStringLiteral("2026-12-01T09:00:00Z"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->result.memberCount, 5);
    ASSERT_TRUE(r->exported.has_value());
    ASSERT_FALSE(r->exported->ok());
    EXPECT_EQ(r->exported->error().code, ErrorCode::Io);
    EXPECT_TRUE(r->pushProblems().join(QLatin1Char('\n')).contains(QLatin1String("export")));
}

TEST_P(ExportAfterRefreshTest, SettingsAreChecked)
{
    ExportAfterRefresh s;
    s.folder = QStringLiteral("relative/dir");
    EXPECT_EQ(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), s).error().path,
              QStringLiteral("folder"));
    s.folder = m_dir.path();
    s.format = QStringLiteral("pdf");
    EXPECT_EQ(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), s).error().path,
              QStringLiteral("format"));
    s.format = QStringLiteral("xml");
    s.columns = {QStringLiteral("shoe_size")};
    EXPECT_EQ(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), s).error().code,
              ErrorCode::InvalidArgument);
    s.columns.clear();
    s.keep = 0;
    EXPECT_EQ(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), s).error().path,
              QStringLiteral("keep"));
    s.keep = 3;
    EXPECT_EQ(setExportAfterRefresh(*m_session, QStringLiteral("nope"), s).error().code,
              ErrorCode::NotFound);
    EXPECT_TRUE(setExportAfterRefresh(*m_session, QStringLiteral("buyers"), s).ok());
}

// The CLI: autoexport set / show / remove, and the refresh that writes the file.
TEST_P(ExportAfterRefreshTest, TheCliSetsItAndRefreshWritesTheFile)
{
    auto cli = [&](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")),
                args + QStringList{QStringLiteral("--database"), urlOf(m_connection->settings())});
        p.waitForFinished(120000);
        if (err) *err = QString::fromUtf8(p.readAllStandardError());
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
    };
    const QString folder = m_dir.filePath(QStringLiteral("out"));
    EXPECT_EQ(cli({"autoexport", "set", "buyers", "--folder", folder, "--format", "pdf"}).first, 2);
    EXPECT_EQ(cli({"autoexport", "set", "buyers", "--folder", folder, "--format", "xml",
                   "--columns", "email", "--keep", "1"})
                  .first,
              0);
    const auto shown = cli({"autoexport", "show", "buyers"});
    EXPECT_EQ(shown.second.trimmed(),
              QStringLiteral("buyers: xml to %1, columns email, newest 1 kept").arg(folder));
    QString err;
    ASSERT_EQ(cli({"refresh", "buyers"}, &err).first, 0) << err.toStdString();
    EXPECT_TRUE(err.contains(QLatin1String("buyers: 5 members exported to"))) << err.toStdString();
    ASSERT_EQ(files().size(), 1);
    EXPECT_TRUE(files().first().startsWith(QLatin1String("buyers-")));
    EXPECT_TRUE(files().first().endsWith(QLatin1String("Z.xml")));
    EXPECT_EQ(cli({"autoexport", "remove", "buyers"}).first, 0);
    EXPECT_EQ(cli({"autoexport", "show", "buyers"}).second.trimmed(),
              QStringLiteral("buyers: no export after refresh"));
}

} // namespace

INSTANTIATE_TEST_SUITE_P(AllDatabases, ExportAfterRefreshTest, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });
