#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace seg {

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

    // unique opens / delivered, percent (0 when none delivered)
    double openRate() const { return delivered > 0 ? 100.0 * double(uniqueOpens) / delivered : 0; }
    // unique clicks / delivered, percent (0 when none delivered)
    double clickRate() const
    {
        return delivered > 0 ? 100.0 * double(uniqueClicks) / delivered : 0;
    }
};

// The JSON of a row, the same for `engagement show --format json` and REST: segment, provider,
// destination, campaign_id, campaign_name, sent_at, sent, delivered, opens, unique_opens, clicks,
// unique_clicks, unsubscribes, open_rate, click_rate (percent, 2 decimals), imported_at.
QJsonObject campaignEngagementJson(const CampaignEngagement &row);

} // namespace seg
