// The definition history (issue #17, item 7): each save keeps a version with its time and users,
// a version reads as condition sentences against the current definition, and restoring is a new
// save; through the use cases and through segmentor-cli, on every database.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "definition/definitiondiff.h"
#include "operations/definitionversions.h"
#include "operations/segmentdefinitions.h"
#include "session/storesession.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

// Version 1: VIP on registered customers, e-mail and lifetime sales over complete orders.
const char *kFirst =
    R"({"segmentor":1,"code":"vip","name":"VIP","apply_to":"registered","conditions":{"type":"combine","match":"all","expect":true,"conditions":[)"
    R"({"type":"customer","attribute":"email","operator":"ends_with","value":"@example.com"},)"
    R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":2000,"conditions":[)"
    R"({"type":"order","attribute":"status","operator":"in","value":["complete"]}]}]}})";
// Version 2: renamed, guests too, website 1; the e-mail test replaced by a first name, the
// threshold raised, processing orders counted, and a muted group added.
const char *kSecond =
    R"({"segmentor":1,"code":"vip","name":"VIP Platinum","apply_to":"all","websites":[1],"conditions":{"type":"combine","match":"all","expect":true,"conditions":[)"
    R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":3000,"conditions":[)"
    R"({"type":"order","attribute":"status","operator":"in","value":["complete","processing"]}]},)"
    R"({"type":"customer","attribute":"firstname","operator":"==","value":"Ann"},)"
    R"({"type":"combine","match":"any","expect":true,"enabled":false,"conditions":[)"
    R"({"type":"customer","attribute":"gender","operator":"==","value":"female"}]}]}})";

SegmentDefinition parse(const char *json)
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(QByteArray(json));
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : SegmentDefinition();
}

QStringList lines(const QList<DefinitionChange> &changes)
{
    QStringList out;
    for (const DefinitionChange &c : changes)
        out << describeChange(c);
    return out;
}

// From version 1 to version 2, as the Versions tab and `segments history vip 1` read it.
const QStringList kFirstToSecond = {
    QStringLiteral("~ Name: \"VIP\" → \"VIP Platinum\""),
    QStringLiteral("~ Websites: all websites → 1"),
    QStringLiteral("~ Apply to: registered customers → registered customers and guests"),
    QStringLiteral("− Email ends with \"@example.com\""),
    QStringLiteral(
        "~ Lifetime sales is at least 2000, counting orders where ALL of these are TRUE "
        "→ Lifetime sales is at least 3000, counting orders where ALL of these are TRUE"),
    QStringLiteral("~ Status is one of [\"complete\"] → Status is one of [\"complete\", "
                   "\"processing\"] (in: Lifetime sales is at least 3000, counting orders where "
                   "ALL of these are TRUE)"),
    QStringLiteral("+ First name is \"Ann\""),
    QStringLiteral("+ If ANY of these conditions are TRUE (muted)"),
    QStringLiteral("+ Gender is \"female\" (in: If ANY of these conditions are TRUE (muted))"),
};

// And back: what restoring version 1 over version 2 changes.
const QStringList kSecondToFirst = {
    QStringLiteral("~ Name: \"VIP Platinum\" → \"VIP\""),
    QStringLiteral("~ Websites: 1 → all websites"),
    QStringLiteral("~ Apply to: registered customers and guests → registered customers"),
    QStringLiteral(
        "~ Lifetime sales is at least 3000, counting orders where ALL of these are TRUE "
        "→ Lifetime sales is at least 2000, counting orders where ALL of these are TRUE"),
    QStringLiteral("~ Status is one of [\"complete\", \"processing\"] → Status is one of "
                   "[\"complete\"] (in: Lifetime sales is at least 2000, counting orders where ALL "
                   "of these are TRUE)"),
    QStringLiteral("− First name is \"Ann\""),
    QStringLiteral("− If ANY of these conditions are TRUE (muted)"),
    QStringLiteral("− Gender is \"female\" (in: If ANY of these conditions are TRUE (muted))"),
    QStringLiteral("+ Email ends with \"@example.com\""),
};

