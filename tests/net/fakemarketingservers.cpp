#include "fakemarketingservers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

#include <chrono>

namespace segtest {

namespace {

std::string json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject body(const httplib::Request &req)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
}

QString md5(const QString &email)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Md5).toHex());
}

// "/a/b" matches exactly that path, "/a/*" every path under /a/.
bool matches(const QString &path, const QString &pattern)
{
    return pattern.endsWith(QLatin1Char('*')) ? path.startsWith(pattern.chopped(1))
                                              : path == pattern;
}

} // namespace

FakeServer::~FakeServer()
{
    m_server.stop();
    if (m_thread.joinable()) m_thread.join();
}

void FakeServer::start(const QString &prefix)
{
    const int port = m_server.bind_to_any_port("127.0.0.1");
    m_baseUrl = QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(prefix);
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
}

void FakeServer::injectFault(const QString &method, const QString &pathPart, Fault fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults << std::make_tuple(method, pathPart, fault);
}

int FakeServer::requestCount(const QString &method, const QString &pathPart) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const QString &r : m_requests)
        if (r.startsWith(method + QLatin1Char(' ')) &&
            matches(r.section(QLatin1Char(' '), 1), pathPart))
            ++n;
    return n;
}

QStringList FakeServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

bool FakeServer::faultBefore(const httplib::Request &req, httplib::Response &res, Fault &pending)
{
    QMutexLocker lock(&m_mutex);
    const QString method = QString::fromStdString(req.method);
    const QString path = QString::fromStdString(req.path);
    m_requests << method + QLatin1Char(' ') + path;
    pending = Fault::None;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const auto &[m, part, fault] = m_faults.at(i);
        if (m == method && matches(path, part)) {
            pending = fault;
            m_faults.removeAt(i);
            break;
        }
    }
    switch (pending) {
    case Fault::TooManyRequests:
        res.status = 429;
        res.set_header("Retry-After", "1");
        res.set_content(R"({"title":"Too Many Requests","status":429,"detail":"slow down"})",
                        "application/problem+json");
        return true;
    case Fault::ServerError:
        res.status = 500;
        res.set_content(R"({"title":"Internal Server Error","status":500,"detail":"try again"})",
                        "application/problem+json");
        return true;
    case Fault::BadRequest:
        res.status = 400;
        res.set_content(
            R"({"title":"Invalid Resource","status":400,"detail":"The resource submitted could not be validated."})",
            "application/problem+json");
        return true;
    default:
        return false;
    }
}

void FakeServer::dropConnection(httplib::Response &res)
{
    // Headers announce a body the server never writes: the client loses the connection
    // mid-response, after the server applied the request.
    res.body.clear();
    res.set_content_provider(1000, "application/json",
                             [](size_t, size_t, httplib::DataSink &) { return false; });
}

// ---------------------------------------------------------------- Mailchimp

