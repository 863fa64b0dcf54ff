#include "store/storeprobe.h"

#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace seg {

namespace {

QString probeConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("segmentor-probe-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive)) return true;
    return false;
}

} // namespace

ProbeResult::Verdict StoreProbe::classifyOpenFailure(Dialect dialect, const QString &nativeCode,
                                                     const QString &message)
{
    using V = ProbeResult::Verdict;
    if (dialect == Dialect::MySql) {
        // Client errors 2002/2003 (cannot connect), 2005 (unknown host), 2013 (lost while
        // connecting); server errors 1045 (access denied), 1044 (denied to the database),
        // 1049 (unknown database).
        const int code = nativeCode.toInt();
        if (code == 2002 || code == 2003 || code == 2005 || code == 2013) return V::HostUnreachable;
        if (code == 1045 || code == 1044 || code == 1698) return V::LoginRefused;
        if (code == 1049) return V::DatabaseMissing;
    }
    // PostgreSQL reports connection failures with libpq's text only (no SQLSTATE).
    if (containsAny(message, {"password authentication failed", "no password supplied",
                              "authentication failed", "access denied", "pg_hba.conf", "role \"",
                              "peer authentication"}))
        return V::LoginRefused;
    if (containsAny(message, {"does not exist", "unknown database"})) return V::DatabaseMissing;
    if (containsAny(message,
                    {"connection refused", "could not connect", "can't connect", "timeout expired",
                     "timed out", "could not translate host name", "unknown mysql server host",
                     "no route to host", "network is unreachable", "name or service not known",
                     "lost connection"}))
        return V::HostUnreachable;
    return V::Failed;
}

ProbeResult StoreProbe::probe(const ConnectionSettings &settings)
{
    using V = ProbeResult::Verdict;
    ProbeResult result;
    if (settings.dialect == Dialect::Sqlite) {
        const QFileInfo file(settings.path);
        if (settings.path.isEmpty() || !file.exists() || !file.isFile()) {
            result.verdict = V::FileMissing;
            result.detail = settings.path;
            return result;
        }
    }
    const QString name = probeConnectionName();
    {
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
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (!db.isValid()) {
            result.verdict = V::DriverMissing;
            result.detail = driver;
        } else {
            if (settings.dialect == Dialect::Sqlite) {
                db.setDatabaseName(settings.path);
                db.setConnectOptions(
                    QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            } else {
                db.setHostName(settings.host);
                db.setPort(settings.port);
                db.setDatabaseName(settings.database);
                db.setUserName(settings.user);
                db.setPassword(settings.password);
                db.setConnectOptions(settings.dialect == Dialect::MySql
                                         ? QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5")
                                         : QStringLiteral("connect_timeout=5"));
            }
            if (!db.open()) {
                const QSqlError error = db.lastError();
                result.detail = error.text().trimmed();
                result.verdict =
                    classifyOpenFailure(settings.dialect, error.nativeErrorCode(), result.detail);
            } else {
                const QStringList present = db.tables(QSql::Tables);
                for (const QString &t : StoreSchema::requiredTables())
                    if (!present.contains(settings.tablePrefix + t, Qt::CaseInsensitive))
                        result.missingTables << settings.tablePrefix + t;
                if (result.missingTables.size() == StoreSchema::requiredTables().size()) {
                    result.verdict = V::NotMagento;
                    result.missingTables.clear();
                } else if (!result.missingTables.isEmpty()) {
                    result.verdict = V::MissingTables;
                } else {
                    result.verdict = V::Ok;
                    QSqlQuery q(db);
                    if (q.exec(
                            QStringLiteral("SELECT COUNT(*) FROM %1")
                                .arg(settings.tablePrefix + QStringLiteral("customer_entity"))) &&
                        q.next())
                        result.customers = q.value(0).toLongLong();
                    if (settings.dialect != Dialect::Sqlite &&
                        q.exec(QStringLiteral("SELECT version()")) && q.next())
                        result.serverVersion = q.value(0).toString();
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace seg
