#include "net/destinationclient.h"

#include "net/klaviyoclient.h"
#include "net/mailchimpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seg {

QString apiErrorText(const HttpReply &reply)
{
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    for (const char *field : {"detail", "title", "message"})
        if (o.value(QLatin1String(field)).isString())
            return o.value(QLatin1String(field)).toString();
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        return first.value(QStringLiteral("detail"))
            .toString(first.value(QStringLiteral("title")).toString());
    }
    return QString::fromUtf8(reply.body.left(300)).simplified();
}

std::unique_ptr<DestinationClient> DestinationClient::create(const Destination &destination,
                                                             const QString &apiKey,
                                                             const RetryPolicy &policy,
                                                             const std::atomic_bool *cancelled)
{
    if (destination.kind == DestinationKind::Klaviyo)
        return std::make_unique<KlaviyoClient>(destination, apiKey, policy, cancelled);
    return std::make_unique<MailchimpClient>(destination, apiKey, policy, cancelled);
}

} // namespace seg
