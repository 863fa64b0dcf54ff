// Member keys mean what the user typed (issue #11): `exclude`/`include`/`reset` and the REST
// lookup resolve an e-mail to the registered customer of the segment's websites, else to the
// guest who ordered with it, and refuse anything else — on SQLite, MariaDB and PostgreSQL,
// with a table prefix. MemberKeyResolver directly, then segmentor-cli end to end.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "members/memberkeyresolver.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

const QString kPrefix = QStringLiteral("mg_");

SegmentDefinition definition(const QString &code, const QString &extra = {})
{
    const QByteArray json =
        QStringLiteral(
            R"({"segmentor":1,"code":"%1","name":"%1"%2,"conditions":{"type":"combine","conditions":[)"
            R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})")
            .arg(code, extra.isEmpty() ? QString() : QStringLiteral(",") + extra)
            .toUtf8();
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : SegmentDefinition{};
}

// The store as a --database URL; the password goes through SEGMENTOR_PASSWORD.
QString urlOf(const ConnectionSettings &s)
{
    if (s.dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:%1?prefix=%2").arg(s.path, s.tablePrefix);
    return QStringLiteral("%1://%2@%3:%4/%5?prefix=%6")
        .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"),
             s.user, s.host)
        .arg(s.port)
        .arg(s.database, s.tablePrefix);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class MemberKeys : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString test =
            QString::fromStdString(::testing::UnitTest::GetInstance()->current_test_info()->name())
                .section(QLatin1Char('/'), 0, 0);
        m_connection =
            freshStore(GetParam(), QStringLiteral("keys_%1").arg(test.toLower()), kPrefix, why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        FixtureStore f(*m_connection, kPrefix);
        f.installBase(); // websites 1 "base" (store 1) and 2 "eu" (store 2)
        f.customer(1, {{"email", "Jane.Doe@Shop.com"}});
        // One e-mail, two websites (Magento allows one account per website).
        f.customer(2, {{"email", "twin@shop.com"}});
        f.customer(3, {{"email", "TWIN@shop.com"}, {"website_id", 2}, {"store_id", 2}});
        // Registered on website 2 only; a guest on website 1.
        f.customer(4, {{"email", "eu.only@shop.com"}, {"website_id", 2}, {"store_id", 2}});
        f.customer(5, {{"email", "plain@shop.com"}});
        for (int id = 1; id <= 5; ++id)
            f.order(id, id, {{"store_id", id == 3 || id == 4 ? 2 : 1}});
        f.order(10, QVariant(), {{"customer_email", "Walk.In@Example.org"}});
        f.order(11, QVariant(), {{"customer_email", "EU.Only@shop.com"}});
        // A guest order with Jane's e-mail on her website belongs to nobody (it makes no guest).
        f.order(12, QVariant(), {{"customer_email", "jane.doe@shop.com"}});
        ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, kPrefix).ok());
        m_schema = f.schema();
        m_repository = std::make_unique<SegmentRepository>(*m_connection, kPrefix);
        ASSERT_TRUE(
            m_repository
                ->save(definition(QStringLiteral("buyers"), QStringLiteral(R"("apply_to":"all")")))
                .ok());
        ASSERT_TRUE(m_repository
                        ->save(definition(QStringLiteral("eu-buyers"),
                                          QStringLiteral(R"("apply_to":"all","websites":[2])")))
                        .ok());
        ASSERT_TRUE(m_repository
                        ->save(definition(QStringLiteral("base-buyers"),
                                          QStringLiteral(R"("apply_to":"all","websites":[1])")))
                        .ok());
        ASSERT_TRUE(m_repository
                        ->save(definition(QStringLiteral("guest-buyers"),
                                          QStringLiteral(R"("apply_to":"guests")")))
                        .ok());
        ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    }

    Result<RefreshResult> refresh(const QString &code)
    {
        Refresher refresher(*m_connection, *m_schema, *m_repository);
        return refresher.refresh(code, RefreshOptions{});
    }

    ResolvedMemberKey resolve(const QString &typed,
                              const QString &segment = QStringLiteral("buyers"))
    {
        Result<std::optional<SegmentRecord>> record = m_repository->find(segment);
        EXPECT_TRUE(record.ok() && record->has_value());
        const MemberKeyResolver resolver(*m_connection, *m_schema);
        Result<ResolvedMemberKey> r = resolver.resolve(typed, (*record)->definition);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? *r : ResolvedMemberKey{};
    }

    CliRun cli(const QStringList &arguments)
    {
        ConnectionSettings s = m_connection->settings();
        s.tablePrefix = kPrefix;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEGMENTOR_DATABASE"), urlOf(s));
        env.insert(QStringLiteral("SEGMENTOR_PASSWORD"), s.password);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // "exclude:1", "include:walk.in@example.org", ... sorted.
    QStringList overrides(const QString &segment)
    {
        QStringList out;
        Result<QList<OverrideEntry>> all = m_repository->overrides(segment);
        EXPECT_TRUE(all.ok());
        if (all.ok())
            for (const OverrideEntry &e : *all)
                out << (e.kind == OverrideKind::Exclude ? QStringLiteral("exclude:")
                                                        : QStringLiteral("include:")) +
                           e.key.toString();
        out.sort();
        return out;
    }

    QStringList members(const QString &segment)
    {
        QStringList out;
        const Result<QList<MemberRow>> rows =
            m_repository->members(segment); // kept: *temporary dangles
        EXPECT_TRUE(rows.ok());
        if (rows.ok())
            for (const MemberRow &m : *rows)
                out << m.key.toString();
        out.sort();
        return out;
    }

    std::unique_ptr<StoreConnection> m_connection;
    std::optional<StoreSchema> m_schema;
    std::unique_ptr<SegmentRepository> m_repository;
};

