#pragma once

#include "common/result.h"
#include "store/connectionsettings.h"

#include <QMutex>

#include <atomic>

namespace seg {

class StoreConnection;

// Lets another thread stop the statement a worker's connection is running, so that a result
// nobody wants any more stops using the database: SQLite through sqlite3_interrupt(), MySQL /
// MariaDB through KILL QUERY and PostgreSQL through pg_cancel_backend() on a second connection.
// Share it (std::shared_ptr) between the worker and whoever cancels.
class QueryCanceller
{
public:
    // The worker, on its own thread, once its connection is open. Fails when the connection's
    // id cannot be read (the work can still run; it just cannot be interrupted).
    Status attach(const StoreConnection &connection);
    // The worker, before its connection closes.
    void detach();

    // Any thread. Marks the work cancelled and interrupts the running statement. On MySQL and
    // PostgreSQL this opens a short second connection: call it off the GUI thread.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

private:
    mutable QMutex m_mutex;
    std::atomic<bool> m_cancelled{false};
    bool m_attached = false;
    Dialect m_dialect = Dialect::Sqlite;
    ConnectionSettings m_settings;
    void *m_sqlite = nullptr; // sqlite3*
    qint64 m_serverId = 0;    // MySQL connection id / PostgreSQL backend pid
};

} // namespace seg
