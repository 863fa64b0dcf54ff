#include "net/destination.h"

namespace seg {

QString destinationKindName(DestinationKind kind)
{
    return kind == DestinationKind::Mailchimp ? QStringLiteral("mailchimp")
                                              : QStringLiteral("klaviyo");
}

std::optional<DestinationKind> destinationKindFrom(const QString &name)
{
    if (name.compare(QLatin1String("mailchimp"), Qt::CaseInsensitive) == 0)
        return DestinationKind::Mailchimp;
    if (name.compare(QLatin1String("klaviyo"), Qt::CaseInsensitive) == 0)
        return DestinationKind::Klaviyo;
    return std::nullopt;
}

QString Destination::defaultBaseUrl(DestinationKind kind, const QString &apiKey)
{
    if (kind == DestinationKind::Klaviyo) return QStringLiteral("https://a.klaviyo.com");
    const QString dc = apiKey.section(QLatin1Char('-'), -1);
    return QStringLiteral("https://%1.api.mailchimp.com/3.0")
        .arg(apiKey.contains(QLatin1Char('-')) && !dc.isEmpty() ? dc : QStringLiteral("us1"));
}

} // namespace seg