// ---- MemberKeyResolver --------------------------------------------------------------------

TEST_P(MemberKeys, AnEmailOfARegisteredCustomerNamesTheCustomerWhateverItsCaseAndSpaces)
{
    for (const QString &typed :
         {QStringLiteral("jane.doe@shop.com"), QStringLiteral("  JANE.DOE@shop.COM \t")}) {
        const ResolvedMemberKey r = resolve(typed);
        ASSERT_TRUE(r.resolved()) << typed.toStdString() << ": " << r.message.toStdString();
        EXPECT_EQ(*r.key, MemberKey::registered(1)) << typed.toStdString();
    }
}

TEST_P(MemberKeys, AnEmailOfGuestOrdersOnlyNamesTheGuest)
{
    const ResolvedMemberKey r = resolve(QStringLiteral(" Walk.In@EXAMPLE.org "));
    ASSERT_TRUE(r.resolved()) << r.message.toStdString();
    EXPECT_EQ(*r.key, MemberKey::guest(QStringLiteral("walk.in@example.org")));
}

TEST_P(MemberKeys, AnEmailOfNobodyIsRefusedSayingSo)
{
    const ResolvedMemberKey r = resolve(QStringLiteral("Nobody@Nowhere.com"));
    EXPECT_FALSE(r.resolved());
    EXPECT_EQ(r.refusal, MemberKeyRefusal::NotFound);
    EXPECT_EQ(r.message,
              QStringLiteral("Nobody@Nowhere.com is neither a customer nor a guest of this store"));
    const ResolvedMemberKey id = resolve(QStringLiteral("999"));
    EXPECT_EQ(id.refusal, MemberKeyRefusal::NotFound);
    EXPECT_EQ(id.message, QStringLiteral("no customer with id 999 in this store"));
    EXPECT_EQ(resolve(QStringLiteral("  ")).refusal, MemberKeyRefusal::Invalid);
    const ResolvedMemberKey five = resolve(QStringLiteral(" 5 "));
    ASSERT_TRUE(five.resolved());
    EXPECT_EQ(*five.key, MemberKey::registered(5));
}

TEST_P(MemberKeys, AnEmailOfSeveralCustomersIsRefusedNamingThemUnlessTheWebsiteScopeDecides)
{
    const ResolvedMemberKey r = resolve(QStringLiteral("Twin@Shop.com"));
    EXPECT_FALSE(r.resolved());
    EXPECT_EQ(r.refusal, MemberKeyRefusal::Ambiguous);
    EXPECT_EQ(r.message,
              QStringLiteral(
                  "Twin@Shop.com is the e-mail of several customers: customer 2 (website base), "
                  "customer 3 (website eu); give the customer id instead"));
    ASSERT_EQ(r.owners.size(), 2);
    EXPECT_EQ(r.owners[1].customerId, 3);
    EXPECT_EQ(r.owners[1].websiteCode, QStringLiteral("eu"));

    const ResolvedMemberKey eu =
        resolve(QStringLiteral("Twin@Shop.com"), QStringLiteral("eu-buyers"));
    ASSERT_TRUE(eu.resolved()) << eu.message.toStdString();
    EXPECT_EQ(*eu.key, MemberKey::registered(3));
    const ResolvedMemberKey base =
        resolve(QStringLiteral("twin@shop.com"), QStringLiteral("base-buyers"));
    ASSERT_TRUE(base.resolved()) << base.message.toStdString();
    EXPECT_EQ(*base.key, MemberKey::registered(2));
}

