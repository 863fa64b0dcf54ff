#pragma once

#include "common/result.h"
#include "net/pushmember.h"
#include "store/storeconnection.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace seg {

struct SyncRun
{
    qint64 id = 0;
    qint64 destinationId = 0;
    QString segmentCode;
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt;
    QString status; // running, completed, partial, failed, cancelled, interrupted, dry_run
    bool dryRun = false;
    qint64 toAdd = 0, toRemove = 0, added = 0, removed = 0, failed = 0, retries = 0, batches = 0;
    QString error;
};

struct SyncFailure
{
    QString memberKey;
    QString email;
    QString operation; // add or remove
    QString error;
    QDateTime at;
};

// What was sent where: the per-destination state of each segment (the members the
// destination holds), the runs (the sync history) and per-member failures. A batch's
// outcome is committed in one transaction, so a sync killed at any point resumes from the
// last committed batch and never sends a committed batch again.
class SyncRepository
{
public:
    SyncRepository(const StoreConnection &connection, QString tablePrefix);

    // member key -> email, as last sent.
    Result<QHash<QString, QString>> state(qint64 destinationId, const QString &segmentCode) const;
    // Runs left "running" by a process that died: marked interrupted; returns how many.
    Result<qint64> markInterrupted(qint64 destinationId, const QString &segmentCode,
                                   const QDateTime &now);
    Result<qint64> startRun(qint64 destinationId, const QString &segmentCode, bool dryRun,
                            qint64 toAdd, qint64 toRemove, const QDateTime &now);
    // One batch: `done` members are now at the destination (add) or gone from it (remove),
    // `failures` were refused; the run's counters move on. All or nothing.
    Status commitBatch(qint64 runId, qint64 destinationId, const QString &segmentCode, bool add,
                       const QList<PushMember> &done, const QHash<QString, QString> &remoteIds,
                       const QList<SyncFailure> &failures, int retries, const QDateTime &now);
    Status finishRun(qint64 runId, const QString &status, const QString &error, int retries,
                     const QDateTime &now);

    Result<QList<SyncRun>> runs(std::optional<qint64> destinationId = std::nullopt,
                                const QString &segmentCode = {}, int limit = 50) const;
    Result<std::optional<SyncRun>> lastRun(qint64 destinationId,
                                           const QString &segmentCode = {}) const;
    Result<QList<SyncFailure>> failures(qint64 runId) const;

private:
    const StoreConnection &m_connection;
    QString m_prefix;
};

} // namespace seg
