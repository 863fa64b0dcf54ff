#include "net/klaviyoreports.h"

#include "net/destinationclient.h"
#include "net/klaviyoclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace seg {

namespace {

const QByteArray kJsonApi = "application/vnd.api+json";

Error replyError(const QString &doing, const HttpReply &reply)
{
    return Error{
        {},
        QStringLiteral("%1: HTTP %2 %3").arg(doing).arg(reply.status).arg(apiErrorText(reply)),
        ErrorCode::Network};
}

// A "links.next" URL back to a path on the same host ("" when there is none).
QString nextPath(const QJsonObject &body)
{
    const QString link =
        body.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toString();
    if (link.isEmpty()) return {};
    const QUrl u(link);
    QString path = u.path(QUrl::FullyEncoded);
    if (u.hasQuery()) path += QLatin1Char('?') + u.query(QUrl::FullyEncoded);
    return path;
}

qint64 statistic(const QJsonObject &statistics, const char *name)
{
    return qint64(std::llround(statistics.value(QLatin1String(name)).toDouble()));
}

} // namespace

KlaviyoReports::KlaviyoReports(const Destination &destination, const QString &apiKey,
                               const RetryPolicy &policy, const std::atomic_bool *cancelled)
    : m_destination(destination), m_http(destination.baseUrl, policy, cancelled)
{
    m_http.setHeader("Authorization", "Klaviyo-API-Key " + apiKey.toUtf8());
    m_http.setHeader("revision", KlaviyoClient::kRevision);
    m_http.setHeader("Accept", kJsonApi);
    m_http.setHeader("User-Agent", "Segmentor");
}

Result<QList<CampaignEngagement>> KlaviyoReports::sentTo(const QString &)
{
    if (m_cached) return *m_cached;
    m_warnings.clear();
    Result<QList<CampaignEngagement>> campaigns = listCampaigns();
    if (!campaigns) return campaigns.error();
    QList<CampaignEngagement> found = *campaigns;
    if (!found.isEmpty())
        if (Status st = addStatistics(found); !st) return st.error();
    m_cached = found;
    return found;
}

Result<QList<CampaignEngagement>> KlaviyoReports::listCampaigns()
{
    QList<CampaignEngagement> out;
    QString next = QStringLiteral("/api/campaigns/?filter=%1")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                           QStringLiteral("equals(messages.channel,'email')"))));
    while (!next.isEmpty()) {
        Result<HttpReply> page = m_http.send("GET", next);
        if (!page) return page.error();
        if (page->status != 200)
            return replyError(QStringLiteral("cannot list the Klaviyo campaigns"), *page);
        const QJsonObject body = QJsonDocument::fromJson(page->body).object();
        for (const QJsonValue &v : body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject a = v.toObject().value(QStringLiteral("attributes")).toObject();
            if (a.value(QStringLiteral("status")).toString().compare("sent", Qt::CaseInsensitive))
                continue;
            const QJsonArray included = a.value(QStringLiteral("audiences"))
                                            .toObject()
                                            .value(QStringLiteral("included"))
                                            .toArray();
            if (!included.contains(QJsonValue(m_destination.listId))) continue;
            CampaignEngagement e;
            e.provider = destinationKindName(DestinationKind::Klaviyo);
            e.campaignId = v.toObject().value(QStringLiteral("id")).toString();
            e.campaignName = a.value(QStringLiteral("name")).toString();
            if (included.size() > 1) {
                // Its figures would count people outside the segment.
                m_warnings << QStringLiteral("Klaviyo campaign \"%1\" went to other audiences too "
                                             "besides list %2: skipped")
                                  .arg(e.campaignName, m_destination.listId);
                continue;
            }
            // send_time once sent; scheduled_at on campaigns whose send_time is not filled in.
            QString sentAt = a.value(QStringLiteral("send_time")).toString();
            if (sentAt.isEmpty()) sentAt = a.value(QStringLiteral("scheduled_at")).toString();
            e.sentAt = QDateTime::fromString(sentAt, Qt::ISODate).toUTC();
            out << e;
        }
        next = nextPath(body);
    }
    return out;
}

