#include "store/storeconnection.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace seg {

QString foldCase(const QString &text)
{
    return text.toLower();
}

namespace {

void sqliteFold(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    // ASCII fast path: most emails and codes never need Qt's Unicode tables.
    bool ascii = true;
    for (int i = 0; i < bytes; ++i)
        if (static_cast<unsigned char>(text[i]) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        QByteArray lowered(text, bytes);
        for (char &c : lowered)
            if (c >= 'A' && c <= 'Z') c = char(c + 32);
        sqlite3_result_text(context, lowered.constData(), int(lowered.size()), SQLITE_TRANSIENT);
        return;
    }
    const QByteArray folded = foldCase(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// md5(text): the lower-case hex MD5 of the text's UTF-8 bytes, as MySQL's MD5() and
// PostgreSQL's md5() (the random sample condition).
void sqliteMd5(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray hex =
        QCryptographicHash::hash(QByteArrayView(text, bytes), QCryptographicHash::Md5).toHex();
    sqlite3_result_text(context, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("segmentor-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Status registerSqliteFunctions(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{{},
                     QStringLiteral("no SQLite handle to register seg_fold() on"),
                     ErrorCode::Connection};
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    const int rc =
        sqlite3_create_function_v2(sqlite, "seg_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, &sqliteFold, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Error{{},
                     QStringLiteral("could not register seg_fold(): %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                     ErrorCode::Connection};
    if (const int md5 =
            sqlite3_create_function_v2(sqlite, "md5", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                       nullptr, &sqliteMd5, nullptr, nullptr, nullptr);
        md5 != SQLITE_OK)
        return Error{{},
                     QStringLiteral("could not register md5(): %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(md5))),
                     ErrorCode::Connection};
    return success();
}

StoreConnection::StoreConnection(ConnectionSettings settings, QString name)
    : m_settings(std::move(settings)), m_name(std::move(name))
{
}

StoreConnection::~StoreConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Status StoreConnection::exec(const QString &sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql)) return Error{{}, q.lastError().text(), ErrorCode::Connection};
    return success();
}

Result<std::unique_ptr<StoreConnection>> StoreConnection::open(const ConnectionSettings &settings,
                                                               Missing missing)
{
    if (settings.dialect == Dialect::Sqlite && missing == Missing::Fail &&
        !QFileInfo::exists(settings.path))
        return Error{
            {},
            QStringLiteral("no SQLite store at %1 (create one with: segmentor-cli demo --out %1)")
                .arg(settings.path),
            ErrorCode::NotFound};
    const QString name = nextConnectionName();
    QString driver;
    switch (settings.dialect) {
    case Dialect::Sqlite:
        driver = QStringLiteral("QSQLITE");
        break;
    case Dialect::MySql:
        driver = QStringLiteral("QMYSQL");
        break;
    case Dialect::PostgreSql:
        driver = QStringLiteral("QPSQL");
        break;
    }
    std::unique_ptr<StoreConnection> connection(new StoreConnection(settings, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (!db.isValid())
            return Error{{},
                         QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver),
                         ErrorCode::Connection};
        if (settings.dialect == Dialect::Sqlite) {
            db.setDatabaseName(settings.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db.setHostName(settings.host);
            db.setPort(settings.port);
            db.setDatabaseName(settings.database);
            db.setUserName(settings.user);
            db.setPassword(settings.password);
            if (settings.dialect == Dialect::MySql)
                db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
            else
                db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open())
            return Error{{},
                         QStringLiteral("cannot connect to %1: %2")
                             .arg(settings.toDisplayUrl(), db.lastError().text().trimmed()),
                         ErrorCode::Connection};
        // Decimals as doubles everywhere; the MySQL driver would hand back strings otherwise.
        db.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    }
    QStringList setup;
    switch (settings.dialect) {
    case Dialect::Sqlite:
        if (auto st = registerSqliteFunctions(connection->database()); !st) return st.error();
        break;
    case Dialect::MySql:
        setup << QStringLiteral("SET NAMES utf8mb4") << QStringLiteral("SET time_zone = '+00:00'");
        break;
    case Dialect::PostgreSql:
        setup << QStringLiteral("SET client_encoding = 'UTF8'")
              << QStringLiteral("SET TIME ZONE 'UTC'");
        break;
    }
    for (const QString &sql : setup)
        if (auto st = connection->exec(sql); !st)
            return Error{
                {},
                QStringLiteral("cannot set up the session (%1): %2").arg(sql, st.error().message),
                ErrorCode::Connection};
    return connection;
}

} // namespace seg
