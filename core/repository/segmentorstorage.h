#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

namespace seg {

// Segmentor's own tables (<prefix>segmentor_*): segments, members, overrides, refreshes,
// history, journal, size snapshots and the refresh staging area. Created and migrated on
// connect; the schema version lives in <prefix>segmentor_meta.
class SegmentorStorage
{
public:
    static constexpr int kSchemaVersion = 1;

    // Creates missing tables and migrates older versions. Fails (with the driver's words)
    // when the user may not create tables: the caller then falls back to a workspace file.
    static Status ensure(const StoreConnection &connection, const QString &tablePrefix);
    static int installedVersion(const StoreConnection &connection, const QString &tablePrefix);

    static QStringList tableNames(); // without prefix
    static QStringList createStatements(Dialect dialect, const QString &tablePrefix);
};

} // namespace seg
