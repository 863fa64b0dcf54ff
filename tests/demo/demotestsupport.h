#pragma once
// Shared by the demo generator tests: a store made in a temporary SQLite file, the generator's
// options for the tests (anchored on 2026-11-01), and checksums of whole tables.
#include "demo/demostoregenerator.h"
#include "store/schemainstaller.h"
#include "store/storeconnection.h"
#include "testdatabases.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

namespace demotest {

using namespace seg;

inline constexpr int kCustomers = 300;
inline const QString kAnchor = QStringLiteral("2026-11-01 00:00:00");

struct Store
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<StoreConnection> connection;
    QString prefix;
};

inline Store makeStore(const QString &prefix, const DemoOptions &options, Status *result = nullptr,
                       const std::function<bool(int)> &progress = {})
{
    Store store;
    store.dir = std::make_unique<QTemporaryDir>();
    store.prefix = prefix;
    ConnectionSettings settings;
    settings.dialect = Dialect::Sqlite;
    settings.path = store.dir->filePath(QStringLiteral("demo.db"));
    auto connection = StoreConnection::open(settings, StoreConnection::Missing::Create);
    EXPECT_TRUE(connection.ok()) << connection.error().message.toStdString();
    if (!connection) return store;
    store.connection = std::move(connection).value();
    const Status installed = SchemaInstaller::install(*store.connection, prefix);
    EXPECT_TRUE(installed.ok()) << installed.error().message.toStdString();
    DemoStoreGenerator generator(options);
    const Status st = generator.generate(*store.connection, prefix, progress);
    if (result)
        *result = st;
    else
        EXPECT_TRUE(st.ok()) << st.error().message.toStdString();
    return store;
}

inline DemoOptions options(int customers = kCustomers, quint64 seed = 42)
{
    DemoOptions o;
    o.anchor = QDate(2026, 11, 1); // kAnchor: the figures below are pinned to it
    o.customers = customers;
    o.seed = seed;
    return o;
}

// Runs a query whose "{p}" placeholders are the table prefix and returns the first column of the
// first row as a number.
inline double scalar(const StoreConnection &connection, const QString &prefix, QString sql)
{
    sql.replace(QStringLiteral("{p}"), prefix);
    QSqlQuery q(connection.database());
    if (!q.exec(sql)) {
        ADD_FAILURE() << "query failed: " << q.lastError().text().toStdString() << "\n"
                      << sql.toStdString();
        return -1;
    }
    if (!q.next()) return 0;
    return q.value(0).toDouble();
}

// A digest of every row of a table, ordered by its first column(s).
inline QByteArray checksum(const StoreConnection &connection, const QString &table,
                           const QString &orderBy)
{
    QSqlQuery q(connection.database());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderBy)))
        << q.lastError().text().toStdString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            const QVariant v = q.value(i);
            hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
            hash.addData(QByteArrayLiteral("\x1f"));
        }
        hash.addData(QByteArrayLiteral("\x1e"));
    }
    EXPECT_GT(rows, 0) << table.toStdString();
    return hash.result().toHex();
}

} // namespace demotest
