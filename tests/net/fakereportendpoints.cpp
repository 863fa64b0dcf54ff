// The campaign report endpoints of the fake Mailchimp and Klaviyo servers (the engagement
// import), with the real request and response shapes: Mailchimp's count/offset paging with
// total_items, Klaviyo's links.next cursor and its campaign values report.
#include "fakemarketingservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace segtest {

namespace {

std::string json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

void upsert(QList<FakeCampaign> &campaigns, const FakeCampaign &c)
{
    for (FakeCampaign &existing : campaigns)
        if (existing.id == c.id) {
            existing = c;
            return;
        }
    campaigns << c;
}

} // namespace

// ---------------------------------------------------------------- Mailchimp

void FakeMailchimp::setCampaign(const FakeCampaign &campaign)
{
    QMutexLocker lock(&m_mutex);
    upsert(m_campaigns, campaign);
}

qint64 FakeMailchimp::addTag(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    const qint64 id = 1000 + m_tags.size();
    m_tags.insert(id, name);
    return id;
}

qint64 FakeMailchimp::tagId(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it)
        if (it.value() == name) return it.key();
    return 0;
}

void FakeMailchimp::serveReports()
{
    auto authorized = [this](const httplib::Request &req, httplib::Response &res) {
        const QByteArray expected =
            "Basic " + QStringLiteral("segmentor:%1").arg(m_apiKey).toUtf8().toBase64();
        if (QByteArray::fromStdString(req.get_header_value("Authorization")) == expected)
            return true;
        res.status = 401;
        res.set_content(
            R"({"title":"API Key Invalid","status":401,"detail":"Your API key may be invalid."})",
            "application/problem+json");
        return false;
    };
    m_server.Get("/3.0/campaigns", [this, authorized](const httplib::Request &req,
                                                      httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        const QString list = QString::fromStdString(req.get_param_value("list_id"));
        const QString status = QString::fromStdString(req.get_param_value("status"));
        const int count = req.has_param("count") ? std::stoi(req.get_param_value("count")) : 10;
        const int offset = req.has_param("offset") ? std::stoi(req.get_param_value("offset")) : 0;
        if (count > 1000) {
            res.status = 400;
            res.set_content(
                R"({"title":"Invalid Resource","status":400,"detail":"count is at most 1000"})",
                "application/problem+json");
            return;
        }
        QList<FakeCampaign> matching;
        for (const FakeCampaign &c : m_campaigns)
            if ((list.isEmpty() || c.listId == list) && (status.isEmpty() || c.status == status))
                matching << c;
        QJsonArray page;
        for (const FakeCampaign &c : matching.mid(offset, count)) {
            QJsonObject opts;
            if (c.tagId > 0 && c.tagAsCondition)
                opts = QJsonObject{
                    {"match", "all"},
                    {"conditions", QJsonArray{QJsonObject{{"condition_type", "StaticSegment"},
                                                          {"field", "static_segment"},
                                                          {"op", "static_is"},
                                                          {"value", c.tagId}}}}};
            else if (c.tagId > 0)
                opts = QJsonObject{{"saved_segment_id", c.tagId}, {"match", "all"}};
            page.append(QJsonObject{
                {"id", c.id},
                {"type", "regular"},
                {"status", c.status},
                {"send_time", c.sendTime},
                {"recipients", QJsonObject{{"list_id", c.listId}, {"segment_opts", opts}}},
                {"settings", QJsonObject{{"title", c.name}, {"subject_line", c.name}}}});
        }
        res.set_content(json(QJsonObject{{"campaigns", page}, {"total_items", matching.size()}}),
                        "application/json");
    });
    m_server.Get(R"(/3.0/reports/([^/]+))", [this, authorized](const httplib::Request &req,
                                                               httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QMutexLocker lock(&m_mutex);
        const QString id = QString::fromStdString(req.matches[1]);
        for (const FakeCampaign &c : m_campaigns) {
            if (c.id != id) continue;
            res.set_content(json(QJsonObject{
                                {"id", c.id},
                                {"campaign_title", c.name},
                                {"type", "regular"},
                                {"list_id", c.listId},
                                {"emails_sent", c.sent},
                                {"abuse_reports", 0},
                                {"unsubscribed", c.unsubscribes},
                                {"send_time", c.sendTime},
                                {"bounces", QJsonObject{{"hard_bounces", c.hardBounces},
                                                        {"soft_bounces", c.softBounces},
                                                        {"syntax_errors", 0}}},
                                {"opens", QJsonObject{{"opens_total", c.opens},
                                                      {"unique_opens", c.uniqueOpens},
                                                      {"open_rate", 0.5}}},
                                {"clicks", QJsonObject{{"clicks_total", c.clicks},
                                                       // per link: more than the people who clicked
                                                       {"unique_clicks", c.uniqueClicks + 1},
                                                       {"unique_subscriber_clicks", c.uniqueClicks},
                                                       {"click_rate", 0.1}}}}),
                            "application/json");
            return;
        }
        res.status = 404;
        res.set_content(
            R"({"title":"Resource Not Found","status":404,"detail":"The requested resource could not be found."})",
            "application/problem+json");
    });
}

// ---------------------------------------------------------------- Klaviyo

void FakeKlaviyo::setCampaign(const FakeCampaign &campaign)
{
    QMutexLocker lock(&m_mutex);
    upsert(m_campaigns, campaign);
}

QList<QJsonObject> FakeKlaviyo::valuesRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_valuesRequests;
}

