#pragma once

#include "common/result.h"
#include "net/destination.h"
#include "net/segmentsync.h"
#include "operations/exportafterrefresh.h"
#include "operations/reports.h"
#include "refresh/refresher.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace seg {

struct StoreSession;

struct RefreshArgs
{
    RefreshOptions options; // trigger, dry run, as-of, progress (which may cancel)
    // The API key of a destination that follows the segment (a webhook's signing secret). Unset:
    // SEGMENTOR_API_KEY (a webhook: the variable its secretEnv names), else the system keychain
    // (what the application, `serve` and cron use).
    std::function<QString(const Destination &)> apiKey;
    SyncOptions sync; // how the pushes and webhook deliveries that follow are sent
};

struct RefreshOutcome
{
    QString segment; // its code
    RefreshResult result;
    QList<AfterRefreshPush> pushes; // one per destination that follows the segment
    // The export after refresh, when the segment has one: the file written, or why not.
    std::optional<Result<ExportAfterRefreshResult>> exported;
    // The segment's daily snapshot of the refresh's day (not in a dry run), or why not.
    std::optional<Result<SnapshotRun>> snapshot;
    // "code -> destination: why" for each push that failed or had members refused, and
    // "code -> export: why" when the export after refresh failed, "code -> snapshot: why"
    // when its daily snapshot failed.
    QStringList pushProblems() const;
};

// The use case "refresh a saved segment": recompute its membership (Refresher), then, unless it
// was a dry run, push its changes to the destinations that follow it. A failed push does not
// fail the refresh; it is in the outcome. Every front door (the refresh job and controller of
// the application, `segmentor-cli refresh`, REST `POST …/refresh`) calls this.
Result<RefreshOutcome> refreshSegment(StoreSession &session, const QString &code,
                                      const RefreshArgs &args);

} // namespace seg
