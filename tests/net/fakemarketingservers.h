#pragma once

// Fake Mailchimp and Klaviyo APIs on loopback for the push tests: only the endpoints a
// segment push uses, with their real request and response shapes, keeping state in memory,
// and with faults to inject (429 with Retry-After, 500, a connection dropped after the
// server applied the request).
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <httplib.h>

#include <functional>
#include <memory>
#include <thread>

namespace segtest {

enum class Fault
{
    None,
    TooManyRequests,
    ServerError,
    DropAfterApplying,
    BadRequest,
    SlowAfterApplying // (webhooks) replies after the client's read timeout, having applied it
};

class FakeServer
{
public:
    virtual ~FakeServer();
    QString baseUrl() const { return m_baseUrl; }
    // The next requests with `method` on `path` ("/x/*": any path under /x/) fail as told, in
    // order.
    void injectFault(const QString &method, const QString &pathPart, Fault fault);
    int requestCount(const QString &method, const QString &pathPart) const;
    QStringList requests() const; // "POST /3.0/lists/aud1", in order

protected:
    void start(const QString &prefix);
    // Returns true when a fault was applied before the handler (429, 500, 400).
    bool faultBefore(const httplib::Request &req, httplib::Response &res, Fault &pending);
    static void dropConnection(httplib::Response &res);
    httplib::Server m_server;
    mutable QMutex m_mutex;

private:
    std::thread m_thread;
    QString m_baseUrl;
    QList<std::tuple<QString, QString, Fault>> m_faults;
    QStringList m_requests;
};

// A sent (or draft) email campaign with its report, as the fake report endpoints
// (fakereportendpoints.cpp) serve it.
struct FakeCampaign
{
    QString id;
    QString name;
    QString status = QStringLiteral("sent"); // Klaviyo: shown as "Sent"/"Draft"
    QString sendTime;                        // ISO 8601, UTC
    QString listId;                          // Mailchimp: recipients.list_id
    qint64 tagId = 0;            // Mailchimp: the tag it went to (0: the whole audience)
    bool tagAsCondition = false; // Mailchimp: a StaticSegment condition, not saved_segment_id
    QStringList audiences;       // Klaviyo: audiences.included
    qint64 sent = 0, hardBounces = 0, softBounces = 0, delivered = 0, opens = 0, uniqueOpens = 0,
           clicks = 0, uniqueClicks = 0, unsubscribes = 0;
};

class FakeMailchimp : public FakeServer
{
public:
    FakeMailchimp(const QString &apiKey, const QString &audienceId);

    struct Member
    {
        QString email;
        QString status;
        QString firstName;
        QString lastName;
        int upserts = 0;
    };
    QHash<QString, Member> members() const;         // by subscriber hash
    QSet<QString> tagged(const QString &tag) const; // lower-cased emails
    QList<int> batchSizes() const;
    // Report endpoints: GET /campaigns (count/offset paging, total_items), GET /reports/{id}.
    void setCampaign(const FakeCampaign &campaign); // adds, or replaces the one with its id
    qint64 addTag(const QString &name);
    qint64 tagId(const QString &name) const; // 0 when none

private:
    void serveReports();
    QString m_apiKey;
    QString m_audience;
    QList<FakeCampaign> m_campaigns;
    QHash<QString, Member> m_members;
    QMap<qint64, QString> m_tags;
    QHash<qint64, QSet<QString>> m_tagMembers;
    QList<int> m_batchSizes;
};

class FakeKlaviyo : public FakeServer
{
public:
    FakeKlaviyo(const QString &apiKey, const QString &listId);

    QSet<QString> listMembers() const;   // lower-cased emails on the list
    QHash<QString, int> imports() const; // email -> times imported
    int jobPolls() const;
    // Report endpoints: GET /api/campaigns/ (2 a page, links.next), GET /api/metrics/,
    // POST /api/campaign-values-reports/ (whose request bodies are kept).
    void setCampaign(const FakeCampaign &campaign);
    QList<QJsonObject> valuesRequests() const;

private:
    void serveReports();
    QList<FakeCampaign> m_campaigns;
    QList<QJsonObject> m_valuesRequests;
    QString m_apiKey;
    QString m_list;
    QHash<QString, QString> m_profiles; // email -> id
    QHash<QString, int> m_imports;
    QSet<QString> m_listMembers;
    struct Job
    {
        int polls = 0;
        QList<QPair<QString, QString>> errors; // email, detail
    };
    QHash<QString, Job> m_jobs;
    int m_jobPolls = 0;
};

// A webhook receiver as a subscriber would write one: it checks X-Segmentor-Timestamp and
// X-Segmentor-Signature (HMAC-SHA256 of "timestamp.body" with the shared secret; 401 when wrong)
// and keeps each event once by its id, however often it arrives.
class FakeWebhook : public FakeServer
{
public:
    explicit FakeWebhook(const QString &secret, const QString &path = QStringLiteral("/hooks/seg"));

    QString url() const { return baseUrl(); }
    QList<QJsonObject> events() const;  // de-duplicated, in the order they first arrived
    QStringList receivedIds() const;    // every id of every signed batch, duplicates included
    QList<QStringList> batches() const; // the ids of each signed batch
    int badSignatures() const;
    // Every POST as it arrived, faulted ones included: its X-Segmentor-Timestamp, its
    // X-Segmentor-Signature and its body.
    struct Attempt
    {
        QByteArray timestamp;
        QByteArray signature;
        QByteArray body;
    };
    QList<Attempt> attempts() const;
    // Called with the 1-based number of each signed batch before it is applied (to kill the
    // sender while it waits for the reply, for instance).
    void onBatch(std::function<void(int)> hook);
    void setSlowMs(int ms) { m_slowMs = ms; }

private:
    QString m_secret;
    QList<QJsonObject> m_events;
    QSet<QString> m_seen;
    QStringList m_received;
    QList<QStringList> m_batches;
    int m_badSignatures = 0;
    QList<Attempt> m_attempts;
    int m_slowMs = 2500;
    std::function<void(int)> m_onBatch;
};

} // namespace segtest