TEST(DefinitionDiff, ReadsAsConditionSentences)
{
    const QList<DefinitionChange> changes = diffDefinitions(parse(kFirst), parse(kSecond));
    EXPECT_EQ(lines(changes), kFirstToSecond);
    EXPECT_EQ(summarizeChanges(changes),
              QStringLiteral("Name, Websites, Apply to changed; conditions: 2 added, 1 removed, "
                             "2 changed"));
    EXPECT_EQ(lines(diffDefinitions(parse(kSecond), parse(kFirst))), kSecondToFirst);
    EXPECT_TRUE(diffDefinitions(parse(kFirst), parse(kFirst)).isEmpty());
    EXPECT_EQ(summarizeChanges({}), QStringLiteral("no change"));
    // The root group's mode is a change of its own.
    SegmentDefinition anyOf = parse(kFirst);
    anyOf.conditions.match = Match::Any;
    EXPECT_EQ(lines(diffDefinitions(parse(kFirst), anyOf)),
              QStringList{QStringLiteral("~ If ALL of these conditions are TRUE → If ANY of these "
                                         "conditions are TRUE")});
}

class Versions : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_store = freshStore(GetParam(), QStringLiteral("definition_versions"), QString(), why);
        if (!m_store) {
            m_why = why;
            return;
        }
        FixtureStore(*m_store, QString()).installBase();
    }
    std::optional<StoreSession> open()
    {
        Result<StoreSession> s = StoreSession::open(m_store->settings(), true, m_workspace.path());
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        if (!s) return std::nullopt;
        return std::move(s).value();
    }
    static QStringList numbers(const QList<VersionEntry> &versions)
    {
        QStringList out;
        for (const VersionEntry &v : versions)
            out << QStringLiteral("%1%2 %3: %4")
                       .arg(v.version.number)
                       .arg(v.current ? QStringLiteral("*") : QString(), v.version.origin,
                            v.summary);
        return out;
    }

    std::unique_ptr<StoreConnection> m_store;
    std::string m_why;
    QTemporaryDir m_workspace;
};

