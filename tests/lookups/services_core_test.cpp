// The core services behind the builder's dialogs, on SQLite, MariaDB and PostgreSQL: stopping a
// running statement from another thread, explaining one member, and the SQL preview.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "lookups/picklists.h"
#include "operations/explainmember.h"
#include "operations/previewsql.h"
#include "operations/segmentdefinitions.h"
#include "repository/segmentorstorage.h"
#include "session/storesession.h"
#include "store/querycanceller.h"
#include "store/sqlrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace segtest;
using namespace seg;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

SegmentDefinition definition(const QString &children, const QString &extra = {})
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(
        QStringLiteral(
            R"({"segmentor":1,"code":"probe","name":"Probe"%1,"conditions":{"type":"combine","conditions":[%2]}})")
            .arg(extra.isEmpty() ? QString() : QStringLiteral(",") + extra, children)
            .toUtf8());
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : SegmentDefinition{};
}

class Services : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_store =
            freshStore(GetParam(), QStringLiteral("services_core"), QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_store, why);
        FixtureStore f(*m_store, QStringLiteral("mg_"));
        f.installBase();
        f.customer(1, {{"firstname", "Jane"}, {"lastname", "Doe"}, {"email", "Jane@Example.com"}});
        f.customer(2, {{"firstname", "Émile"},
                       {"lastname", "Zola"},
                       {"email", "emile@example.fr"},
                       {"group_id", 2}});
        // The same e-mail on the EU website.
        f.customer(3, {{"email", "jane@example.com"}, {"website_id", 2}, {"store_id", 2}});
        f.order(1, 1, {{"base_grand_total", 250.0}});
        f.order(2, QVariant(),
                {{"customer_email", "Walk.In@example.org"},
                 {"customer_firstname", "Walk"},
                 {"customer_lastname", "In"}});
        m_settings = m_store->settings();
        m_settings.tablePrefix = QStringLiteral("mg_");
        Result<StoreSession> session = StoreSession::open(m_settings, false, m_workspace.path());
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session.emplace(std::move(session).value());
    }

    std::optional<MemberExplanation> explain(const SegmentDefinition &d, const QString &who)
    {
        Result<std::optional<MemberExplanation>> r =
            explainMember(*m_session, d, who, m_session->timeContext(kAsOf));
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? *r : std::nullopt;
    }

    QTemporaryDir m_workspace;
    std::unique_ptr<StoreConnection> m_store;
    ConnectionSettings m_settings;
    std::optional<StoreSession> m_session;
};

TEST_P(Services, ExamplesAreImportedOnlyIntoAStoreWithoutSegments)
{
    Result<StoreSession> writable = StoreSession::open(m_settings, true, m_workspace.path());
    ASSERT_TRUE(writable.ok()) << writable.error().message.toStdString();
    StoreSession session = std::move(writable).value();
    QTemporaryDir dir;
    const auto write = [&](const QString &code, const QString &name) {
        QFile f(dir.filePath(code + QStringLiteral(".json")));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"segmentor":1,"code":"%1","name":"%2","conditions":{"type":)"
                               R"("combine","conditions":[]}})")
                    .arg(code, name)
                    .toUtf8());
        return f.fileName();
    };
    const QStringList files{write(QStringLiteral("a"), QStringLiteral("A")),
                            write(QStringLiteral("b"), QStringLiteral("B"))};
    Result<QStringList> first = importExamplesIfEmpty(session, files);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(*first, QStringList({"a", "b"}));

    // A store that has segments is left alone, even when the examples changed meanwhile.
    write(QStringLiteral("a"), QStringLiteral("Renamed"));
    Result<QStringList> again = importExamplesIfEmpty(session, files);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_TRUE(again->isEmpty());
    EXPECT_EQ(session.segments->findSegment(QStringLiteral("a"))->name, QStringLiteral("A"));
}

TEST_P(Services, ExplainsACustomerByIdWithTheValuesCompared)
{
    const SegmentDefinition spenders =
        definition(R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":200})");
    const std::optional<MemberExplanation> in = explain(spenders, QStringLiteral("1"));
    ASSERT_TRUE(in.has_value());
    EXPECT_TRUE(in->isMember);
    EXPECT_EQ(in->key, MemberKey::registered(1));
    EXPECT_EQ(in->email, QStringLiteral("Jane@Example.com"));
    EXPECT_EQ(in->name, QStringLiteral("Jane Doe"));
    const QString text = in->explanation.toText();
    EXPECT_TRUE(text.contains(QStringLiteral("250"))) << text.toStdString();

    const std::optional<MemberExplanation> out = explain(spenders, QStringLiteral("2"));
    ASSERT_TRUE(out.has_value());
    EXPECT_FALSE(out->isMember);
    EXPECT_EQ(out->name, QStringLiteral("Émile Zola"));
}