TEST_P(MemberKeys, TheSegmentsWebsitesDecideBetweenACustomerAndAGuest)
{
    // eu.only@ has an account on website 2 and guest orders on website 1.
    EXPECT_EQ(resolve(QStringLiteral("eu.only@shop.com")).key, MemberKey::registered(4));
    EXPECT_EQ(resolve(QStringLiteral("eu.only@shop.com"), QStringLiteral("eu-buyers")).key,
              MemberKey::registered(4));
    EXPECT_EQ(resolve(QStringLiteral("EU.only@shop.com"), QStringLiteral("base-buyers")).key,
              MemberKey::guest(QStringLiteral("eu.only@shop.com")));
    EXPECT_EQ(resolve(QStringLiteral("eu.only@shop.com"), QStringLiteral("guest-buyers")).key,
              MemberKey::guest(QStringLiteral("eu.only@shop.com")));
    // Jane's own guest order makes no guest: on website 1 she is the customer, on website 2 nobody.
    EXPECT_EQ(resolve(QStringLiteral("jane.doe@shop.com"), QStringLiteral("guest-buyers")).key,
              MemberKey::registered(1));
    const ResolvedMemberKey outside =
        resolve(QStringLiteral("jane.doe@shop.com"), QStringLiteral("eu-buyers"));
    EXPECT_EQ(outside.refusal, MemberKeyRefusal::NotFound);
    EXPECT_EQ(
        outside.message,
        QStringLiteral(
            "jane.doe@shop.com is neither a customer nor a guest on the segment's websites (eu); "
            "it is the e-mail of customer 1 (website base)"));
    // A guest of website 1 only is nobody on website 2.
    EXPECT_EQ(resolve(QStringLiteral("walk.in@example.org"), QStringLiteral("eu-buyers")).refusal,
              MemberKeyRefusal::NotFound);
}

// ---- segmentor-cli exclude / include / reset ---------------------------------------------

