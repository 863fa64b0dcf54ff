#pragma once

#include "net/campaignreports.h"

namespace seg {

// Mailchimp Marketing API 3.0 campaign reports of a segment's tag
// (https://mailchimp.com/developer/marketing/api/campaigns/list-campaigns/ and
// https://mailchimp.com/developer/marketing/api/reports/get-campaign-report/):
//   GET /lists/{list}/segments?type=static     the tag named after the segment (never created here)
//   GET /campaigns?list_id=&status=sent&count=&offset=   sent campaigns, paged by total_items
//   GET /reports/{campaign}                     emails_sent, bounces, opens, clicks, unsubscribed
// A campaign is the segment's when its recipients are the audience narrowed to the tag:
// recipients.segment_opts.saved_segment_id is the tag, or its only ("all") condition is
// StaticSegment static_is the tag. Delivered = emails_sent - hard - soft bounces; unique clicks
// are unique_subscriber_clicks (people, as unique opens), not unique_clicks (links).
class MailchimpReports : public CampaignReports
{
public:
    MailchimpReports(const Destination &destination, const QString &apiKey,
                     const RetryPolicy &policy, const std::atomic_bool *cancelled, int pageSize);

    Result<QList<CampaignEngagement>> sentTo(const QString &segmentCode) override;
    int retries() const override { return m_http.retries(); }
    QStringList warnings() const override { return m_warnings; }

private:
    Result<qint64> findTag(const QString &segmentCode);
    Result<CampaignEngagement> report(const QString &campaignId);
    Destination m_destination;
    HttpClient m_http;
    int m_pageSize;
    QStringList m_warnings;
};

} // namespace seg
