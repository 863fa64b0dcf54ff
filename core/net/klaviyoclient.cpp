#include "net/klaviyoclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
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

const QByteArray kJsonApi = "application/vnd.api+json";

// A "links.next" URL back to a path on the same host.
QString pathOf(const QString &url)
{
    const QUrl u(url);
    QString path = u.path(QUrl::FullyEncoded);
    if (u.hasQuery()) path += QLatin1Char('?') + u.query(QUrl::FullyEncoded);
    return path;
}

} // namespace

KlaviyoClient::KlaviyoClient(const Destination &destination, const QString &apiKey,
                             const RetryPolicy &policy, const std::atomic_bool *cancelled)
    : m_destination(destination), m_http(destination.baseUrl, policy, cancelled),
      m_cancelled(cancelled)
{
    m_http.setHeader("Authorization", "Klaviyo-API-Key " + apiKey.toUtf8());
    m_http.setHeader("revision", kRevision);
    m_http.setHeader("Accept", kJsonApi);
    m_http.setHeader("User-Agent", "Segmentor");
}

Status KlaviyoClient::prepare(const QString &)
{
    Result<HttpReply> list = m_http.send(
        "GET", QStringLiteral("/api/lists/%1/")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_destination.listId))));
    if (!list) return list.error();
    if (list->status != 200)
        return replyError(
            QStringLiteral("cannot read the Klaviyo list %1").arg(m_destination.listId), *list);
    return success();
}

Result<BatchOutcome> KlaviyoClient::upsert(const QList<PushMember> &members)
{
    QJsonArray profiles;
    for (const PushMember &m : members) {
        QJsonObject attributes{{"email", m.email}};
        if (!m.firstName.isEmpty()) attributes.insert(QStringLiteral("first_name"), m.firstName);
        if (!m.lastName.isEmpty()) attributes.insert(QStringLiteral("last_name"), m.lastName);
        profiles.append(QJsonObject{{"type", "profile"}, {"attributes", attributes}});
    }
    const QJsonObject job{
        {"data",
         QJsonObject{
             {"type", "profile-bulk-import-job"},
             {"attributes", QJsonObject{{"profiles", QJsonObject{{"data", profiles}}}}},
             {"relationships",
              QJsonObject{{"lists", QJsonObject{{"data", QJsonArray{QJsonObject{
                                                             {"type", "list"},
                                                             {"id", m_destination.listId}}}}}}}}}}};
    Result<HttpReply> created =
        m_http.send("POST", QStringLiteral("/api/profile-bulk-import-jobs/"), json(job), kJsonApi);
    if (!created) return created.error();
    if (created->status != 202 && created->status != 201 && created->status != 200)
        return replyError(QStringLiteral("Klaviyo refused the import job"), *created);
    const QString jobId = QJsonDocument::fromJson(created->body)
                              .object()
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
    if (jobId.isEmpty())
        return Error{
            {}, QStringLiteral("Klaviyo did not return the import job's id"), ErrorCode::Network};
    const QString jobPath = QStringLiteral("/api/profile-bulk-import-jobs/%1/")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(jobId)));

    // Wait for the job (a worker thread: a plain sleep between polls).
    QString status;
    for (int poll = 0;; ++poll) {
        Result<HttpReply> state = m_http.send("GET", jobPath);
        if (!state) return state.error();
        if (state->status != 200)
            return replyError(QStringLiteral("cannot read the import job %1").arg(jobId), *state);
        status = QJsonDocument::fromJson(state->body)
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString();
        if (status == QLatin1String("complete") || status == QLatin1String("cancelled") ||
            status == QLatin1String("failed"))
            break;
        if (poll >= m_maxPolls)
            return Error{
                {},
                QStringLiteral("the Klaviyo import job %1 did not finish in time (status %2)")
                    .arg(jobId, status),
                ErrorCode::Network};
        if (m_cancelled && m_cancelled->load())
            return Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled};
        QThread::msleep(ulong(m_pollMs));
    }
    if (status != QLatin1String("complete"))
        return Error{{},
                     QStringLiteral("the Klaviyo import job %1 ended %2").arg(jobId, status),
                     ErrorCode::Network};

    BatchOutcome outcome;
    QString next = jobPath + QStringLiteral("import-errors/");
    while (!next.isEmpty()) {
        Result<HttpReply> errors = m_http.send("GET", next);
        if (!errors) return errors.error();
        if (errors->status != 200)
            return replyError(QStringLiteral("cannot read the import job's errors"), *errors);
        const QJsonObject body = QJsonDocument::fromJson(errors->body).object();
        for (const QJsonValue &v : body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject a = v.toObject().value(QStringLiteral("attributes")).toObject();
            const QString email = a.value(QStringLiteral("original_payload"))
                                      .toObject()
                                      .value(QStringLiteral("email"))
                                      .toString()
                                      .toLower();
            QString message = a.value(QStringLiteral("detail"))
                                  .toString(a.value(QStringLiteral("title")).toString());
            if (a.contains(QStringLiteral("code")))
                message += QStringLiteral(" (%1)").arg(a.value(QStringLiteral("code")).toString());
            outcome.failed.insert(email, message);
        }
        const QString link =
            body.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toString();
        next = link.isEmpty() ? QString() : pathOf(link);
    }
    return outcome;
}

Result<BatchOutcome> KlaviyoClient::remove(const QList<PushMember> &members)
{
    // Klaviyo removes profiles from a list by id: look the ids up, 100 emails per filter.
    QList<QJsonObject> ids;
    for (qsizetype from = 0; from < members.size(); from += 100) {
        QStringList quoted;
        for (const PushMember &m : members.mid(from, 100))
            quoted << QStringLiteral("\"%1\"").arg(
                m.email.toLower().replace(QLatin1Char('"'), QLatin1String("\\\"")));
        const QString filter = QStringLiteral("any(email,[%1])").arg(quoted.join(QLatin1Char(',')));
        QString next =
            QStringLiteral("/api/profiles/?filter=%1&page%5Bsize%5D=100&fields%5Bprofile%5D=email")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        while (!next.isEmpty()) {
            Result<HttpReply> found = m_http.send("GET", next);
            if (!found) return found.error();
            if (found->status != 200)
                return replyError(QStringLiteral("cannot look up the profiles to remove"), *found);
            const QJsonObject body = QJsonDocument::fromJson(found->body).object();
            for (const QJsonValue &v : body.value(QStringLiteral("data")).toArray())
                ids << QJsonObject{{"type", "profile"},
                                   {"id", v.toObject().value(QStringLiteral("id")).toString()}};
            const QString link = body.value(QStringLiteral("links"))
                                     .toObject()
                                     .value(QStringLiteral("next"))
                                     .toString();
            next = link.isEmpty() ? QString() : pathOf(link);
        }
    }
    // Emails Klaviyo does not know are not on the list either: nothing to remove for them.
    const QString path =
        QStringLiteral("/api/lists/%1/relationships/profiles/")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_destination.listId)));
    for (qsizetype from = 0; from < ids.size(); from += 1000) {
        QJsonArray data;
        for (const QJsonObject &id : ids.mid(from, 1000))
            data.append(id);
        Result<HttpReply> removed =
            m_http.send("DELETE", path, json(QJsonObject{{"data", data}}), kJsonApi);
        if (!removed) return removed.error();
        if (removed->status != 204 && removed->status != 200)
            return replyError(
                QStringLiteral("Klaviyo refused to remove the profiles from the list"), *removed);
    }
    return BatchOutcome{};
}

} // namespace seg
