#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace seg {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QString, QString> headers; // names lower-cased
};

// When and how often a request is tried again: on network errors, 429 and 5xx only,
// waiting base * 2^attempt with full jitter (capped), or what Retry-After says.
struct RetryPolicy
{
    int maxAttempts = 6;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterSeconds = 300; // a longer Retry-After is an error, not a wait
};

// A blocking HTTP(S) client for one base URL (cpp-httplib with OpenSSL), for worker threads
// and the CLI. send() retries as RetryPolicy says; other 4xx replies come back as replies
// (never retried) and the caller decides. Counts the retries it made.
class HttpClient
{
public:
    // baseUrl: "https://us21.api.mailchimp.com/3.0" (a path prefix is kept) or
    // "http://127.0.0.1:8080".
    HttpClient(const QString &baseUrl, RetryPolicy policy = {},
               const std::atomic_bool *cancelled = nullptr);
    ~HttpClient();

    void setHeader(const QByteArray &name, const QByteArray &value); // sent with every request
    // Called before each attempt of send() (1 = the first, 2.. = retries), e.g. to set headers
    // that must be fresh on every attempt (a webhook's timestamp and signature).
    void setBeforeAttempt(std::function<void(int attempt)> hook)
    {
        m_beforeAttempt = std::move(hook);
    }
    void setTimeouts(int connectSeconds, int readSeconds);

    // `path` is appended to the base URL's path and may carry a query (already encoded).
    // Fails after the last attempt (network error, 429 or 5xx), when cancelled, or when
    // the URL is not usable.
    Result<HttpReply> send(const QByteArray &method, const QString &path,
                           const QByteArray &body = {},
                           const QByteArray &contentType = "application/json");

    int retries() const { return m_retries; }
    // How long to wait before attempt `attempt` (1-based retry number) without Retry-After.
    static int backoffMs(const RetryPolicy &policy, int attempt);
    // Seconds from a Retry-After value (delta-seconds or an HTTP date); -1 when unreadable.
    static int retryAfterSeconds(const QString &value);

private:
    bool sleepMs(int ms) const; // false when cancelled meanwhile
    struct Private;
    std::unique_ptr<Private> d;
    RetryPolicy m_policy;
    const std::atomic_bool *m_cancelled;
    int m_retries = 0;
    std::function<void(int)> m_beforeAttempt;
};

} // namespace seg
