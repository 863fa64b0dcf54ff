#pragma once

#include "net/campaignreports.h"

#include <optional>

namespace seg {

// Klaviyo campaign reports of the destination's list (the revision pinned by
// KlaviyoClient::kRevision):
//   GET  /api/campaigns/?filter=equals(messages.channel,'email')   paged by links.next
//        (https://developers.klaviyo.com/en/reference/get_campaigns)
//   GET  /api/metrics/                      the conversion metric the values report requires
//   POST /api/campaign-values-reports/      recipients, delivered, opens, opens_unique, clicks,
//        clicks_unique, unsubscribes over the last 365 days, 100 campaigns per call
//        (https://developers.klaviyo.com/en/reference/query_campaign_values; rate limit 1/s
//        burst, 2/min steady: HttpClient waits as the 429's Retry-After says)
// A campaign is the segment's when it was sent ("Sent") to the destination's list alone (the
// push fills that list with the segment's members). conversion_metric_id is required but only
// conversion statistics use it: the "Placed Order" metric, else the account's first metric.
// Campaigns sent more than 365 days ago are not in the report (the API's longest time frame) and
// are skipped with a warning. Every segment pushed to the same list shares its campaigns.
class KlaviyoReports : public CampaignReports
{
public:
    KlaviyoReports(const Destination &destination, const QString &apiKey, const RetryPolicy &policy,
                   const std::atomic_bool *cancelled);

    Result<QList<CampaignEngagement>> sentTo(const QString &segmentCode) override;
    QStringList warnings() const override { return m_warnings; }
    int retries() const override { return m_http.retries(); }

private:
    Result<QList<CampaignEngagement>> listCampaigns();
    Result<QString> conversionMetric();
    Status addStatistics(QList<CampaignEngagement> &campaigns);
    Destination m_destination;
    HttpClient m_http;
    // The list is the destination's, not the segment's: read once per import.
    std::optional<QList<CampaignEngagement>> m_cached;
    QStringList m_warnings;
};

} // namespace seg
