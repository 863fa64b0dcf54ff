#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace seg {

enum class DestinationKind
{
    Mailchimp,
    Klaviyo,
    Webhook
};

QString destinationKindName(DestinationKind kind); // "mailchimp", "klaviyo", "webhook"
std::optional<DestinationKind> destinationKindFrom(const QString &name);

// A marketing tool segments are pushed to: a Mailchimp audience, a Klaviyo list, or a webhook
// that receives the joiners and leavers of its segments (enter/exit events). The API key or the
// webhook's signing secret is never here: it lives in the SecretStore under secretKey() (or, for
// the CLI, in the environment variable `secretEnv` names).
struct Destination
{
    qint64 id = 0;
    QString name; // unique, chosen by the user ("newsletter")
    DestinationKind kind = DestinationKind::Mailchimp;
    QString baseUrl; // https://us21.api.mailchimp.com/3.0, https://a.klaviyo.com
    QString listId;  // the audience (Mailchimp) or list (Klaviyo) id
    // Mailchimp: the status of people the audience does not know yet ("subscribed" only
    // with their consent; "transactional" otherwise). Members of a segment are tagged with
    // the segment's code (untagged when they leave).
    QString statusIfNew = QStringLiteral("transactional");
    QStringList syncAfterRefresh; // segment codes pushed after each of their refreshes
    // Webhooks: the URL is baseUrl, listId is unused, the segments are syncAfterRefresh.
    QStringList events;  // "enter", "exit", "failed" (refresh.failed of scheduled runs)
    int batchSize = 500; // events per POST
    QString secretEnv;   // the environment variable with the secret (CLI); not the secret
    QDateTime createdAt;
    QDateTime updatedAt;

    QString secretKey() const { return secretKeyFor(name); }
    static QString secretKeyFor(const QString &name)
    {
        return QStringLiteral("destination/") + name;
    }
    // The usual API address: Mailchimp's data centre is the API key's suffix ("…-us21").
    bool isWebhook() const { return kind == DestinationKind::Webhook; }
    bool wants(const QString &event) const { return events.contains(event); }
    static QStringList webhookEventNames() { return {"enter", "exit", "failed"}; }
    static QString defaultBaseUrl(DestinationKind kind, const QString &apiKey = {});
};

} // namespace seg