void FakeKlaviyo::serveReports()
{
    auto authorized = [this](const httplib::Request &req, httplib::Response &res) {
        if (req.get_header_value("Authorization") ==
                ("Klaviyo-API-Key " + m_apiKey).toStdString() &&
            req.get_header_value("revision") == "2024-10-15")
            return true;
        res.status = 401;
        res.set_content(
            R"({"errors":[{"status":401,"code":"not_authenticated","title":"Authentication credentials were not provided.","detail":"Missing or invalid private key."}]})",
            "application/vnd.api+json");
        return false;
    };
    auto invalid = [](httplib::Response &res, const char *detail) {
        res.status = 400;
        res.set_content(
            json(QJsonObject{{"errors", QJsonArray{QJsonObject{{"status", 400},
                                                               {"code", "invalid"},
                                                               {"title", "Invalid input."},
                                                               {"detail", detail}}}}}),
            "application/vnd.api+json");
    };
    m_server.Get("/api/campaigns/", [this, authorized, invalid](const httplib::Request &req,
                                                                httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        // The real API requires a channel filter.
        if (req.get_param_value("filter") != "equals(messages.channel,'email')")
            return invalid(res, "A channel filter is required.");
        QMutexLocker lock(&m_mutex);
        const int from =
            req.has_param("page[cursor]") ? std::stoi(req.get_param_value("page[cursor]")) : 0;
        QJsonArray data;
        for (const FakeCampaign &c : m_campaigns.mid(from, 2)) {
            QString status = c.status;
            status[0] = status.at(0).toUpper();
            data.append(QJsonObject{
                {"type", "campaign"},
                {"id", c.id},
                {"attributes",
                 QJsonObject{{"name", c.name},
                             {"status", status},
                             {"archived", false},
                             {"audiences",
                              QJsonObject{{"included", QJsonArray::fromStringList(c.audiences)},
                                          {"excluded", QJsonArray()}}},
                             {"send_time", c.sendTime}}}});
        }
        QJsonValue next = QJsonValue::Null;
        if (from + 2 < m_campaigns.size())
            next = baseUrl() +
                   QStringLiteral("/api/campaigns/?filter=equals%28messages.channel%2C%27email%27"
                                  "%29&page%5Bcursor%5D=%1")
                       .arg(from + 2);
        res.set_content(json(QJsonObject{{"data", data}, {"links", QJsonObject{{"next", next}}}}),
                        "application/vnd.api+json");
    });
    m_server.Get("/api/metrics/", [this, authorized](const httplib::Request &req,
                                                     httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        QJsonArray data;
        for (const auto &[id, name] :
             {std::pair{"MOPEN1", "Opened Email"}, std::pair{"MPLACED", "Placed Order"}})
            data.append(QJsonObject{
                {"type", "metric"}, {"id", id}, {"attributes", QJsonObject{{"name", name}}}});
        res.set_content(
            json(QJsonObject{{"data", data}, {"links", QJsonObject{{"next", QJsonValue::Null}}}}),
            "application/vnd.api+json");
    });
    m_server.Post("/api/campaign-values-reports/", [this, authorized,
                                                    invalid](const httplib::Request &req,
                                                             httplib::Response &res) {
        Fault f;
        if (faultBefore(req, res, f) || !authorized(req, res)) return;
        const QJsonObject request =
            QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
        const QJsonObject a = request.value("data").toObject().value("attributes").toObject();
        if (a.value("conversion_metric_id").toString().isEmpty())
            return invalid(res, "conversion_metric_id is required.");
        if (!a.value("timeframe").toObject().contains("key") &&
            !a.value("timeframe").toObject().contains("start"))
            return invalid(res, "timeframe is required.");
        QMutexLocker lock(&m_mutex);
        m_valuesRequests << request;
        // filter=any(campaign_id,["a","b"])
        static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
        QSet<QString> ids;
        for (auto it = quoted.globalMatch(a.value("filter").toString()); it.hasNext();)
            ids << it.next().captured(1);
        const QJsonArray asked = a.value("statistics").toArray();
        QJsonArray results;
        for (const FakeCampaign &c : m_campaigns) {
            if (!ids.contains(c.id) || c.status != QLatin1String("sent")) continue;
            const QHash<QString, qint64> all{{"recipients", c.sent},
                                             {"delivered", c.delivered},
                                             {"opens", c.opens},
                                             {"opens_unique", c.uniqueOpens},
                                             {"clicks", c.clicks},
                                             {"clicks_unique", c.uniqueClicks},
                                             {"unsubscribes", c.unsubscribes}};
            // Two messages per campaign (e.g. two subject lines): the client sums them.
            for (int half = 0; half < 2; ++half) {
                QJsonObject statistics;
                for (const QJsonValue &name : asked) {
                    const qint64 v = all.value(name.toString());
                    statistics.insert(name.toString(), double(half == 0 ? v / 2 : v - v / 2));
                }
                results.append(QJsonObject{
                    {"groupings",
                     QJsonObject{{"send_channel", "email"},
                                 {"campaign_id", c.id},
                                 {"campaign_message_id", c.id + QStringLiteral("-m%1").arg(half)}}},
                    {"statistics", statistics}});
            }
        }
        res.set_content(
            json(QJsonObject{
                {"data", QJsonObject{{"type", "campaign-values-report"},
                                     {"id", "report1"},
                                     {"attributes", QJsonObject{{"results", results}}}}},
                {"links", QJsonObject{{"self", baseUrl() + "/api/campaign-values-reports/"}}}}),
            "application/vnd.api+json");
    });
}

} // namespace segtest
