#include "net/mailchimpclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace seg {

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error replyError(const QString &doing, const HttpReply &reply)
{
    return Error{
        {},
        QStringLiteral("%1: HTTP %2 %3").arg(doing).arg(reply.status).arg(apiErrorText(reply)),
        ErrorCode::Network};
}

} // namespace

MailchimpClient::MailchimpClient(const Destination &destination, const QString &apiKey,
                                 const RetryPolicy &policy, const std::atomic_bool *cancelled)
    : m_destination(destination), m_http(destination.baseUrl, policy, cancelled)
{
    m_http.setHeader("Authorization",
                     "Basic " + QStringLiteral("segmentor:%1").arg(apiKey).toUtf8().toBase64());
    m_http.setHeader("User-Agent", "Segmentor");
}

QString MailchimpClient::subscriberHash(const QString &email)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5)
            .toHex());
}

Result<qint64> findMailchimpTag(HttpClient &http, const QString &listId, const QString &name)
{
    const QString list = QString::fromLatin1(QUrl::toPercentEncoding(listId));
    for (int offset = 0;; offset += 1000) {
        Result<HttpReply> found =
            http.send("GET", QStringLiteral("/lists/%1/segments?type=static&count=1000&offset=%2")
                                 .arg(list)
                                 .arg(offset));
        if (!found) return found.error();
        if (found->status != 200)
            return replyError(QStringLiteral("cannot read the audience's tags"), *found);
        const QJsonArray segments = QJsonDocument::fromJson(found->body)
                                        .object()
                                        .value(QStringLiteral("segments"))
                                        .toArray();
        for (const QJsonValue &v : segments)
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject().value(QStringLiteral("id")).toInteger();
        if (segments.size() < 1000) return qint64(0);
    }
}

Status MailchimpClient::prepare(const QString &segmentCode)
{
    Result<qint64> existing = findMailchimpTag(m_http, m_destination.listId, segmentCode);
    if (!existing) return existing.error();
    if (*existing > 0) {
        m_tagId = *existing;
        return success();
    }
    const QString list = QString::fromLatin1(QUrl::toPercentEncoding(m_destination.listId));
    Result<HttpReply> created =
        m_http.send("POST", QStringLiteral("/lists/%1/segments").arg(list),
                    json(QJsonObject{{"name", segmentCode}, {"static_segment", QJsonArray()}}));
    if (!created) return created.error();
    if (created->status != 200 && created->status != 201)
        return replyError(QStringLiteral("cannot create the tag %1").arg(segmentCode), *created);
    m_tagId =
        QJsonDocument::fromJson(created->body).object().value(QStringLiteral("id")).toInteger();
    if (m_tagId <= 0)
        return Error{
            {},
            QStringLiteral("Mailchimp did not return the id of the tag %1").arg(segmentCode),
            ErrorCode::Network};
    return success();
}

Result<BatchOutcome> MailchimpClient::upsert(const QList<PushMember> &members)
{
    QJsonArray list;
    for (const PushMember &m : members)
        list.append(QJsonObject{
            {"email_address", m.email},
            {"status_if_new", m_destination.statusIfNew},
            {"merge_fields", QJsonObject{{"FNAME", m.firstName}, {"LNAME", m.lastName}}}});
    const QString path =
        QStringLiteral("/lists/%1")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_destination.listId)));
    Result<HttpReply> reply =
        m_http.send("POST", path, json(QJsonObject{{"members", list}, {"update_existing", true}}));
    if (!reply) return reply.error();
    if (reply->status != 200)
        return replyError(QStringLiteral("Mailchimp refused the batch"), *reply);
    BatchOutcome outcome;
    const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
    for (const QJsonValue &v : body.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        QString message = e.value(QStringLiteral("error")).toString();
        if (e.contains(QStringLiteral("error_code")))
            message +=
                QStringLiteral(" (%1)").arg(e.value(QStringLiteral("error_code")).toString());
        outcome.failed.insert(e.value(QStringLiteral("email_address")).toString().toLower(),
                              message);
    }
    // Tag the members Mailchimp accepted.
    QList<PushMember> accepted;
    for (const PushMember &m : members)
        if (!outcome.failed.contains(m.emailKey())) accepted << m;
    if (!accepted.isEmpty()) {
        Result<BatchOutcome> tagged = tag(accepted, true);
        if (!tagged) return tagged.error();
        outcome.failed.insert(tagged->failed);
    }
    for (const PushMember &m : members)
        if (!outcome.failed.contains(m.emailKey()))
            outcome.remoteIds.insert(m.emailKey(), subscriberHash(m.email));
    return outcome;
}

Result<BatchOutcome> MailchimpClient::remove(const QList<PushMember> &members)
{
    return tag(members, false);
}

Result<BatchOutcome> MailchimpClient::tag(const QList<PushMember> &members, bool add)
{
    if (m_tagId <= 0)
        return Error{{}, QStringLiteral("no Mailchimp tag prepared"), ErrorCode::Network};
    QJsonArray emails;
    for (const PushMember &m : members)
        emails.append(m.email);
    const QString path =
        QStringLiteral("/lists/%1/segments/%2")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_destination.listId)))
            .arg(m_tagId);
    Result<HttpReply> reply = m_http.send(
        "POST", path, json(QJsonObject{{add ? "members_to_add" : "members_to_remove", emails}}));
    if (!reply) return reply.error();
    if (reply->status != 200)
        return replyError(add ? QStringLiteral("Mailchimp refused to tag the batch")
                              : QStringLiteral("Mailchimp refused to untag the batch"),
                          *reply);
    BatchOutcome outcome;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        for (const QJsonValue &email : e.value(QStringLiteral("email_addresses")).toArray())
            outcome.failed.insert(email.toString().toLower(),
                                  e.value(QStringLiteral("error")).toString());
    }
    return outcome;
}

} // namespace seg
