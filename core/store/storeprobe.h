#pragma once

#include "store/connectionsettings.h"

#include <QString>
#include <QStringList>

namespace seg {

// What "Test connection" found, classified so the UI can say what failed in plain words.
struct ProbeResult
{
    enum class Verdict
    {
        Ok,              // connected, and every table the engine reads is there
        FileMissing,     // SQLite: no file at that path
        DriverMissing,   // the Qt SQL driver for this database is not installed
        HostUnreachable, // nothing answers at host:port (refused, timed out, unknown host)
        LoginRefused,    // the server answered but refused the user or password
        DatabaseMissing, // logged in, but no database of that name
        NotMagento,      // connected, but none of Magento's tables (with that prefix) are there
        MissingTables,   // a Magento schema lacking some tables the engine reads
        Failed           // anything else; `detail` holds the driver's words
    };
    Verdict verdict = Verdict::Failed;
    QString detail;            // the driver's message, for the curious
    QStringList missingTables; // MissingTables: with their prefix
    qint64 customers = -1;     // Ok: rows in customer_entity
    QString serverVersion;     // Ok: what the server says it is (empty for SQLite)

    bool ok() const { return verdict == Verdict::Ok; }
};

// Tries a connection the way a session would open it, and says what went wrong. Blocking:
// run it in a worker. Never creates anything (a missing SQLite file stays missing).
class StoreProbe
{
public:
    static ProbeResult probe(const ConnectionSettings &settings);
    // Classifies a failed open from the driver's native error code and message.
    static ProbeResult::Verdict classifyOpenFailure(Dialect dialect, const QString &nativeCode,
                                                    const QString &message);
};

} // namespace seg
