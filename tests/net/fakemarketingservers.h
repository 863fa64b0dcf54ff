#pragma once

// Fake Mailchimp and Klaviyo APIs on loopback for the push tests: only the endpoints a
// segment push uses, with their real request and response shapes, keeping state in memory,
// and with faults to inject (429 with Retry-After, 500, a connection dropped after the
// server applied the request).
#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <httplib.h>

#include <memory>
#include <thread>

namespace segtest {

enum class Fault
{
    None,
    TooManyRequests,
    ServerError,
    DropAfterApplying,
    BadRequest
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

private:
    QString m_apiKey;
    QString m_audience;
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

private:
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

} // namespace segtest
