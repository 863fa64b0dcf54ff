// StoreProbe against real stores: SQLite files and the MariaDB and PostgreSQL test servers,
// with the failures a marketer meets (wrong port, wrong password, empty database, wrong prefix).
#include "fixturestore.h"
#include "testdatabases.h"

#include "store/schemainstaller.h"
#include "store/storeprobe.h"

#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segtest;
using seg::ProbeResult;
using V = seg::ProbeResult::Verdict;

namespace {

std::string verdictName(V v)
{
    switch (v) {
    case V::Ok:
        return "Ok";
    case V::FileMissing:
        return "FileMissing";
    case V::DriverMissing:
        return "DriverMissing";
    case V::HostUnreachable:
        return "HostUnreachable";
    case V::LoginRefused:
        return "LoginRefused";
    case V::DatabaseMissing:
        return "DatabaseMissing";
    case V::NotMagento:
        return "NotMagento";
    case V::MissingTables:
        return "MissingTables";
    case V::Failed:
        return "Failed";
    }
    return "?";
}

#define EXPECT_VERDICT(result, expected)                                                           \
    EXPECT_EQ(verdictName((result).verdict), verdictName(expected)) << (result).detail.toStdString()

// A port on which nothing listens: bound once by the OS, then released.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}

seg::ConnectionSettings installedStore(Backend backend, const QString &name, const QString &prefix,
                                       std::string &why, bool &ok)
{
    std::optional<seg::ConnectionSettings> settings = freshDatabase(backend, name, why);
    ok = false;
    if (!settings) return {};
    auto connection = seg::StoreConnection::open(*settings, seg::StoreConnection::Missing::Create);
    if (!connection) {
        why = connection.error().message.toStdString();
        return {};
    }
    if (auto st = seg::SchemaInstaller::install(**connection, prefix); !st) {
        why = st.error().message.toStdString();
        return {};
    }
    ok = true;
    return *settings;
}

class Probe : public ::testing::TestWithParam<Backend>
{
};

// Host, port, user and database: the server backends only.
class ServerProbe : public ::testing::TestWithParam<Backend>
{
};

} // namespace

TEST(StoreProbeSqlite, MissingFileIsReportedAndNotCreated)
{
    QTemporaryDir dir;
    seg::ConnectionSettings s;
    s.path = dir.filePath(QStringLiteral("nowhere.db"));
    const ProbeResult r = seg::StoreProbe::probe(s);
    EXPECT_VERDICT(r, V::FileMissing);
    EXPECT_FALSE(QFile::exists(s.path));
}

TEST(StoreProbeSqlite, AFileThatIsNotAStoreIsNotMagento)
{
    QTemporaryDir dir;
    seg::ConnectionSettings s;
    s.path = dir.filePath(QStringLiteral("other.db"));
    {
        auto c = seg::StoreConnection::open(s, seg::StoreConnection::Missing::Create);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE((*c)->exec(QStringLiteral("CREATE TABLE notes (id INTEGER)")).ok());
    }
    EXPECT_VERDICT(seg::StoreProbe::probe(s), V::NotMagento);
}

TEST(StoreProbeSqlite, ADroppedTableIsNamed)
{
    std::string why;
    bool ok = false;
    const seg::ConnectionSettings s =
        installedStore(Backend::Sqlite, QStringLiteral("probe_missing"), QString(), why, ok);
    ASSERT_TRUE(ok) << why;
    {
        auto c = seg::StoreConnection::open(s);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE((*c)->exec(QStringLiteral("DROP TABLE wishlist_item")).ok());
    }
    const ProbeResult r = seg::StoreProbe::probe(s);
    EXPECT_VERDICT(r, V::MissingTables);
    EXPECT_EQ(r.missingTables, QStringList{QStringLiteral("wishlist_item")});
}

TEST_P(Probe, ACompleteStoreIsOkAndCountsItsCustomers)
{
    std::string why;
    std::unique_ptr<seg::StoreConnection> store =
        freshStore(GetParam(), QStringLiteral("probe_ok"), QStringLiteral("mg_"), why);
    SEGTEST_REQUIRE_STORE(store, why);
    FixtureStore fixture(*store, QStringLiteral("mg_"));
    fixture.installBase();
    fixture.customer(1);
    fixture.customer(2);
    seg::ConnectionSettings s = store->settings();
    s.tablePrefix = QStringLiteral("mg_");
    const ProbeResult r = seg::StoreProbe::probe(s);
    EXPECT_VERDICT(r, V::Ok);
    EXPECT_EQ(r.customers, 2);
    if (GetParam() != Backend::Sqlite) EXPECT_FALSE(r.serverVersion.isEmpty());
    // The same store read without its prefix: not a Magento schema.
    s.tablePrefix.clear();
    EXPECT_VERDICT(seg::StoreProbe::probe(s), V::NotMagento);
}

