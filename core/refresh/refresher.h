#pragma once

#include "common/result.h"
#include "engine/sqltext.h"
#include "engine/timecontext.h"
#include "repository/segmentrepository.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <functional>

namespace seg {

enum class RefreshTrigger
{
    Manual,
    Scheduled
};

struct RefreshProgress
{
    QString step; // what is being done, for a status line
    int percent = 0;
};

struct RefreshOptions
{
    RefreshTrigger trigger = RefreshTrigger::Manual;
    bool dryRun = false; // compute who would enter and leave, change nothing
    QDateTime asOf;      // evaluation time; invalid = now
    QDateTime now;       // when it happens (history, "member since"); invalid = now
    std::function<bool(const RefreshProgress &)> progress; // return false to cancel
    // Called at each step (RefreshProgress::step), after `progress`, inside the refresh's
    // transaction. The tests' CLI (tests/cli/clitesthooks.cpp) holds a refresh there to kill it
    // or race a second one; the shipped front doors leave it empty.
    std::function<void(const QString &step)> stepObserver;
};

struct RefreshResult
{
    std::optional<qint64> refreshId; // none for a dry run
    qint64 added = 0;
    qint64 removed = 0;
    qint64 groupChanged = 0;
    qint64 groupRestored = 0; // leavers put back in the group they were moved from
    qint64 memberCount = 0;
    QList<MemberKey> entering; // dry run only
    QList<MemberKey> leaving;  // dry run only
    double seconds = 0;
    bool previousWasInterrupted = false;
    // Why the members were not recomputed (a frozen, "static" segment); empty when they were.
    QString skipped;
};

// Recomputes a saved segment's membership. The new member set is materialized inside the
// database (a million keys never travel through the app), diffed with the current one and
// applied in ONE transaction with overrides, journal, history, snapshot and status: a
// failure or a kill at any point leaves the previous membership exactly as it was.
// When Segmentor's tables live in a workspace file (read-only store user), the member keys
// are streamed into the workspace instead, and customers are not moved to groups.
class Refresher
{
public:
    Refresher(const StoreConnection &store, const StoreSchema &schema,
              SegmentRepository &repository);

    Result<RefreshResult> refresh(const QString &code, const RefreshOptions &options);

private:
    struct Run;
    Status materialize(Run &run);
    Status applyOverrides(Run &run);
    Status diffAndApply(Run &run, RefreshResult &result);
    Status moveToGroup(Run &run, RefreshResult &result);
    Status restoreGroups(Run &run, RefreshResult &result);
    Status finish(Run &run, RefreshResult &result);
    Status materializeAcross(Run &run, const SqlText &with, const SqlText &body); // workspace mode
    // Statements on Segmentor's tables run where they live (the store or the workspace).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params,
                           const QString &doing) const;
    Result<QSqlQuery> execOn(const StoreConnection &connection, const QString &sql,
                             const QVariantList &params, const QString &doing) const;
    bool inWorkspace() const { return &m_repository.connection() != &m_store; }
    bool report(const Run &run, const QString &step, int percent) const;
    QString t(const char *name) const { return m_repository.table(name); }

    const StoreConnection &m_store;
    const StoreSchema &m_schema;
    SegmentRepository &m_repository;
};

} // namespace seg
