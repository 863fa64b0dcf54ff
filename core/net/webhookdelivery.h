#pragma once

#include "common/result.h"
#include "net/segmentsync.h"
#include "net/webhookevents.h"

namespace seg {

// Delivers a segment's enter/exit events to a webhook destination: the journal changes after the
// webhook's cursor, oldest first, POSTed as signed JSON batches of the webhook's size through
// HttpClient (retries with backoff and Retry-After on network errors, 429 and 5xx; no retry on
// other 4xx). Each batch's outcome moves the cursor in the same transaction as the run's
// counters, so a killed delivery resumes after the last recorded batch (the batch in flight
// may arrive twice: its event ids are the same, receivers de-duplicate by id). A refused
// batch (other 4xx) is kept with its body and its events recorded as failures; the run stops
// there. A dry run lists the pending events and sends nothing.
class WebhookDelivery
{
public:
    explicit WebhookDelivery(StoreSession &session);

    Result<SyncResult> run(const Destination &webhook, const QString &segmentCode,
                           const QString &secret, const SyncOptions &options = {});
    // A "refresh.failed" event (scheduled refreshes that failed), recorded as a run.
    Result<SyncResult> refreshFailed(const Destination &webhook, const QString &segmentCode,
                                     const QString &error, const QString &secret,
                                     const SyncOptions &options = {});

    // Headers of a signed POST (tests and receivers check them).
    static constexpr const char *kTimestampHeader = "X-Segmentor-Timestamp";
    static constexpr const char *kSignatureHeader = "X-Segmentor-Signature";

private:
    StoreSession &m_session;
};

// After a scheduled refresh of `segmentCode` failed: a refresh.failed event to every webhook
// that follows the segment and asked for "failed".
QList<AfterRefreshPush>
alertRefreshFailed(StoreSession &session, const QString &segmentCode, const QString &error,
                   const std::function<QString(const Destination &)> &secret,
                   const SyncOptions &options = {});

} // namespace seg