FakeMailchimp::FakeMailchimp(const QString &apiKey, const QString &audienceId)
    : m_apiKey(apiKey), m_audience(audienceId)
{
    const std::string list = "/3.0/lists/" + audienceId.toStdString();
    auto authorized = [this](const httplib::Request &req, httplib::Response &res) {
        const QByteArray expected =
            "Basic " + QStringLiteral("segmentor:%1").arg(m_apiKey).toUtf8().toBase64();
        if (QByteArray::fromStdString(req.get_header_value("Authorization")) != expected) {
            res.status = 401;
            res.set_content(
                R"({"title":"API Key Invalid","status":401,"detail":"Your API key may be invalid."})",
                "application/problem+json");
            return false;
        }
        return true;
    };
    m_server.Get(list + "/segments", [this, authorized](const httplib::Request &req,
                                                        httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        QJsonArray segments;
        for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it)
            segments.append(
                QJsonObject{{"id", it.key()}, {"name", it.value()}, {"type", "static"}});
        res.set_content(json(QJsonObject{{"segments", segments}, {"total_items", segments.size()}}),
                        "application/json");
    });
    m_server.Post(list + "/segments", [this, authorized](const httplib::Request &req,
                                                         httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        const qint64 id = 1000 + m_tags.size();
        m_tags.insert(id, body(req).value(QStringLiteral("name")).toString());
        res.set_content(
            json(QJsonObject{{"id", id}, {"name", m_tags.value(id)}, {"type", "static"}}),
            "application/json");
    });
    m_server.Post(list + R"(/segments/(\d+))", [this, authorized](const httplib::Request &req,
                                                                  httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        const qint64 id = QString::fromStdString(req.matches[1]).toLongLong();
        if (!m_tags.contains(id)) {
            res.status = 404;
            res.set_content(
                R"({"title":"Resource Not Found","status":404,"detail":"no such segment"})",
                "application/problem+json");
            return;
        }
        const QJsonObject b = body(req);
        QJsonArray added, removed, errors;
        for (const QJsonValue &v : b.value(QStringLiteral("members_to_add")).toArray()) {
            const QString email = v.toString().toLower();
            if (!m_members.contains(md5(email))) {
                errors.append(
                    QJsonObject{{"email_addresses", QJsonArray{v.toString()}},
                                {"error", "Email address is not subscribed to the list"}});
                continue;
            }
            m_tagMembers[id].insert(email);
            added.append(QJsonObject{{"email_address", v.toString()}});
        }
        for (const QJsonValue &v : b.value(QStringLiteral("members_to_remove")).toArray()) {
            m_tagMembers[id].remove(v.toString().toLower());
            removed.append(QJsonObject{{"email_address", v.toString()}});
        }
        res.set_content(json(QJsonObject{{"members_added", added},
                                         {"members_removed", removed},
                                         {"errors", errors},
                                         {"total_added", added.size()},
                                         {"total_removed", removed.size()},
                                         {"error_count", errors.size()}}),
                        "application/json");
        if (f == Fault::DropAfterApplying) dropConnection(res);
    });
    m_server.Post(list, [this, authorized](const httplib::Request &req, httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        const QJsonObject b = body(req);
        const QJsonArray members = b.value(QStringLiteral("members")).toArray();
        m_batchSizes << int(members.size());
        if (members.size() > 500) {
            res.status = 400;
            res.set_content(
                R"({"title":"Invalid Resource","status":400,"detail":"no more than 500 members per call"})",
                "application/problem+json");
            return;
        }
        QJsonArray created, updated, errors;
        for (const QJsonValue &v : members) {
            const QJsonObject m = v.toObject();
            const QString email = m.value(QStringLiteral("email_address")).toString();
            if (email.contains(QLatin1String("invalid"))) {
                errors.append(QJsonObject{
                    {"email_address", email},
                    {"error",
                     QStringLiteral("%1 looks fake or invalid, please enter a real email address.")
                         .arg(email)},
                    {"error_code", "ERROR_GENERIC"}});
                continue;
            }
            const QString hash = md5(email);
            Member &member = m_members[hash];
            const bool isNew = member.email.isEmpty();
            member.email = email;
            if (isNew) member.status = m.value(QStringLiteral("status_if_new")).toString();
            member.firstName = m.value(QStringLiteral("merge_fields"))
                                   .toObject()
                                   .value(QStringLiteral("FNAME"))
                                   .toString();
            member.lastName = m.value(QStringLiteral("merge_fields"))
                                  .toObject()
                                  .value(QStringLiteral("LNAME"))
                                  .toString();
            ++member.upserts;
            (isNew ? created : updated).append(QJsonObject{{"id", hash}, {"email_address", email}});
        }
        res.set_content(json(QJsonObject{{"new_members", created},
                                         {"updated_members", updated},
                                         {"errors", errors},
                                         {"total_created", created.size()},
                                         {"total_updated", updated.size()},
                                         {"error_count", errors.size()}}),
                        "application/json");
        if (f == Fault::DropAfterApplying) dropConnection(res);
    });
    serveReports();
    start(QStringLiteral("/3.0"));
}

QHash<QString, FakeMailchimp::Member> FakeMailchimp::members() const
{
    QMutexLocker lock(&m_mutex);
    return m_members;
}

QSet<QString> FakeMailchimp::tagged(const QString &tag) const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it)
        if (it.value() == tag) return m_tagMembers.value(it.key());
    return {};
}

QList<int> FakeMailchimp::batchSizes() const
{
    QMutexLocker lock(&m_mutex);
    return m_batchSizes;
}

// ---------------------------------------------------------------- Klaviyo

