// Issue #17, items 5 and 6 end to end on every database: frozen ("static") segments,
// references to stored members through a refresh in dependency order, and the set operations.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "operations/freezesegment.h"
#include "operations/memberoverrides.h"
#include "operations/memberqueries.h"
#include "operations/refreshsegment.h"
#include "operations/segmentdefinitions.h"
#include "operations/segmentsets.h"
#include "session/storesession.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

class SegmentSets : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_store = freshStore(GetParam(), QStringLiteral("segment_sets"), QString(), why);
        if (!m_store) {
            if (serversRequired()) FAIL() << why;
            GTEST_SKIP() << why;
        }
        FixtureStore f(*m_store, QString());
        f.installBase();
        // Customers 1..30; the even ones ordered, customers 1..10 were registered in 2020.
        for (int id = 1; id <= 30; ++id) {
            f.customer(id, id <= 10 ? QVariantMap{{"created_at", "2020-01-01 00:00:00"}}
                                    : QVariantMap{});
            if (id % 2 == 0) f.order(id, id);
        }
        f.order(100, QVariant(), {{"customer_email", "walk.in@example.org"}});
        Result<StoreSession> opened = StoreSession::open(m_store->settings(), true, m_dir.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_session.emplace(std::move(opened).value());
        save(
            R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","refresh":"auto","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
        save(
            R"({"segmentor":1,"code":"veterans","name":"Veterans","refresh":"auto","conditions":{"type":"combine","conditions":[{"type":"customer","attribute":"created_at","operator":"<","value":"2021-01-01"}]}})");
    }

    void save(const char *json)
    {
        Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
        ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
        Result<SegmentRecord> saved = saveSegment(*m_session, *d);
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    }

    RefreshResult refresh(const QString &code)
    {
        Result<RefreshOutcome> r = refreshSegment(*m_session, code, RefreshArgs{});
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r ? r->result : RefreshResult{};
    }

    QStringList stored(const QString &code)
    {
        QStringList out;
        const QList<MemberRow> rows = m_session->segments->members(code).value();
        for (const MemberRow &m : rows)
            out << m.key.toString();
        return out;
    }

    QStringList live(const QString &code)
    {
        QStringList out;
        const SegmentDefinition d = *m_session->segments->findSegment(code);
        QList<MemberKey> keys = listMembers(*m_session, d, m_session->timeContext()).value();
        std::sort(keys.begin(), keys.end());
        for (const MemberKey &k : keys)
            out << k.toString();
        return out;
    }

    void setOverride(const QString &code, const QString &member, std::optional<OverrideKind> kind)
    {
        ASSERT_TRUE(
            setMemberOverrides(*m_session, code, {MemberKey::parse(member)}, kind, {}).ok());
    }

    std::unique_ptr<StoreConnection> m_store;
    QTemporaryDir m_dir;
    std::optional<StoreSession> m_session;
};

TEST_P(SegmentSets, FrozenSegmentKeepsItsMembersAndOverridesEditThem)
{
    refresh(QStringLiteral("buyers"));
    ASSERT_EQ(stored(QStringLiteral("buyers")).size(), 16); // 15 customers and the guest
    setOverride(QStringLiteral("buyers"), QStringLiteral("2"), OverrideKind::Exclude);

    Result<qint64> frozen = freezeSegment(*m_session, QStringLiteral("buyers"));
    ASSERT_TRUE(frozen.ok()) << frozen.error().toString().toStdString();
    EXPECT_EQ(*frozen, 15); // the pending exclude applied
    EXPECT_EQ(m_session->segments->findSegment(QStringLiteral("buyers"))->refresh,
              QStringLiteral("static"));
    EXPECT_EQ(freezeSegment(*m_session, QStringLiteral("buyers")).error().code,
              ErrorCode::InvalidArgument);

    // New orders: a refresh would take customers 1 and 3 in; a frozen segment is skipped.
    FixtureStore f(*m_store, QString());
    f.order(201, 1);
    f.order(203, 3);
    const RefreshResult skipped = refresh(QStringLiteral("buyers"));
    EXPECT_FALSE(skipped.skipped.isEmpty());
    EXPECT_EQ(stored(QStringLiteral("buyers")).size(), 15);
    const QList<HistoryEntry> history =
        m_session->segments->history(QStringLiteral("buyers")).value();
    ASSERT_FALSE(history.isEmpty());
    const bool saysSkipped = std::any_of(history.begin(), history.end(), [](const HistoryEntry &h) {
        return h.event == QLatin1String("refresh_skipped") &&
               h.message.contains(QLatin1String("static list"));
    });
    EXPECT_TRUE(saysSkipped);

    // Include and exclude edit the frozen list at once (exports and REST read it).
    setOverride(QStringLiteral("buyers"), QStringLiteral("5"), OverrideKind::Include);
    setOverride(QStringLiteral("buyers"), QStringLiteral("4"), OverrideKind::Exclude);
    QStringList members = stored(QStringLiteral("buyers"));
    EXPECT_TRUE(members.contains(QStringLiteral("5")));
    EXPECT_FALSE(members.contains(QStringLiteral("4")));
    EXPECT_FALSE(members.contains(QStringLiteral("1")));
    EXPECT_EQ(m_session->segments->find(QStringLiteral("buyers")).value()->memberCount, 15);

    // Unfreezing is explicit and the next refresh recomputes (the overrides still count).
    EXPECT_EQ(unfreezeSegment(*m_session, QStringLiteral("buyers"), QStringLiteral("static"))
                  .error()
                  .code,
              ErrorCode::InvalidArgument);
    ASSERT_TRUE(unfreezeSegment(*m_session, QStringLiteral("buyers"), QStringLiteral("auto")).ok());
    refresh(QStringLiteral("buyers"));
    members = stored(QStringLiteral("buyers"));
    EXPECT_TRUE(members.contains(QStringLiteral("1")));
    EXPECT_TRUE(members.contains(QStringLiteral("5")));
    EXPECT_FALSE(members.contains(QStringLiteral("2")));
    EXPECT_EQ(members.size(), 17); // 17 customers ordered + guest - 2, 4 + 5
}