TEST_P(Services, ExplainsByEmailThroughTheMemberKeyRule)
{
    const SegmentDefinition all = definition(QString(), QStringLiteral(R"("apply_to":"all")"));
    // An e-mail two websites' customers share is refused naming both: an id picks one.
    Result<std::optional<MemberExplanation>> shared = explainMember(
        *m_session, all, QStringLiteral("JANE@example.COM"), m_session->timeContext(kAsOf));
    ASSERT_FALSE(shared.ok());
    EXPECT_TRUE(shared.error().is(ErrorCode::InvalidArgument));
    EXPECT_TRUE(shared.error().message.contains(QStringLiteral("customer 1")) &&
                shared.error().message.contains(QStringLiteral("customer 3")))
        << shared.error().message.toStdString();
    const std::optional<MemberExplanation> emile =
        explain(all, QStringLiteral("EMILE@example.FR")); // any case
    ASSERT_TRUE(emile.has_value());
    EXPECT_EQ(emile->key, MemberKey::registered(2));

    const std::optional<MemberExplanation> guest =
        explain(all, QStringLiteral("walk.in@example.org"));
    ASSERT_TRUE(guest.has_value());
    EXPECT_TRUE(guest->key.isGuest());
    EXPECT_EQ(guest->email, QStringLiteral("Walk.In@example.org"));
    EXPECT_TRUE(guest->isMember);

    // Nobody: no customer 99, no such e-mail.
    EXPECT_FALSE(explain(all, QStringLiteral("99")).has_value());
    EXPECT_FALSE(explain(all, QStringLiteral("nobody@example.com")).has_value());
}

TEST_P(Services, ExplainsASegmentNotSavedYet)
{
    SegmentDefinition unsaved =
        definition(R"({"type":"customer","attribute":"firstname","operator":"==","value":"jane"})");
    unsaved.code.clear();
    unsaved.name.clear();
    const std::optional<MemberExplanation> jane = explain(unsaved, QStringLiteral("1"));
    ASSERT_TRUE(jane.has_value());
    EXPECT_TRUE(jane->isMember);
    EXPECT_EQ(jane->explanation.label, QStringLiteral("This segment (not saved yet)"));
}

TEST_P(Services, ExplainRefusesAnInvalidDefinitionWithItsFirstProblem)
{
    const SegmentDefinition broken = definition(
        R"({"type":"customer","attribute":"no_such_attribute","operator":"==","value":1})");
    Result<std::optional<MemberExplanation>> r =
        explainMember(*m_session, broken, QStringLiteral("1"), m_session->timeContext(kAsOf));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("no_such_attribute")))
        << r.error().toString().toStdString();
    EXPECT_EQ(r.error().path, QStringLiteral("conditions.conditions[0].attribute"));
}

TEST_P(Services, SqlPreviewInEveryDialectWithThePrefixAndBoundValues)
{
    const SegmentDefinition d =
        definition(R"({"type":"customer","attribute":"lastname","operator":"==","value":"O'Brien"},
                                              {"type":"orders","metric":"number_of_orders","operator":">=","value":2})");
    for (Dialect dialect : {Dialect::Sqlite, Dialect::MySql, Dialect::PostgreSql}) {
        Result<CompiledQuery> q =
            previewMemberSql(*m_session, d, dialect, m_session->timeContext(kAsOf));
        ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
        EXPECT_TRUE(q->sql.contains(QStringLiteral("mg_customer_entity")));
        EXPECT_FALSE(q->sql.contains(QStringLiteral("O'Brien"))); // bound, never in the text
        EXPECT_TRUE(q->params.contains(QVariant(QStringLiteral("o'brien"))) ||
                    q->params.contains(QVariant(QStringLiteral("O'Brien"))));
        EXPECT_EQ(q->sql.count(QLatin1Char('?')), q->params.size());
        EXPECT_EQ(q->sql.contains(QStringLiteral("seg_fold(")), dialect == Dialect::Sqlite);
    }
    // The connected dialect's statement runs and finds customer... none named O'Brien here, but it
    // runs.
    Result<CompiledQuery> own =
        previewMemberSql(*m_session, d, m_settings.dialect, m_session->timeContext(kAsOf));
    ASSERT_TRUE(own.ok());
    Result<QSqlQuery> ran =
        runSql(m_store->database(), own->sql, own->params, QStringLiteral("preview"));
    EXPECT_TRUE(ran.ok()) << ran.error().message.toStdString();
}

TEST_P(Services, NoSegmentTablesYetMeansNoSegmentsToPick)
{
    ASSERT_FALSE(m_session->storage.inWorkspace());
    Result<QList<PickItem>> segments = loadPickList(*m_session, PickListKind::Segments);
    ASSERT_TRUE(segments.ok()) << segments.error().message.toStdString();
    EXPECT_TRUE(segments->isEmpty());
}

