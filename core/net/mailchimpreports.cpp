#include "net/mailchimpreports.h"

#include "net/destinationclient.h"
#include "net/mailchimpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace seg {

namespace {

Error replyError(const QString &doing, const HttpReply &reply)
{
    return Error{
        {},
        QStringLiteral("%1: HTTP %2 %3").arg(doing).arg(reply.status).arg(apiErrorText(reply)),
        ErrorCode::Network};
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

qint64 number(const QJsonObject &o, const char *field)
{
    return qint64(o.value(QLatin1String(field)).toDouble());
}

// Whether the campaign went to the audience narrowed to the tag `tagId`.
bool sentToTag(const QJsonObject &campaign, const QString &listId, qint64 tagId)
{
    const QJsonObject recipients = campaign.value(QStringLiteral("recipients")).toObject();
    if (recipients.value(QStringLiteral("list_id")).toString() != listId) return false;
    const QJsonObject opts = recipients.value(QStringLiteral("segment_opts")).toObject();
    if (qint64(opts.value(QStringLiteral("saved_segment_id")).toDouble()) == tagId) return true;
    const QJsonArray conditions = opts.value(QStringLiteral("conditions")).toArray();
    // With "any" and other conditions, people outside the tag got it too: not the segment's.
    if (conditions.size() != 1 && opts.value(QStringLiteral("match")).toString() != "all")
        return false;
    for (const QJsonValue &v : conditions) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("condition_type")).toString() == "StaticSegment" &&
            c.value(QStringLiteral("op")).toString() == "static_is" &&
            qint64(c.value(QStringLiteral("value")).toDouble()) == tagId)
            return true;
    }
    return false;
}

} // namespace

MailchimpReports::MailchimpReports(const Destination &destination, const QString &apiKey,
                                   const RetryPolicy &policy, const std::atomic_bool *cancelled,
                                   int pageSize)
    : m_destination(destination), m_http(destination.baseUrl, policy, cancelled),
      m_pageSize(pageSize > 0 ? qMin(pageSize, 1000) : 100)
{
    m_http.setHeader("Authorization",
                     "Basic " + QStringLiteral("segmentor:%1").arg(apiKey).toUtf8().toBase64());
    m_http.setHeader("User-Agent", "Segmentor");
}

Result<qint64> MailchimpReports::findTag(const QString &segmentCode)
{
    return findMailchimpTag(m_http, m_destination.listId, segmentCode);
}

Result<QList<CampaignEngagement>> MailchimpReports::sentTo(const QString &segmentCode)
{
    m_warnings.clear();
    Result<qint64> tag = findTag(segmentCode);
    if (!tag) return tag.error();
    if (*tag <= 0) { // never pushed (only listed to sync after refresh): no campaign can target it
        m_warnings << QStringLiteral("segment %1 has no tag in the Mailchimp audience %2 (push it "
                                     "first): no campaign to import")
                          .arg(segmentCode, m_destination.listId);
        return QList<CampaignEngagement>();
    }
    QStringList ids;
    for (qint64 offset = 0;;) {
        Result<HttpReply> page = m_http.send(
            "GET", QStringLiteral("/campaigns?list_id=%1&status=sent&count=%2&offset=%3")
                       .arg(encoded(m_destination.listId))
                       .arg(m_pageSize)
                       .arg(offset));
        if (!page) return page.error();
        if (page->status != 200)
            return replyError(QStringLiteral("cannot list the audience's campaigns"), *page);
        const QJsonObject body = QJsonDocument::fromJson(page->body).object();
        const QJsonArray campaigns = body.value(QStringLiteral("campaigns")).toArray();
        for (const QJsonValue &v : campaigns)
            if (sentToTag(v.toObject(), m_destination.listId, *tag))
                ids << v.toObject().value(QStringLiteral("id")).toString();
        offset += campaigns.size();
        if (campaigns.isEmpty() || offset >= number(body, "total_items")) break;
    }
    QList<CampaignEngagement> out;
    for (const QString &id : ids) {
        Result<CampaignEngagement> r = report(id);
        if (!r) return r.error();
        out << *r;
    }
    return out;
}

Result<CampaignEngagement> MailchimpReports::report(const QString &campaignId)
{
    Result<HttpReply> reply =
        m_http.send("GET", QStringLiteral("/reports/%1").arg(encoded(campaignId)));
    if (!reply) return reply.error();
    if (reply->status != 200)
        return replyError(QStringLiteral("cannot read the report of campaign %1").arg(campaignId),
                          *reply);
    const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
    const QJsonObject bounces = o.value(QStringLiteral("bounces")).toObject();
    const QJsonObject opens = o.value(QStringLiteral("opens")).toObject();
    const QJsonObject clicks = o.value(QStringLiteral("clicks")).toObject();
    CampaignEngagement e;
    e.provider = destinationKindName(DestinationKind::Mailchimp);
    e.campaignId = campaignId;
    e.campaignName = o.value(QStringLiteral("campaign_title")).toString();
    if (e.campaignName.isEmpty())
        e.campaignName = o.value(QStringLiteral("subject_line")).toString();
    e.sentAt =
        QDateTime::fromString(o.value(QStringLiteral("send_time")).toString(), Qt::ISODate).toUTC();
    e.sent = number(o, "emails_sent");
    e.delivered =
        qMax<qint64>(0, e.sent - number(bounces, "hard_bounces") - number(bounces, "soft_bounces"));
    e.opens = number(opens, "opens_total");
    e.uniqueOpens = number(opens, "unique_opens");
    e.clicks = number(clicks, "clicks_total");
    e.uniqueClicks = clicks.contains(QStringLiteral("unique_subscriber_clicks"))
                         ? number(clicks, "unique_subscriber_clicks")
                         : number(clicks, "unique_clicks");
    e.unsubscribes = number(o, "unsubscribed");
    return e;
}

} // namespace seg