TEST_P(SegmentSets, NeverRefreshedSegmentCannotBeFrozen)
{
    EXPECT_EQ(freezeSegment(*m_session, QStringLiteral("veterans")).error().code,
              ErrorCode::InvalidArgument);
}

TEST_P(SegmentSets, SetOperationsOnStoredMembers)
{
    refresh(QStringLiteral("buyers"));
    refresh(QStringLiteral("veterans"));
    // Overrides set after the refresh count at once: 2 out of buyers, 17 into veterans.
    setOverride(QStringLiteral("buyers"), QStringLiteral("2"), OverrideKind::Exclude);
    setOverride(QStringLiteral("veterans"), QStringLiteral("17"), OverrideKind::Include);

    auto combined = [&](SetOperation op, const QString &code) {
        CombineArgs args;
        args.operation = op;
        args.codes = {QStringLiteral("buyers"), QStringLiteral("veterans")};
        args.code = code;
        Result<SegmentRecord> saved = combineSegments(*m_session, args);
        EXPECT_TRUE(saved.ok()) << saved.error().toString().toStdString();
        EXPECT_FALSE(saved->definition.active);
        return live(code);
    };
    // buyers: 4,6,...,30 and the guest; veterans: 1..10 and 17.
    EXPECT_EQ(combined(SetOperation::Intersection, QStringLiteral("both")).join(QLatin1Char(' ')),
              QStringLiteral("4 6 8 10"));
    EXPECT_EQ(
        combined(SetOperation::Difference, QStringLiteral("buyers-only")).join(QLatin1Char(' ')),
        QStringLiteral("12 14 16 18 20 22 24 26 28 30 walk.in@example.org"));
    const QStringList either = combined(SetOperation::Union, QStringLiteral("either"));
    EXPECT_EQ(either.size(), 10 + 1 + 10 + 1);         // 1..10, 17, 12..30 even, the guest
    EXPECT_TRUE(either.contains(QStringLiteral("2"))); // excluded from buyers, still a veteran

    // The union's definition: ANY of two references to stored members, apply_to all.
    const SegmentDefinition u = *m_session->segments->findSegment(QStringLiteral("either"));
    EXPECT_EQ(u.conditions.match, Match::Any);
    ASSERT_EQ(u.conditions.children.size(), 2u);
    EXPECT_EQ(u.conditions.children[0].referenceOf, QStringLiteral("members"));
    EXPECT_EQ(u.applyTo, ApplyTo::All);

    // Refused: one segment, an unknown one, a taken code.
    CombineArgs bad;
    bad.codes = {QStringLiteral("buyers")};
    EXPECT_EQ(combineSegments(*m_session, bad).error().code, ErrorCode::InvalidArgument);
    bad.codes = {QStringLiteral("buyers"), QStringLiteral("nobody")};
    EXPECT_EQ(combineSegments(*m_session, bad).error().code, ErrorCode::NotFound);
    bad.codes = {QStringLiteral("buyers"), QStringLiteral("veterans")};
    bad.code = QStringLiteral("either");
    EXPECT_EQ(combineSegments(*m_session, bad).error().code, ErrorCode::AlreadyExists);
}