// A statement that runs for long on each database.
QString slowStatement(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite:
        return QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                              "WHERE x < 2000000000) SELECT COUNT(*) FROM n");
    case Dialect::MySql:
        return QStringLiteral("SELECT SLEEP(60)");
    case Dialect::PostgreSql:
        return QStringLiteral("SELECT pg_sleep(60)");
    }
    return {};
}

TEST_P(Services, QueryCancellerStopsARunningStatementFromAnotherThread)
{
    auto canceller = std::make_shared<QueryCanceller>();
    std::atomic<bool> attached{false};
    std::atomic<qint64> ranMs{-1};
    QString error;
    QString value;
    const ConnectionSettings settings = m_settings;
    std::thread worker([&] {
        Result<std::unique_ptr<StoreConnection>> c = StoreConnection::open(settings);
        if (!c) {
            error = c.error().message;
            attached = true;
            return;
        }
        Status st = canceller->attach(**c);
        if (!st) error = st.error().message;
        attached = true;
        QElapsedTimer timer;
        timer.start();
        Result<QSqlQuery> q =
            runSql((*c)->database(), slowStatement(settings.dialect), {}, QStringLiteral("slow"));
        ranMs = timer.elapsed();
        if (!q)
            error = q.error().message;
        else if (q.value().next())
            value = q->value(0).toString();
        canceller->detach();
    });
    while (!attached)
        QThread::msleep(10);
    QThread::msleep(500); // the statement is running
    QElapsedTimer cancelTimer;
    cancelTimer.start();
    canceller->cancel();
    worker.join();
    EXPECT_TRUE(canceller->isCancelled());
    EXPECT_LT(ranMs.load(), 10000) << "the statement was not interrupted";
    switch (m_settings.dialect) {
    case Dialect::Sqlite:
        EXPECT_TRUE(error.contains(QStringLiteral("interrupted"))) << error.toStdString();
        break;
    case Dialect::MySql:
        EXPECT_NE(value, QStringLiteral("0")) << error.toStdString();
        break; // 0 = slept to the end
    case Dialect::PostgreSql:
        EXPECT_TRUE(error.contains(QStringLiteral("cancel"))) << error.toStdString();
        break;
    }
}

TEST_P(Services, QueryCancellerBeforeAttachOnlyMarks)
{
    QueryCanceller canceller;
    canceller.cancel(); // nothing attached: nothing to interrupt, nothing opened
    EXPECT_TRUE(canceller.isCancelled());
    ASSERT_TRUE(canceller.attach(*m_store).ok());
    canceller.detach();
    canceller.cancel(); // detached: a no-op
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, Services, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

TEST(SqlLayout, OnlyWhitespaceOutsideQuotesChanges)
{
    const QString sql =
        QStringLiteral("WITH g AS MATERIALIZED (SELECT o.customer_email FROM sales_order o WHERE "
                       "o.x = 'a  FROM  b' GROUP BY o.customer_email) "
                       "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity "
                       "c LEFT JOIN (SELECT o.customer_id AS owner, "
                       "SUM(o.base_grand_total) AS v0 FROM sales_order o WHERE CAST(EXTRACT(MONTH "
                       "FROM o.created_at) AS INTEGER) = ? "
                       "GROUP BY o.customer_id) ord1 ON ord1.owner = c.entity_id WHERE "
                       "((COALESCE(ord1.v0, 0) >= ?)) "
                       "UNION ALL SELECT NULL, g.customer_email FROM g WHERE g.customer_email IN "
                       "(SELECT email FROM \"from where\")");
    const QString laid = formatSqlForDisplay(sql);
    const auto squash = [](QString s) {
        return s.remove(QRegularExpression(QStringLiteral("\\s+")));
    };
    EXPECT_EQ(squash(laid), squash(sql));
    EXPECT_TRUE(laid.contains(QStringLiteral("'a  FROM  b'"))); // quoted text untouched
    EXPECT_TRUE(laid.contains(QStringLiteral("EXTRACT(MONTH FROM o.created_at)"))); // not a clause
    const QStringList lines = laid.split(QLatin1Char('\n'));
    EXPECT_GT(lines.size(), 10);
    EXPECT_TRUE(lines.contains(QStringLiteral("UNION ALL")));
    EXPECT_TRUE(lines.contains(QStringLiteral("    FROM sales_order o")))
        << laid.toStdString(); // a sub-query, indented
}

TEST(SqlLayout, LiteralsForTheValuesTable)
{
    EXPECT_EQ(sqlLiteral(QStringLiteral("O'Brien")), QStringLiteral("'O''Brien'"));
    EXPECT_EQ(sqlLiteral(42), QStringLiteral("42"));
    EXPECT_EQ(sqlLiteral(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(sqlLiteral(QVariant()), QStringLiteral("NULL"));
    EXPECT_EQ(sqlValueKind(QStringLiteral("x")), QStringLiteral("text"));
    EXPECT_EQ(sqlValueKind(qint64(3)), QStringLiteral("integer"));
}

} // namespace