TEST_P(Versions, EverySaveKeepsAVersionAndRestoreIsANewSave)
{
    SEGTEST_REQUIRE_STORE(m_store, m_why);
    std::optional<StoreSession> session = open();
    ASSERT_TRUE(session);
    const Result<SegmentRecord> first = saveSegment(*session, parse(kFirst));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    const Result<SegmentRecord> second =
        saveSegment(*session, parse(kSecond), QStringLiteral("vip"));
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    ASSERT_TRUE(saveSegment(*session, parse(kSecond), QStringLiteral("vip")).ok()); // no change

    Result<QList<VersionEntry>> versions = definitionVersions(*session, QStringLiteral("vip"));
    ASSERT_TRUE(versions.ok()) << versions.error().toString().toStdString();
    EXPECT_EQ(
        numbers(*versions),
        (QStringList{QStringLiteral("2* save: Name, Websites, Apply to changed; conditions: 2 "
                                    "added, 1 removed, 2 changed"),
                     QStringLiteral("1 save: created")}));
    for (const VersionEntry &v : *versions) {
        EXPECT_EQ(v.version.osUser, currentOsUser());
        EXPECT_EQ(v.version.dbUser, m_store->settings().user); // empty on SQLite
        EXPECT_LE(qAbs(v.version.savedAt.secsTo(QDateTime::currentDateTimeUtc())), 120);
    }
    EXPECT_EQ(DefinitionCodec::toJson(versions->at(1).definition),
              DefinitionCodec::toJson(parse(kFirst)));

    // What restoring version 1 would change, then the restore: version 3, holding version 1.
    Result<QList<DefinitionChange>> diff =
        diffVersionWithCurrent(*session, QStringLiteral("vip"), 1);
    ASSERT_TRUE(diff.ok());
    EXPECT_EQ(lines(*diff), kSecondToFirst);
    ASSERT_TRUE(restoreVersion(*session, QStringLiteral("vip"), 1).ok());
    EXPECT_EQ(DefinitionCodec::toJson(*session->segments->findSegment(QStringLiteral("vip"))),
              DefinitionCodec::toJson(parse(kFirst)));
    versions = definitionVersions(*session, QStringLiteral("vip"));
    ASSERT_EQ(versions->size(), 3);
    EXPECT_EQ(numbers(*versions).first(),
              QStringLiteral("3* restore: restored version 1: Name, Websites, Apply to changed; "
                             "conditions: 1 added, 2 removed, 2 changed"));
    EXPECT_TRUE(diffVersionWithCurrent(*session, QStringLiteral("vip"), 1)->isEmpty());
    // Undone by restoring again; an unknown version or segment is refused.
    ASSERT_TRUE(restoreVersion(*session, QStringLiteral("vip"), 2).ok());
    EXPECT_EQ(session->segments->findSegment(QStringLiteral("vip"))->name,
              QStringLiteral("VIP Platinum"));
    EXPECT_EQ(restoreVersion(*session, QStringLiteral("vip"), 9).error().code, ErrorCode::NotFound);
    EXPECT_EQ(restoreVersion(*session, QStringLiteral("nope"), 1).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(definitionVersions(*session, QStringLiteral("vip"))->size(), 4);

    // A renamed segment takes its versions along; an import over it is a version too.
    SegmentDefinition renamed = parse(kSecond);
    renamed.code = QStringLiteral("vip-platinum");
    renamed.priority = 5;
    ASSERT_TRUE(saveSegment(*session, renamed, QStringLiteral("vip")).ok());
    EXPECT_EQ(definitionVersions(*session, QStringLiteral("vip")).error().code,
              ErrorCode::NotFound);
    renamed.priority = 7;
    ASSERT_TRUE(
        importDefinitions(*session, {SourcedDefinition{QStringLiteral("p.json"), renamed}}).ok());
    versions = definitionVersions(*session, QStringLiteral("vip-platinum"));
    ASSERT_EQ(versions->size(), 6);
    EXPECT_EQ(numbers(*versions).mid(0, 2),
              (QStringList{QStringLiteral("6* import: imported: Priority changed"),
                           QStringLiteral("5 save: Code, Priority changed")}));

    // Deleted with the segment: a new segment of that code starts a new history.
    ASSERT_TRUE(deleteSegments(*session, {QStringLiteral("vip-platinum")}).ok());
    ASSERT_TRUE(saveSegment(*session, renamed).ok());
    EXPECT_EQ(numbers(*definitionVersions(*session, QStringLiteral("vip-platinum"))),
              QStringList{QStringLiteral("1* save: created")});
}

TEST_P(Versions, ASegmentSavedBeforeTheHistoryKeepsItsDefinition)
{
    SEGTEST_REQUIRE_STORE(m_store, m_why);
    std::optional<StoreSession> session = open();
    ASSERT_TRUE(session);
    // As an earlier Segmentor saved it: straight into the segment table, no version.
    ASSERT_TRUE(session->segments->save(parse(kFirst)).ok());
    EXPECT_TRUE(definitionVersions(*session, QStringLiteral("vip"))->isEmpty());
    const Result<SegmentRecord> saved =
        saveSegment(*session, parse(kSecond), QStringLiteral("vip"));
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    Result<QList<VersionEntry>> versions = definitionVersions(*session, QStringLiteral("vip"));
    ASSERT_EQ(versions->size(), 2);
    const VersionEntry &earlier = versions->at(1);
    EXPECT_EQ(earlier.version.origin, QStringLiteral("earlier"));
    EXPECT_TRUE(earlier.version.osUser.isEmpty());
    EXPECT_EQ(earlier.summary, QStringLiteral("as it was before the history started"));
    EXPECT_EQ(DefinitionCodec::toJson(earlier.definition), DefinitionCodec::toJson(parse(kFirst)));
}

// segmentor-cli segments history / restore, as a script reads them.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString urlOf(const ConnectionSettings &s)
{
    if (s.dialect == Dialect::Sqlite) return QStringLiteral("sqlite:%1").arg(s.path);
    return QStringLiteral("%1://%2:%3@%4:%5/%6")
        .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"),
             s.user, QString::fromUtf8(QUrl::toPercentEncoding(s.password)), s.host)
        .arg(s.port)
        .arg(s.database);
}