TEST_P(SegmentSets, ReferenceCycleRefusedAtSaveAndRefreshFollowsDependencies)
{
    save(
        R"({"segmentor":1,"code":"loyal","name":"Loyal","apply_to":"all","refresh":"auto","conditions":{"type":"combine","conditions":[{"type":"segment","operator":"in","value":["buyers"],"of":"members"}]}})");
    // buyers reading loyal's members would close a cycle: refused at save, naming it.
    Result<SegmentDefinition> cyclic = DefinitionCodec::fromJson(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","conditions":{"type":"combine","conditions":[{"type":"segment","operator":"not_in","value":["loyal"],"of":"members"}]}})");
    ASSERT_TRUE(cyclic.ok());
    const Result<SegmentRecord> refused =
        saveSegment(*m_session, *cyclic, QStringLiteral("buyers"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().path.toStdString(), "conditions.conditions[0].value[0]");
    EXPECT_EQ(refused.error().message.toStdString(),
              "segment reference cycle: buyers -> loyal -> buyers");

    // loyal listed first still refreshes after buyers, so it reads buyers' fresh members.
    const Result<QStringList> order =
        refreshOrder(*m_session->segments, {QStringLiteral("loyal"), QStringLiteral("buyers")});
    ASSERT_TRUE(order.ok());
    EXPECT_EQ(order->join(QLatin1Char(' ')), QStringLiteral("buyers loyal"));
    for (const QString &code : *order)
        refresh(code);
    EXPECT_EQ(stored(QStringLiteral("loyal")).size(), 16);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const ConnectionSettings &s, QStringList arguments)
{
    QString url = QStringLiteral("sqlite:") + s.path;
    if (s.dialect != Dialect::Sqlite) {
        QUrl u;
        u.setScheme(s.dialect == Dialect::MySql ? QStringLiteral("mysql")
                                                : QStringLiteral("postgresql"));
        u.setHost(s.host);
        u.setPort(s.port);
        u.setUserName(s.user);
        u.setPassword(s.password);
        u.setPath(QLatin1Char('/') + s.database);
        url = u.toString();
    }
    QProcess p;
    arguments << QStringLiteral("--database") << url;
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TEST_P(SegmentSets, CliCombineFreezeUnfreezeSplit)
{
    const ConnectionSettings &settings = m_store->settings();
    auto args = [](const char *line) {
        return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    // veterans is read by its stored members: refresh --all puts it before the union.
    CliRun r = cli(settings, args("segments combine vets-or-buyers --union veterans,buyers"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.toStdString(), "vets-or-buyers\n");
    r = cli(settings, args("segments combine x --union buyers"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("at least two"))) << r.err.toStdString();
    r = cli(settings, args("segments combine x --union buyers,nobody"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("nobody"))) << r.err.toStdString();
    r = cli(settings, args("segments combine x --union a,b --intersection a,b"));
    EXPECT_EQ(r.exitCode, 2);

    // The union is manual and inactive: refreshed by name, after what it reads.
    r = cli(settings, args("refresh vets-or-buyers veterans buyers"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QLatin1String("veterans: 10 members")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QLatin1String("buyers: 16 members"))) << lines[1].toStdString();
    // 1..10, 12..30 even, the guest
    EXPECT_TRUE(lines[2].startsWith(QLatin1String("vets-or-buyers: 21 members")))
        << lines[2].toStdString();

    r = cli(settings, args("segments freeze buyers"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("frozen as a static list of 16 members")));
    r = cli(settings, args("refresh --all"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("note: buyers: frozen as a static list")))
        << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QLatin1String("buyers:"))) << r.out.toStdString();
    r = cli(settings, args("segments list"));
    EXPECT_TRUE(r.out.contains(QLatin1String("static"))) << r.out.toStdString();
    r = cli(settings, args("segments unfreeze buyers"));
    EXPECT_EQ(r.exitCode, 2); // the mode is explicit
    r = cli(settings, args("segments unfreeze buyers --mode manual"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(m_session->segments->findSegment(QStringLiteral("buyers"))->refresh,
              QStringLiteral("manual"));

    r = cli(settings, args("segments split buyers --percent 25 --seed s1"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.toStdString(), "buyers-test\nbuyers-control\n");
    r = cli(settings, args("segments split buyers"));
    EXPECT_EQ(r.exitCode, 2);
    r = cli(settings, args("segments split buyers --percent 100"));
    EXPECT_EQ(r.exitCode, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, SegmentSets, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });

} // namespace