TEST_P(Probe, AnEmptyDatabaseIsNotMagento)
{
    std::string why;
    const std::optional<seg::ConnectionSettings> s =
        freshDatabase(GetParam(), QStringLiteral("probe_empty"), why);
    SEGTEST_REQUIRE_STORE(s, why);
    if (GetParam() == Backend::Sqlite) { // an empty SQLite file
        QFile f(s->path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    EXPECT_VERDICT(seg::StoreProbe::probe(*s), V::NotMagento);
}

TEST_P(ServerProbe, AWrongPortIsHostUnreachable)
{
    std::string why;
    std::optional<seg::ConnectionSettings> s =
        freshDatabase(GetParam(), QStringLiteral("probe_port"), why);
    SEGTEST_REQUIRE_STORE(s, why);
    s->port = closedPort();
    const ProbeResult r = seg::StoreProbe::probe(*s);
    EXPECT_VERDICT(r, V::HostUnreachable);
}

TEST_P(ServerProbe, AnUnknownHostIsHostUnreachable)
{
    std::string why;
    std::optional<seg::ConnectionSettings> s =
        freshDatabase(GetParam(), QStringLiteral("probe_host"), why);
    SEGTEST_REQUIRE_STORE(s, why);
    s->host = QStringLiteral("no-such-host.invalid");
    EXPECT_VERDICT(seg::StoreProbe::probe(*s), V::HostUnreachable);
}

TEST_P(ServerProbe, AWrongPasswordIsLoginRefused)
{
    std::string why;
    std::optional<seg::ConnectionSettings> s =
        freshDatabase(GetParam(), QStringLiteral("probe_password"), why);
    SEGTEST_REQUIRE_STORE(s, why);
    s->password = QStringLiteral("certainly-not-the-password");
    EXPECT_VERDICT(seg::StoreProbe::probe(*s), V::LoginRefused);
}

TEST_P(ServerProbe, AnUnknownDatabaseIsDatabaseMissing)
{
    std::string why;
    std::optional<seg::ConnectionSettings> s =
        freshDatabase(GetParam(), QStringLiteral("probe_nodb"), why);
    SEGTEST_REQUIRE_STORE(s, why);
    s->database = QStringLiteral("segtest_no_such_database");
    EXPECT_VERDICT(seg::StoreProbe::probe(*s), V::DatabaseMissing);
}

INSTANTIATE_TEST_SUITE_P(Backends, Probe, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });
INSTANTIATE_TEST_SUITE_P(Servers, ServerProbe,
                         ::testing::Values(Backend::MySql, Backend::PostgreSql),
                         [](const auto &info) { return backendName(info.param); });

struct Classified
{
    seg::Dialect dialect;
    const char *code;
    const char *message;
    V expected;
};

class Classify : public ::testing::TestWithParam<Classified>
{
};

TEST_P(Classify, DriverWordsBecomeVerdicts)
{
    const Classified &c = GetParam();
    EXPECT_EQ(verdictName(seg::StoreProbe::classifyOpenFailure(
                  c.dialect, QString::fromLatin1(c.code), QString::fromLatin1(c.message))),
              verdictName(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Messages, Classify,
    ::testing::Values(
        Classified{seg::Dialect::MySql, "2003",
                   "Can't connect to MySQL server on '127.0.0.1' (111)", V::HostUnreachable},
        Classified{seg::Dialect::MySql, "2005", "Unknown MySQL server host 'x.invalid'",
                   V::HostUnreachable},
        Classified{seg::Dialect::MySql, "1045",
                   "Access denied for user 'a'@'localhost' (using password: YES)", V::LoginRefused},
        Classified{seg::Dialect::MySql, "1049", "Unknown database 'nope'", V::DatabaseMissing},
        Classified{seg::Dialect::PostgreSql, "",
                   "connection to server at \"127.0.0.1\", port 1 failed: Connection refused",
                   V::HostUnreachable},
        Classified{seg::Dialect::PostgreSql, "",
                   "FATAL:  password authentication failed for user \"segmentor\"",
                   V::LoginRefused},
        Classified{seg::Dialect::PostgreSql, "", "FATAL:  database \"nope\" does not exist",
                   V::DatabaseMissing},
        Classified{seg::Dialect::PostgreSql, "", "something else entirely", V::Failed}));
