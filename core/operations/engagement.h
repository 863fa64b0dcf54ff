#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace seg {

struct StoreSession;

// One email campaign that Mailchimp or Klaviyo sent to a segment's tag (Mailchimp) or list
// (Klaviyo), with the statistics the provider's report API gave when last imported.
struct CampaignEngagement
{
    QString segmentCode;
    QString provider;    // "mailchimp" or "klaviyo"
    QString destination; // the destination's name
    QString campaignId;
    QString campaignName;
    QDateTime sentAt;
    qint64 sent = 0, delivered = 0, opens = 0, uniqueOpens = 0, clicks = 0, uniqueClicks = 0,
           unsubscribes = 0;
    QDateTime importedAt;

    double openRate() const;  // unique opens / delivered, percent (0 when none delivered)
    double clickRate() const; // unique clicks / delivered, percent (0 when none delivered)
};

struct EngagementImportSummary
{
    int segments = 0;  // segments whose campaigns were looked up
    int campaigns = 0; // campaign rows stored (new or updated)
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

// The stored campaign statistics of the segments (all when `codes` is empty), newest sent first.
Result<QList<CampaignEngagement>> segmentEngagement(const StoreSession &session,
                                                    const QStringList &codes);

} // namespace seg
