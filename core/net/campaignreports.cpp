#include "net/campaignreports.h"

#include "net/klaviyoreports.h"
#include "net/mailchimpreports.h"

namespace seg {

std::unique_ptr<CampaignReports>
CampaignReports::create(const Destination &destination, const QString &apiKey,
                        const RetryPolicy &policy, const std::atomic_bool *cancelled, int pageSize)
{
    if (destination.kind == DestinationKind::Klaviyo)
        return std::make_unique<KlaviyoReports>(destination, apiKey, policy, cancelled);
    return std::make_unique<MailchimpReports>(destination, apiKey, policy, cancelled, pageSize);
}

} // namespace seg