Result<QString> KlaviyoReports::conversionMetric()
{
    QString first;
    QString next = QStringLiteral("/api/metrics/");
    while (!next.isEmpty()) {
        Result<HttpReply> page = m_http.send("GET", next);
        if (!page) return page.error();
        if (page->status != 200)
            return replyError(QStringLiteral("cannot list the Klaviyo metrics"), *page);
        const QJsonObject body = QJsonDocument::fromJson(page->body).object();
        for (const QJsonValue &v : body.value(QStringLiteral("data")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            if (first.isEmpty()) first = id;
            if (v.toObject()
                    .value(QStringLiteral("attributes"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString() == QLatin1String("Placed Order"))
                return id;
        }
        next = nextPath(body);
    }
    if (first.isEmpty())
        return Error{{},
                     QStringLiteral("the Klaviyo account has no metric to name as the campaign "
                                    "report's conversion metric"),
                     ErrorCode::Network};
    return first;
}

Status KlaviyoReports::addStatistics(QList<CampaignEngagement> &campaigns)
{
    Result<QString> metric = conversionMetric();
    if (!metric) return metric.error();
    QHash<QString, QJsonObject> totals; // campaign id -> summed statistics
    for (qsizetype from = 0; from < campaigns.size(); from += 100) {
        QStringList quoted;
        for (const CampaignEngagement &c : campaigns.mid(from, 100))
            quoted << QStringLiteral("\"%1\"").arg(c.campaignId);
        const QJsonObject request{
            {"data",
             QJsonObject{{"type", "campaign-values-report"},
                         {"attributes",
                          QJsonObject{{"statistics", QJsonArray{"recipients", "delivered", "opens",
                                                                "opens_unique", "clicks",
                                                                "clicks_unique", "unsubscribes"}},
                                      {"timeframe", QJsonObject{{"key", "last_365_days"}}},
                                      {"conversion_metric_id", *metric},
                                      {"filter", QStringLiteral("any(campaign_id,[%1])")
                                                     .arg(quoted.join(QLatin1Char(',')))}}}}}};
        const QByteArray payload = QJsonDocument(request).toJson(QJsonDocument::Compact);
        QString next = QStringLiteral("/api/campaign-values-reports/");
        while (!next.isEmpty()) {
            Result<HttpReply> reply = m_http.send("POST", next, payload, kJsonApi);
            if (!reply) return reply.error();
            if (reply->status != 200)
                return replyError(QStringLiteral("Klaviyo refused the campaign values report"),
                                  *reply);
            const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
            // One result per campaign message (and channel): summed per campaign.
            for (const QJsonValue &v : body.value(QStringLiteral("data"))
                                           .toObject()
                                           .value(QStringLiteral("attributes"))
                                           .toObject()
                                           .value(QStringLiteral("results"))
                                           .toArray()) {
                const QJsonObject r = v.toObject();
                const QString id = r.value(QStringLiteral("groupings"))
                                       .toObject()
                                       .value(QStringLiteral("campaign_id"))
                                       .toString();
                const QJsonObject stats = r.value(QStringLiteral("statistics")).toObject();
                QJsonObject &sum = totals[id];
                for (auto it = stats.begin(); it != stats.end(); ++it)
                    sum.insert(it.key(), sum.value(it.key()).toDouble() + it.value().toDouble());
            }
            next = nextPath(body);
        }
    }
    QList<CampaignEngagement> reported;
    for (CampaignEngagement c : campaigns) {
        if (!totals.contains(c.campaignId)) {
            m_warnings << QStringLiteral("Klaviyo campaign \"%1\" has no statistics in the last "
                                         "365 days: kept as last imported")
                              .arg(c.campaignName);
            continue;
        }
        const QJsonObject s = totals.value(c.campaignId);
        c.sent = statistic(s, "recipients");
        c.delivered = statistic(s, "delivered");
        c.opens = statistic(s, "opens");
        c.uniqueOpens = statistic(s, "opens_unique");
        c.clicks = statistic(s, "clicks");
        c.uniqueClicks = statistic(s, "clicks_unique");
        c.unsubscribes = statistic(s, "unsubscribes");
        reported << c;
    }
    campaigns = reported;
    return success();
}

} // namespace seg