CliRun cli(const QString &database, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_DATABASE"), database);
    env.insert(QStringLiteral("USER"), QStringLiteral("marketer"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TEST_P(Versions, CliListsDiffsAndRestores)
{
    SEGTEST_REQUIRE_STORE(m_store, m_why);
    const QString db = urlOf(m_store->settings());
    QTemporaryDir dir;
    auto write = [&dir](const char *name, const char *json) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return f.fileName();
    };
    const CliRun first = cli(db, {"segments", "import", write("v1.json", kFirst)});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_EQ(cli(db, {"segments", "import", write("v2.json", kSecond)}).exitCode, 0);

    const CliRun history = cli(db, {"segments", "history", "vip"});
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    const QStringList rows = history.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 3) << history.out.toStdString();
    EXPECT_EQ(rows[0],
              QStringLiteral("version  saved (UTC)          user                      summary"));
    const QString user = m_store->settings().user.isEmpty()
                             ? QStringLiteral("marketer")
                             : QStringLiteral("marketer (db %1)").arg(m_store->settings().user);
    const QString time = QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    EXPECT_TRUE(QRegularExpression(
                    QStringLiteral("^      2  %1  %2 +imported: Name, Websites, Apply to changed; "
                                   "conditions: 2 added, 1 removed, 2 changed \\(current\\)$")
                        .arg(time, QRegularExpression::escape(user)))
                    .match(rows[1])
                    .hasMatch())
        << rows[1].toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^      1  %1  %2 +created by an import$")
                                       .arg(time, QRegularExpression::escape(user)))
                    .match(rows[2])
                    .hasMatch())
        << rows[2].toStdString();

    // What restoring version 1 would change, one sentence a line.
    const CliRun diff = cli(db, {"segments", "history", "vip", "1"});
    ASSERT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    const QStringList diffLines = diff.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(diffLines.size(), kFirstToSecond.size()) << diff.out.toStdString();

    EXPECT_EQ(diffLines, kSecondToFirst);

    const CliRun restore = cli(db, {"segments", "restore", "vip", "1"});
    EXPECT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_TRUE(restore.out.isEmpty());
    EXPECT_EQ(restore.err, QStringLiteral("vip: version 1 restored as version 3\n"));
    const CliRun exported = cli(db, {"segments", "export", "vip"});
    EXPECT_EQ(DefinitionCodec::fromJson(exported.out.toUtf8())->name, QStringLiteral("VIP"));
    EXPECT_TRUE(cli(db, {"segments", "history", "vip"})
                    .out.contains(QStringLiteral("restored version 1: ")));

    // Bad input: exit status 2 and a message naming the problem.
    const CliRun missing = cli(db, {"segments", "restore", "vip", "8"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err, QStringLiteral("error: vip: no version 8\n"));
    const CliRun notNumber = cli(db, {"segments", "restore", "vip", "latest"});
    EXPECT_EQ(notNumber.exitCode, 2);
    EXPECT_EQ(
        notNumber.err,
        QStringLiteral("error: VERSION must be a version number (1, 2, …), got \"latest\"\n"));
    EXPECT_EQ(cli(db, {"segments", "history", "nobody"}).exitCode, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, Versions, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });

} // namespace
