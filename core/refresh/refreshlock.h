#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

#include <QLockFile>

#include <memory>

namespace seg {

// Keeps two refreshes of one segment from running at once, across processes (the app and
// cron). The lock dies with its holder: MySQL's GET_LOCK and PostgreSQL's advisory locks
// belong to the session, SQLite's lock file records the holder's pid (QLockFile).
class RefreshLock
{
public:
    // Busy is an Error whose message says so; it never waits.
    static Result<std::unique_ptr<RefreshLock>> acquire(const StoreConnection &connection,
                                                        const QString &tablePrefix,
                                                        const QString &segmentCode);
    ~RefreshLock();

private:
    RefreshLock(const StoreConnection &connection, QString name);
    const StoreConnection &m_connection;
    QString m_name;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace seg
