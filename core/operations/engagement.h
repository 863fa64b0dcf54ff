#pragma once

#include "common/result.h"
#include "net/campaignengagement.h"
#include "net/destination.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace seg {

struct StoreSession;

struct EngagementImportSummary
{
    int segments = 0;     // segments whose campaigns were looked up
    int campaigns = 0;    // campaign rows stored (new or updated)
    QStringList warnings; // e.g. a segment that is synced nowhere, a destination without a key
};

// The use case "import email engagement": for each segment (every segment synced to a Mailchimp
// or Klaviyo destination when `codes` is empty), reads the campaigns the provider sent to the
// segment's tag or list and their report statistics, and stores them per segment and campaign
// (a re-import updates the rows in place). API keys: SEGMENTOR_API_KEY, else the keychain, as
// the push. progress(done, total) over the (segment, destination) pairs; false cancels.
Result<EngagementImportSummary>
importEngagement(const StoreSession &session, const QStringList &codes,
                 const std::function<bool(int done, int total)> &progress = {});

// How importEngagement talks to the providers (the front doors use the defaults; tests make it
// fast and pass the key).
struct EngagementImportOptions
{
    // A destination's API key. Unset: SEGMENTOR_API_KEY, else the system keychain (as the push).
    std::function<QString(const Destination &)> apiKey;
    RetryPolicy retry;
    const std::atomic_bool *cancelled = nullptr;
    int pageSize = 0; // campaigns per page asked for (0 = the provider's usual page)
    QDateTime now;    // invalid = now (imported_at)
};

Result<EngagementImportSummary>
importEngagement(const StoreSession &session, const QStringList &codes,
                 const EngagementImportOptions &options,
                 const std::function<bool(int done, int total)> &progress = {});

// The stored campaign statistics of the segments (all when `codes` is empty), newest sent first.
Result<QList<CampaignEngagement>> segmentEngagement(const StoreSession &session,
                                                    const QStringList &codes);

} // namespace seg
