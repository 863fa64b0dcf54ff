#pragma once

#include "common/result.h"
#include "net/destination.h"
#include "net/syncrepository.h"
#include "store/storeconnection.h"

#include <QDateTime>
#include <QList>

namespace seg {

// One change of a segment's journal: a member who entered or left in a refresh.
struct JournalChange
{
    qint64 journalId = 0;
    qint64 refreshId = 0;
    QString memberKey; // as `evaluate --ids` prints it
    bool entered = true;
    QDateTime at;
};

// A batch a webhook refused (a 4xx other than 429), kept with the body that was sent.
struct RefusedBatch
{
    qint64 id = 0;
    qint64 runId = 0;
    QString segmentCode;
    int events = 0;
    int httpStatus = 0;
    QString error;
    QByteArray body;
    QDateTime at;
};

// What a webhook got of each segment's journal: a cursor per (webhook, segment) that moves in
// the transaction that records a batch's outcome with the run's counters, so a delivery killed
// at any point resumes after the last recorded batch and never sends a recorded batch again.
class WebhookRepository
{
public:
    WebhookRepository(const StoreConnection &connection, QString tablePrefix);

    // For each of the webhook's segments without a cursor: one at the end of its journal (a new
    // webhook hears of the changes from now on).
    Status startCursors(const Destination &webhook, const QDateTime &now);
    // The last journal row delivered; without a cursor, the row before the segment's latest
    // refresh (that refresh's changes are then delivered).
    Result<qint64> cursor(qint64 destinationId, const QString &segmentCode, qint64 segmentId) const;
    // The changes after `afterJournalId`, oldest first; `limit` <= 0: all.
    Result<QList<JournalChange>> pending(qint64 segmentId, qint64 afterJournalId, bool entered,
                                         bool left, int limit) const;
    // How many entered and left changes are pending.
    Result<std::pair<qint64, qint64>> pendingCounts(qint64 segmentId, qint64 afterJournalId) const;

    // One batch's outcome, all or nothing: the cursor moves to `lastJournalId`, the run's
    // counters move on, refused events are recorded (with the batch when it was refused).
    Status commitBatch(qint64 runId, qint64 destinationId, const QString &segmentCode,
                       qint64 lastJournalId, qint64 entered, qint64 exited,
                       const QList<SyncFailure> &failures, const RefusedBatch *refused, int retries,
                       const QDateTime &now);

    Result<QList<RefusedBatch>> refused(qint64 destinationId, int limit = 50) const;

private:
    const StoreConnection &m_connection;
    QString m_prefix;
};

} // namespace seg
