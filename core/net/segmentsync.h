#pragma once

#include "common/result.h"
#include "net/destinationclient.h"
#include "net/syncrepository.h"
#include "session/storesession.h"

#include <atomic>
#include <functional>

namespace seg {

struct SyncProgress
{
    qint64 done = 0;  // members sent (added or removed, failed included)
    qint64 total = 0; // the whole difference
    QString step;
};

struct SyncOptions
{
    bool dryRun = false; // compute and record the difference, send nothing
    RetryPolicy retry;
    const std::atomic_bool *cancelled = nullptr;
    std::function<void(const SyncProgress &)> progress;
    // Tests: called after each committed batch; returning false stops the sync there as a
    // killed process would (the run stays "running" until the next sync finds it).
    std::function<bool(int batches)> afterBatch;
    // Tests: the client to use instead of the destination's real one.
    std::function<std::unique_ptr<DestinationClient>(const Destination &)> clientFactory;
    QDateTime now;     // invalid = now
    int batchSize = 0; // smaller batches than the destination allows (tests); 0 = the destination's
    int readTimeoutSeconds = 0; // webhooks: how long to wait for a reply; 0 = HttpClient's 60 s
};

struct SyncResult
{
    qint64 runId = 0;
    QString status;
    qint64 toAdd = 0, toRemove = 0, added = 0, removed = 0, failed = 0, withoutEmail = 0;
    int retries = 0;
    qint64 interruptedBefore = 0; // earlier runs found unfinished (resumed from their state)
    QList<PushMember> adds;       // the difference (also for a dry run)
    QList<PushMember> removes;
    QList<SyncFailure> failures;
};

// Pushes a saved segment to a destination: the difference between the segment's members now
// and what the destination got from earlier syncs (adds, and removals as untag/unlist),
// removals first, in batches of the destination's size. Each batch's outcome is committed
// with the sync state, so a crash resumes without sending a committed batch twice; refused
// members are recorded and not counted as sent (the next sync tries them again).
class SegmentSync
{
public:
    explicit SegmentSync(StoreSession &session);

    Result<SyncResult> run(const QString &destinationName, const QString &segmentCode,
                           const QString &apiKey, const SyncOptions &options = {});

private:
    StoreSession &m_session;
};

struct AfterRefreshPush
{
    QString destination;
    Result<SyncResult> result;
};

// After a refresh of `segmentCode`: pushes it to every destination that lists it in
// syncAfterRefresh (operations/refreshsegment calls it after every refresh). `apiKey` gives
// each destination's key (SecretStore, environment).
QList<AfterRefreshPush> pushAfterRefresh(StoreSession &session, const QString &segmentCode,
                                         const std::function<QString(const Destination &)> &apiKey,
                                         const SyncOptions &options = {});

} // namespace seg
