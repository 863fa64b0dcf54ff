#include "testdatabases.h"

#include "store/schemainstaller.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace segtest {

std::string backendName(Backend backend)
{
    switch (backend) {
    case Backend::Sqlite:
        return "SQLite";
    case Backend::MySql:
        return "MariaDB";
    case Backend::PostgreSql:
        return "PostgreSQL";
    }
    return {};
}

const std::vector<Backend> &allBackends()
{
    static const std::vector<Backend> all = {Backend::Sqlite, Backend::MySql, Backend::PostgreSql};
    return all;
}

namespace {
std::vector<std::function<void()>> &cleanups()
{
    static std::vector<std::function<void()>> all;
    return all;
}
} // namespace

void atTestsEnd(std::function<void()> cleanup)
{
    cleanups().push_back(std::move(cleanup));
}

void runTestsEndCleanups()
{
    for (auto &cleanup : cleanups())
        cleanup();
    cleanups().clear();
}

bool serversRequired()
{
    return qgetenv("SEGMENTOR_REQUIRE_SERVERS") == "1";
}

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

bool runAdmin(const seg::ConnectionSettings &server, const QStringList &statements,
              std::string &why)
{
    auto connection = seg::StoreConnection::open(server);
    if (!connection) {
        why = connection.error().message.toStdString();
        return false;
    }
    for (const QString &sql : statements)
        if (auto st = (*connection)->exec(sql); !st) {
            why = st.error().message.toStdString();
            return false;
        }
    return true;
}

} // namespace

std::optional<seg::ConnectionSettings> freshDatabase(Backend backend, const QString &name,
                                                     std::string &why, const QString &pgLocale)
{
    if (backend == Backend::Sqlite) {
        seg::ConnectionSettings s;
        s.dialect = seg::Dialect::Sqlite;
        s.path = scratch().filePath(name + QStringLiteral(".db"));
        QFile::remove(s.path);
        return s;
    }
    const char *variable =
        backend == Backend::MySql ? "SEGMENTOR_TEST_MYSQL" : "SEGMENTOR_TEST_PGSQL";
    const QString url = qEnvironmentVariable(variable);
    if (url.isEmpty()) {
        why = std::string(variable) + " is not set: start the servers with scripts/test-servers.sh";
        return std::nullopt;
    }
    auto server = seg::ConnectionSettings::fromUrl(url);
    if (!server) {
        why = server.error().message.toStdString();
        return std::nullopt;
    }
    // One database per process and name: ctest -j runs test processes side by side.
    // Identifiers stop at 63 (PostgreSQL) or 64 (MySQL) characters: long names are shortened.
    QString stem = name.toLower();
    if (stem.size() > 32) stem = stem.left(24) + QString::number(qHash(stem), 16).left(8);
    const QString db =
        QStringLiteral("segtest_%1_%2").arg(stem).arg(QCoreApplication::applicationPid());
    if (backend == Backend::MySql) {
        seg::ConnectionSettings admin = *server;
        admin.database.clear();
        if (!runAdmin(admin,
                      {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db),
                       QStringLiteral(
                           "CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
                           .arg(db)},
                      why))
            return std::nullopt;
    } else {
        seg::ConnectionSettings admin = *server;
        admin.database = QStringLiteral("postgres");
        if (!runAdmin(
                admin,
                {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db),
                 QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0%2")
                     .arg(db,
                          pgLocale.isEmpty()
                              ? QString()
                              : QStringLiteral(" LC_CTYPE '%1' LC_COLLATE '%1'").arg(pgLocale))},
                why))
            return std::nullopt;
    }
    seg::ConnectionSettings s = *server;
    s.database = db;
    atTestsEnd([backend, server = *server, db] {
        seg::ConnectionSettings admin = server;
        admin.database = backend == Backend::MySql ? QString() : QStringLiteral("postgres");
        std::string ignored;
        runAdmin(admin, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db)}, ignored);
    });
    return s;
}

std::unique_ptr<seg::StoreConnection> freshStore(Backend backend, const QString &name,
                                                 const QString &prefix, std::string &why,
                                                 const QString &pgLocale)
{
    const std::optional<seg::ConnectionSettings> settings =
        freshDatabase(backend, name, why, pgLocale);
    if (!settings) return nullptr;
    auto connection = seg::StoreConnection::open(*settings, seg::StoreConnection::Missing::Create);
    if (!connection) {
        why = connection.error().message.toStdString();
        return nullptr;
    }
    if (auto st = seg::SchemaInstaller::install(**connection, prefix); !st) {
        why = st.error().message.toStdString();
        return nullptr;
    }
    return std::move(connection).value();
}

seg::Result<seg::ConnectionSettings> readOnlyUser(const seg::StoreConnection &admin,
                                                  Backend backend, const QString &name)
{
    const QString user = QStringLiteral("%1_%2").arg(name).arg(QCoreApplication::applicationPid());
    const seg::ConnectionSettings adminSettings = admin.settings();
    const QStringList statements =
        backend == Backend::MySql
            ? QStringList{QStringLiteral("DROP USER IF EXISTS '%1'@'127.0.0.1'").arg(user),
                          QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY 'ro'")
                              .arg(user),
                          QStringLiteral(
                              "GRANT SELECT, CREATE TEMPORARY TABLES ON %1.* TO '%2'@'127.0.0.1'")
                              .arg(adminSettings.database, user)}
            : QStringList{
                  QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'ro'").arg(user),
                  QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(user),
                  QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")};
    for (const QString &sql : statements)
        if (seg::Status st = admin.exec(sql); !st) return seg::Error{sql, st.error().message};
    atTestsEnd([backend, adminSettings, user] {
        auto c = seg::StoreConnection::open(adminSettings);
        if (c)
            (void)(*c)->exec(
                backend == Backend::MySql
                    ? QStringLiteral("DROP USER IF EXISTS '%1'@'127.0.0.1'").arg(user)
                    : QStringLiteral("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(user));
    });
    seg::ConnectionSettings readOnly = adminSettings;
    readOnly.user = user;
    readOnly.password = QStringLiteral("ro");
    return readOnly;
}

} // namespace segtest