FakeKlaviyo::FakeKlaviyo(const QString &apiKey, const QString &listId)
    : m_apiKey(apiKey), m_list(listId)
{
    auto authorized = [this](const httplib::Request &req, httplib::Response &res) {
        if (req.get_header_value("Authorization") !=
            ("Klaviyo-API-Key " + m_apiKey).toStdString()) {
            res.status = 401;
            res.set_content(
                R"({"errors":[{"status":401,"code":"not_authenticated","title":"Authentication credentials were not provided.","detail":"Missing or invalid private key."}]})",
                "application/vnd.api+json");
            return false;
        }
        if (req.get_header_value("revision") != "2024-10-15") {
            res.status = 400;
            res.set_content(
                R"({"errors":[{"status":400,"code":"invalid","title":"Invalid input.","detail":"A valid revision header is required."}]})",
                "application/vnd.api+json");
            return false;
        }
        return true;
    };
    const std::string list = "/api/lists/" + listId.toStdString();
    m_server.Get(
        list + "/", [this, authorized](const httplib::Request &req, httplib::Response &res) {
            Fault f;
            if (faultBefore(req, res, f) || !authorized(req, res)) return;
            res.set_content(
                json(QJsonObject{
                    {"data", QJsonObject{{"type", "list"},
                                         {"id", m_list},
                                         {"attributes", QJsonObject{{"name", "Segment"}}}}}}),
                "application/vnd.api+json");
        });
    m_server.Post("/api/profile-bulk-import-jobs/", [this, authorized](const httplib::Request &req,
                                                                       httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        const QJsonObject data = body(req).value(QStringLiteral("data")).toObject();
        const QJsonArray profiles = data.value(QStringLiteral("attributes"))
                                        .toObject()
                                        .value(QStringLiteral("profiles"))
                                        .toObject()
                                        .value(QStringLiteral("data"))
                                        .toArray();
        const QJsonArray lists = data.value(QStringLiteral("relationships"))
                                     .toObject()
                                     .value(QStringLiteral("lists"))
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toArray();
        if (profiles.isEmpty() || profiles.size() > 10000) {
            res.status = 400;
            res.set_content(
                R"({"errors":[{"status":400,"code":"invalid","title":"Invalid input.","detail":"1 to 10000 profiles"}]})",
                "application/vnd.api+json");
            return;
        }
        Job job;
        for (const QJsonValue &v : profiles) {
            const QString email = v.toObject()
                                      .value(QStringLiteral("attributes"))
                                      .toObject()
                                      .value(QStringLiteral("email"))
                                      .toString()
                                      .toLower();
            if (email.contains(QLatin1String("invalid"))) {
                job.errors << qMakePair(email, QStringLiteral("Invalid email address"));
                continue;
            }
            if (!m_profiles.contains(email))
                m_profiles.insert(
                    email, QStringLiteral("01P%1").arg(m_profiles.size(), 6, 10, QLatin1Char('0')));
            ++m_imports[email];
            for (const QJsonValue &l : lists)
                if (l.toObject().value(QStringLiteral("id")).toString() == m_list)
                    m_listMembers.insert(email);
        }
        const QString id = QStringLiteral("job%1").arg(m_jobs.size() + 1);
        m_jobs.insert(id, job);
        res.status = 202;
        res.set_content(
            json(QJsonObject{
                {"data",
                 QJsonObject{{"type", "profile-bulk-import-job"},
                             {"id", id},
                             {"attributes", QJsonObject{{"status", "queued"},
                                                        {"total_count", profiles.size()}}}}}}),
            "application/vnd.api+json");
        if (f == Fault::DropAfterApplying) dropConnection(res);
    });
    m_server.Get(
        R"(/api/profile-bulk-import-jobs/([^/]+)/)",
        [this, authorized](const httplib::Request &req, httplib::Response &res) {
            Fault f;
            if (faultBefore(req, res, f) || !authorized(req, res)) return;
            QMutexLocker lock(&m_mutex);
            const QString id = QString::fromStdString(req.matches[1]);
            if (!m_jobs.contains(id)) {
                res.status = 404;
                return;
            }
            ++m_jobPolls;
            // "processing" on the first look, then "complete".
            const QString status =
                m_jobs[id].polls++ == 0 ? QStringLiteral("processing") : QStringLiteral("complete");
            res.set_content(
                json(QJsonObject{
                    {"data", QJsonObject{{"type", "profile-bulk-import-job"},
                                         {"id", id},
                                         {"attributes", QJsonObject{{"status", status}}}}}}),
                "application/vnd.api+json");
        });
    m_server.Get(R"(/api/profile-bulk-import-jobs/([^/]+)/import-errors/)",
                 [this, authorized](const httplib::Request &req, httplib::Response &res) {
                     Fault f;
                     if (faultBefore(req, res, f) || !authorized(req, res)) return;
                     QMutexLocker lock(&m_mutex);
                     QJsonArray data;
                     int n = 0;
                     for (const auto &[email, detail] :
                          m_jobs.value(QString::fromStdString(req.matches[1])).errors)
                         data.append(QJsonObject{
                             {"type", "import-error"},
                             {"id", QStringLiteral("e%1").arg(++n)},
                             {"attributes",
                              QJsonObject{{"code", "invalid"},
                                          {"title", "Invalid input."},
                                          {"detail", detail},
                                          {"original_payload", QJsonObject{{"email", email}}}}}});
                     res.set_content(
                         json(QJsonObject{{"data", data},
                                          {"links", QJsonObject{{"next", QJsonValue::Null}}}}),
                         "application/vnd.api+json");
                 });
    m_server.Get("/api/profiles/", [this, authorized](const httplib::Request &req,
                                                      httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        // filter=any(email,["a@x","b@y"])
        const QString filter = QString::fromStdString(req.get_param_value("filter"));
        static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
        QJsonArray data;
        for (auto it = quoted.globalMatch(filter); it.hasNext();) {
            const QString email = it.next().captured(1).toLower();
            if (m_profiles.contains(email))
                data.append(QJsonObject{{"type", "profile"},
                                        {"id", m_profiles.value(email)},
                                        {"attributes", QJsonObject{{"email", email}}}});
        }
        res.set_content(
            json(QJsonObject{{"data", data}, {"links", QJsonObject{{"next", QJsonValue::Null}}}}),
            "application/vnd.api+json");
    });
    m_server.Delete(list + "/relationships/profiles/",
                    [this, authorized](const httplib::Request &req, httplib::Response &res) {
                        Fault f;
                        if (faultBefore(req, res, f) || !authorized(req, res)) return;
                        QMutexLocker lock(&m_mutex);
                        for (const QJsonValue &v :
                             body(req).value(QStringLiteral("data")).toArray()) {
                            const QString id = v.toObject().value(QStringLiteral("id")).toString();
                            m_listMembers.remove(m_profiles.key(id));
                        }
                        res.status = 204;
                    });
    serveReports();
    start(QString());
}

