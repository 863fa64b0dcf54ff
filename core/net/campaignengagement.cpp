#include "net/campaignengagement.h"

#include <cmath>

namespace seg {

namespace {

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonValue timestamp(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject campaignEngagementJson(const CampaignEngagement &r)
{
    return QJsonObject{{"segment", r.segmentCode},
                       {"provider", r.provider},
                       {"destination", r.destination},
                       {"campaign_id", r.campaignId},
                       {"campaign_name", r.campaignName},
                       {"sent_at", timestamp(r.sentAt)},
                       {"sent", r.sent},
                       {"delivered", r.delivered},
                       {"opens", r.opens},
                       {"unique_opens", r.uniqueOpens},
                       {"clicks", r.clicks},
                       {"unique_clicks", r.uniqueClicks},
                       {"unsubscribes", r.unsubscribes},
                       {"open_rate", rounded(r.openRate())},
                       {"click_rate", rounded(r.clickRate())},
                       {"imported_at", timestamp(r.importedAt)}};
}

} // namespace seg
