#pragma once

#include "common/result.h"
#include "engine/timecontext.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"
#include "store/connectionsettings.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <memory>
#include <optional>

namespace seg {

// Everything one thread needs to work on a store: its own connection, the store's schema,
// where Segmentor's tables are, and the saved segments. Open one per thread (Qt SQL
// connections may not cross threads); the CLI opens one, each UI worker opens its own.
struct StoreSession
{
    std::unique_ptr<StoreConnection> connection;
    std::optional<StoreSchema> schema;
    SegmentorLocation storage; // where Segmentor's own tables are
    std::unique_ptr<SegmentRepository> segments;

    // writes = false: Segmentor's tables are used when present but never created (readers).
    static Result<StoreSession>
    open(const ConnectionSettings &settings, bool writes = true,
         const QString &workspaceDir = SegmentorStorage::defaultWorkspaceDir());

    const ConnectionSettings &settings() const { return connection->settings(); }
    // Evaluation time in the store's time zone (UTC when none is set); rewind: time travel,
    // the rows created after asOf are ignored.
    TimeContext timeContext(const QDateTime &asOf = QDateTime::currentDateTimeUtc(),
                            bool rewind = false) const;
};

} // namespace seg