QSet<QString> FakeKlaviyo::listMembers() const
{
    QMutexLocker lock(&m_mutex);
    return m_listMembers;
}

QHash<QString, int> FakeKlaviyo::imports() const
{
    QMutexLocker lock(&m_mutex);
    return m_imports;
}

int FakeKlaviyo::jobPolls() const
{
    QMutexLocker lock(&m_mutex);
    return m_jobPolls;
}

// ---------------------------------------------------------------- Webhook receiver

FakeWebhook::FakeWebhook(const QString &secret, const QString &path) : m_secret(secret)
{
    m_server.Post(path.toStdString(), [this](const httplib::Request &req, httplib::Response &res) {
        {
            QMutexLocker lock(&m_mutex);
            m_attempts << Attempt{
                QByteArray::fromStdString(req.get_header_value("X-Segmentor-Timestamp")),
                QByteArray::fromStdString(req.get_header_value("X-Segmentor-Signature")),
                QByteArray::fromStdString(req.body)};
        }
        Fault f;
        if (faultBefore(req, res, f)) return;
        const QByteArray body = QByteArray::fromStdString(req.body);
        const QByteArray timestamp =
            QByteArray::fromStdString(req.get_header_value("X-Segmentor-Timestamp"));
        const QByteArray expected =
            "sha256=" + QMessageAuthenticationCode::hash(timestamp + '.' + body, m_secret.toUtf8(),
                                                         QCryptographicHash::Sha256)
                            .toHex();
        const QByteArray signature =
            QByteArray::fromStdString(req.get_header_value("X-Segmentor-Signature"));
        const qint64 age = QDateTime::currentSecsSinceEpoch() - timestamp.toLongLong();
        if (timestamp.isEmpty() || signature != expected || age > 600 || age < -600) {
            QMutexLocker lock(&m_mutex);
            ++m_badSignatures;
            res.status = 401;
            res.set_content(R"({"error":"bad signature"})", "application/json");
            return;
        }
        std::function<void(int)> hook;
        int number = 0;
        {
            QMutexLocker lock(&m_mutex);
            number = int(m_batches.size()) + 1;
            hook = m_onBatch;
        }
        if (hook) hook(number);
        const QJsonArray events =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("events")).toArray();
        {
            QMutexLocker lock(&m_mutex);
            QStringList ids;
            for (const QJsonValue &v : events) {
                const QJsonObject e = v.toObject();
                const QString id = e.value(QStringLiteral("id")).toString();
                ids << id;
                m_received << id;
                if (!m_seen.contains(id)) {
                    m_seen.insert(id);
                    m_events << e;
                }
            }
            m_batches << ids;
        }
        if (f == Fault::SlowAfterApplying)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_slowMs));
        res.status = 200;
        res.set_content(json(QJsonObject{{"received", events.size()}}), "application/json");
        if (f == Fault::DropAfterApplying) dropConnection(res);
    });
    start(path);
}

QList<QJsonObject> FakeWebhook::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

QStringList FakeWebhook::receivedIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

QList<QStringList> FakeWebhook::batches() const
{
    QMutexLocker lock(&m_mutex);
    return m_batches;
}

int FakeWebhook::badSignatures() const
{
    QMutexLocker lock(&m_mutex);
    return m_badSignatures;
}

void FakeWebhook::onBatch(std::function<void(int)> hook)
{
    QMutexLocker lock(&m_mutex);
    m_onBatch = std::move(hook);
}

QList<FakeWebhook::Attempt> FakeWebhook::attempts() const
{
    QMutexLocker lock(&m_mutex);
    return m_attempts;
}

} // namespace segtest
