#include "store/querycanceller.h"

#include "store/sqlrun.h"
#include "store/storeconnection.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

namespace seg {

Status QueryCanceller::attach(const StoreConnection &connection)
{
    const QSqlDatabase db = connection.database();
    void *sqlite = nullptr;
    qint64 serverId = 0;
    switch (connection.dialect()) {
    case Dialect::Sqlite: {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return Error{{}, QStringLiteral("no SQLite handle to interrupt"), ErrorCode::Internal};
        sqlite = *static_cast<sqlite3 *const *>(handle.data());
        break;
    }
    case Dialect::MySql:
    case Dialect::PostgreSql: {
        const QString sql = connection.dialect() == Dialect::MySql
                                ? QStringLiteral("SELECT CONNECTION_ID()")
                                : QStringLiteral("SELECT pg_backend_pid()");
        Result<QSqlQuery> q = runSql(db, sql, {}, QStringLiteral("cannot read the connection id"));
        if (!q) return q.error();
        if (!q.value().next())
            return Error{{}, QStringLiteral("cannot read the connection id"), ErrorCode::Database};
        serverId = q->value(0).toLongLong();
        break;
    }
    }
    QMutexLocker lock(&m_mutex);
    m_dialect = connection.dialect();
    m_settings = connection.settings();
    m_sqlite = sqlite;
    m_serverId = serverId;
    m_attached = true;
    return success();
}

void QueryCanceller::detach()
{
    QMutexLocker lock(&m_mutex);
    m_attached = false;
    m_sqlite = nullptr;
    m_serverId = 0;
}

void QueryCanceller::cancel()
{
    m_cancelled.store(true);
    ConnectionSettings settings;
    Dialect dialect;
    qint64 serverId = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_attached) return; // not started (it checks isCancelled()) or already done
        if (m_dialect == Dialect::Sqlite) {
            // Thread-safe by SQLite's contract; the mutex keeps the connection open meanwhile.
            sqlite3_interrupt(static_cast<sqlite3 *>(m_sqlite));
            return;
        }
        settings = m_settings;
        dialect = m_dialect;
        serverId = m_serverId;
    }
    // The statement runs on the worker's connection: ask the server from a second one.
    Result<std::unique_ptr<StoreConnection>> other = StoreConnection::open(settings);
    if (!other) return; // the server is gone: the worker's statement fails on its own
    {
        QMutexLocker lock(&m_mutex);
        if (!m_attached || m_serverId != serverId)
            return; // finished meanwhile: do not kill an unrelated statement
    }
    if (dialect == Dialect::MySql)
        (void)(*other)->exec(QStringLiteral("KILL QUERY %1")
                                 .arg(serverId)); // an id read from the server, not user text
    else
        (void)runSql((*other)->database(), QStringLiteral("SELECT pg_cancel_backend(?)"),
                     {serverId}, QStringLiteral("cannot cancel the statement"));
}

} // namespace seg