TEST_P(MemberKeys, CliExcludesTheRegisteredCustomerAnEmailNamesAndTheRefreshHonoursIt)
{
    ASSERT_EQ(members(QStringLiteral("buyers")),
              QStringList({"1", "2", "3", "4", "5", "eu.only@shop.com", "walk.in@example.org"}));
    const CliRun r = cli({QStringLiteral("exclude"), QStringLiteral("buyers"),
                          QStringLiteral(" JANE.DOE@shop.COM "), QStringLiteral("--reason"),
                          QStringLiteral("asked not to be contacted")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(overrides(QStringLiteral("buyers")), QStringList({"exclude:1"}));
    ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    EXPECT_EQ(members(QStringLiteral("buyers")),
              QStringList({"2", "3", "4", "5", "eu.only@shop.com", "walk.in@example.org"}));

    // A guest's e-mail excludes the guest.
    ASSERT_EQ(cli({QStringLiteral("exclude"), QStringLiteral("buyers"),
                   QStringLiteral("Walk.In@Example.org")})
                  .exitCode,
              0);
    ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    EXPECT_EQ(members(QStringLiteral("buyers")),
              QStringList({"2", "3", "4", "5", "eu.only@shop.com"}));

    // Reset by e-mail undoes it; the conditions decide again.
    ASSERT_EQ(cli({QStringLiteral("reset"), QStringLiteral("buyers"),
                   QStringLiteral("jane.doe@SHOP.com"), QStringLiteral("walk.in@example.org")})
                  .exitCode,
              0);
    EXPECT_TRUE(overrides(QStringLiteral("buyers")).isEmpty());
    ASSERT_TRUE(refresh(QStringLiteral("buyers")).ok());
    EXPECT_EQ(members(QStringLiteral("buyers")),
              QStringList({"1", "2", "3", "4", "5", "eu.only@shop.com", "walk.in@example.org"}));
}

TEST_P(MemberKeys, CliRefusesAnEmailOfNobodyWithExitTwoAndStoresNothing)
{
    const CliRun r = cli({QStringLiteral("exclude"), QStringLiteral("buyers"), QStringLiteral("5"),
                          QStringLiteral("nobody@nowhere.com")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral(
        "error: buyers: nobody@nowhere.com is neither a customer nor a guest of this store")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was changed"))) << r.err.toStdString();
    EXPECT_TRUE(overrides(QStringLiteral("buyers")).isEmpty()); // not even customer 5

    const CliRun id =
        cli({QStringLiteral("include"), QStringLiteral("buyers"), QStringLiteral("999")});
    EXPECT_EQ(id.exitCode, 2);
    EXPECT_TRUE(id.err.contains(QStringLiteral("no customer with id 999 in this store")))
        << id.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("reset"), QStringLiteral("buyers"),
                   QStringLiteral("nobody@nowhere.com")})
                  .exitCode,
              2);
    EXPECT_TRUE(overrides(QStringLiteral("buyers")).isEmpty());
    // History records no override either.
    const Result<QList<HistoryEntry>> history = m_repository->history(QStringLiteral("buyers"));
    ASSERT_TRUE(history.ok());
    for (const HistoryEntry &e : *history)
        EXPECT_NE(e.event, QStringLiteral("member_excluded"));
}

TEST_P(MemberKeys, CliNamesTheCustomersThatShareAnEmail)
{
    const CliRun r =
        cli({QStringLiteral("exclude"), QStringLiteral("buyers"), QStringLiteral("twin@shop.com")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("customer 2 (website base), customer 3 (website eu)")))
        << r.err.toStdString();
    EXPECT_TRUE(overrides(QStringLiteral("buyers")).isEmpty());
    // Where the segment's websites leave one, that one.
    const CliRun eu = cli(
        {QStringLiteral("exclude"), QStringLiteral("eu-buyers"), QStringLiteral("TWIN@shop.com")});
    ASSERT_EQ(eu.exitCode, 0) << eu.err.toStdString();
    EXPECT_EQ(overrides(QStringLiteral("eu-buyers")), QStringList({"exclude:3"}));
}

TEST_P(MemberKeys, CliResetUndoesAGuestKeyAnEarlierVersionStoredForACustomersEmail)
{
    // What `exclude buyers jane.doe@shop.com` used to store: a guest key that excluded nobody.
    ASSERT_TRUE(m_repository
                    ->setOverride(QStringLiteral("buyers"),
                                  {MemberKey::guest(QStringLiteral("jane.doe@shop.com"))},
                                  OverrideKind::Exclude)
                    .ok());
    ASSERT_TRUE(m_repository
                    ->setOverride(QStringLiteral("buyers"),
                                  {MemberKey::guest(QStringLiteral("gone@nowhere.com"))},
                                  OverrideKind::Include)
                    .ok());
    ASSERT_EQ(cli({QStringLiteral("exclude"), QStringLiteral("buyers"),
                   QStringLiteral("Jane.Doe@Shop.com")})
                  .exitCode,
              0);
    EXPECT_EQ(overrides(QStringLiteral("buyers")),
              QStringList({"exclude:1", "exclude:jane.doe@shop.com", "include:gone@nowhere.com"}));
    const CliRun r = cli({QStringLiteral("reset"), QStringLiteral("buyers"),
                          QStringLiteral("jane.doe@shop.com"), QStringLiteral("Gone@Nowhere.com")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(overrides(QStringLiteral("buyers")).isEmpty());
}

TEST_P(MemberKeys, CliExplainsTheCustomerAnEmailNames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("buyers.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(DefinitionCodec::toJson(definition(QStringLiteral("buyers"))));
    file.close();
    const CliRun jane = cli({QStringLiteral("evaluate"), path, QStringLiteral("--explain"),
                             QStringLiteral("JANE.DOE@shop.com")});
    ASSERT_EQ(jane.exitCode, 0) << jane.err.toStdString();
    EXPECT_TRUE(jane.out.contains(QStringLiteral("1 is IN"))) << jane.out.toStdString();
    const CliRun twins = cli({QStringLiteral("evaluate"), path, QStringLiteral("--explain"),
                              QStringLiteral("twin@shop.com")});
    EXPECT_EQ(twins.exitCode, 2);
    EXPECT_TRUE(twins.out.isEmpty());
    EXPECT_TRUE(
        twins.err.contains(QStringLiteral("customer 2 (website base), customer 3 (website eu)")))
        << twins.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, MemberKeys, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace
