#pragma once

#include "common/result.h"
#include "net/campaignengagement.h"
#include "net/destination.h"
#include "net/httpclient.h"

#include <atomic>
#include <memory>

namespace seg {

// A marketing tool's campaign reports, read for the segments pushed to it (the engagement
// import). API versions are pinned as the push pins them: Mailchimp by the "/3.0" of the base
// URL, Klaviyo by the `revision` header (KlaviyoClient::kRevision).
class CampaignReports
{
public:
    virtual ~CampaignReports() = default;

    // The email campaigns sent to the segment (Mailchimp: to the tag named after it in the
    // audience; Klaviyo: to the destination's list, which the push fills with the segment), with
    // their statistics. segmentCode, destination and importedAt are the caller's to fill. Empty
    // when the provider has nothing for the segment (e.g. no such tag).
    virtual Result<QList<CampaignEngagement>> sentTo(const QString &segmentCode) = 0;
    // Warnings of the last sentTo() (campaigns skipped, and why).
    virtual QStringList warnings() const { return {}; }
    virtual int retries() const = 0;

    // pageSize: campaigns per page asked for where the API lets the client choose (0 = 100).
    static std::unique_ptr<CampaignReports> create(const Destination &destination,
                                                   const QString &apiKey, const RetryPolicy &policy,
                                                   const std::atomic_bool *cancelled = nullptr,
                                                   int pageSize = 0);
};

} // namespace seg
