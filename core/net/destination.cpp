#include "net/destination.h"

namespace seg {

QString destinationKindName(DestinationKind kind)
{
    switch (kind) {
    case DestinationKind::Mailchimp:
        return QStringLiteral("mailchimp");
    case DestinationKind::Klaviyo:
        return QStringLiteral("klaviyo");
    case DestinationKind::Webhook:
        return QStringLiteral("webhook");
    }
    return {};
}

std::optional<DestinationKind> destinationKindFrom(const QString &name)
{
    if (name.compare(QLatin1String("mailchimp"), Qt::CaseInsensitive) == 0)
        return DestinationKind::Mailchimp;
    if (name.compare(QLatin1String("klaviyo"), Qt::CaseInsensitive) == 0)
        return DestinationKind::Klaviyo;
    if (name.compare(QLatin1String("webhook"), Qt::CaseInsensitive) == 0)
        return DestinationKind::Webhook;
    return std::nullopt;
}

QString Destination::defaultBaseUrl(DestinationKind kind, const QString &apiKey)
{
    if (kind == DestinationKind::Klaviyo) return QStringLiteral("https://a.klaviyo.com");
    if (kind == DestinationKind::Webhook) return {}; // the user's URL
    const QString dc = apiKey.section(QLatin1Char('-'), -1);
    return QStringLiteral("https://%1.api.mailchimp.com/3.0")
        .arg(apiKey.contains(QLatin1Char('-')) && !dc.isEmpty() ? dc : QStringLiteral("us1"));
}

} // namespace seg
