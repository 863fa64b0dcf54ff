#pragma once

#include "store/connectionsettings.h"
#include "store/storeconnection.h"

#include <QString>
#include <QStringList>

#include <ostream>

#include <functional>
#include <memory>
#include <optional>
#include <string>

// Readable gtest failure messages for Qt strings.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace segtest {

enum class Backend
{
    Sqlite,
    MySql,
    PostgreSql
};
std::string backendName(Backend backend);
const std::vector<Backend> &allBackends();

// A new, empty database named `name` on the backend. MariaDB and PostgreSQL come from
// SEGMENTOR_TEST_MYSQL / SEGMENTOR_TEST_PGSQL (set by scripts/test-servers.sh). Without them
// the result is empty and `why` says so; with SEGMENTOR_REQUIRE_SERVERS=1 (CI) the caller fails.
// pgLocale: the LC_CTYPE/LC_COLLATE of a PostgreSQL database (default: the cluster's).
std::optional<seg::ConnectionSettings>
freshDatabase(Backend backend, const QString &name, std::string &why, const QString &pgLocale = {});
bool serversRequired();

// Runs `cleanup` after the last test, while the QCoreApplication still exists (connections
// cached in statics must close before Qt's SQL plugins unload).
void atTestsEnd(std::function<void()> cleanup);
void runTestsEndCleanups();

// Opens a fresh database and installs the Magento schema with `prefix`.
std::unique_ptr<seg::StoreConnection> freshStore(Backend backend, const QString &name,
                                                 const QString &prefix, std::string &why,
                                                 const QString &pgLocale = {});

// A login on the MySQL or PostgreSQL store that may only read (SELECT and temporary tables,
// which read-only roles usually keep), dropped after the last test: the workspace mode's
// user. Returns the admin's settings with that user and its password.
seg::Result<seg::ConnectionSettings> readOnlyUser(const seg::StoreConnection &admin,
                                                  Backend backend, const QString &name);

} // namespace segtest

// Skips (or, in CI, fails) a test when a server backend is not available.
#define SEGTEST_REQUIRE_STORE(store, why)                                                          \
    do {                                                                                           \
        if (!(store)) {                                                                            \
            if (segtest::serversRequired()) FAIL() << why;                                         \
            GTEST_SKIP() << why;                                                                   \
        }                                                                                          \
    } while (false)
