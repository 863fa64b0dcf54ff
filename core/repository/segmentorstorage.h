#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

#include <memory>

namespace seg {

// Where Segmentor keeps its tables for one store: in the store itself, or — when the
// database user may only read Magento's tables — in a local SQLite workspace file.
struct SegmentorLocation
{
    std::unique_ptr<StoreConnection> workspace;  // set in workspace mode
    const StoreConnection *connection = nullptr; // the store, or the workspace
    QString tablePrefix;                         // the store's prefix, or none in a workspace
    QString workspacePath;

    bool inWorkspace() const { return workspace != nullptr; }
};

// Segmentor's own tables (<prefix>segmentor_*): segments, members, overrides, refreshes,
// history, journal, size snapshots and the refresh staging area. Created and migrated on
// connect; the schema version lives in <prefix>segmentor_meta.
class SegmentorStorage
{
public:
    static constexpr int kSchemaVersion = 2;

    // Creates missing tables and migrates older versions. Fails (with the driver's words)
    // when the user may not create tables: the caller then falls back to a workspace file.
    static Status ensure(const StoreConnection &connection, const QString &tablePrefix);
    static int installedVersion(const StoreConnection &connection, const QString &tablePrefix);

    // Uses the store when its user may create tables there, else the workspace file
    // <workspaceDir>/<store digest>.db (created on first use).
    // With create = false nothing is created: the location is where tables already are
    // (the store when neither has them).
    static Result<SegmentorLocation> locate(const StoreConnection &store,
                                            const QString &tablePrefix, const QString &workspaceDir,
                                            bool create = true);
    // $SEGMENTOR_WORKSPACE_DIR, else ~/.local/share/segmentor/workspaces
    static QString defaultWorkspaceDir();

    static QStringList createStatements(Dialect dialect, const QString &tablePrefix);

private:
    // ensure(), with "this user may not create tables" told apart (false) from a real fault
    // (an error) by the driver's native error code.
    static Result<bool> ensureIfAllowed(const StoreConnection &connection,
                                        const QString &tablePrefix);
};

} // namespace seg
