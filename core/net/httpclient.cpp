#include "net/httpclient.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <httplib.h>

#include <algorithm>
#include <chrono>

namespace seg {

struct HttpClient::Private
{
    std::unique_ptr<httplib::Client> client;
    QString pathPrefix;
    QString urlError;
    httplib::Headers headers;
};

HttpClient::HttpClient(const QString &baseUrl, RetryPolicy policy,
                       const std::atomic_bool *cancelled)
    : d(std::make_unique<Private>()), m_policy(policy), m_cancelled(cancelled)
{
    const QUrl url(baseUrl);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        d->urlError = QStringLiteral("\"%1\" is not an http(s) URL").arg(baseUrl);
        return;
    }
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    d->client = std::make_unique<httplib::Client>(
        QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(port).toStdString());
    d->pathPrefix = url.path(QUrl::FullyEncoded);
    while (d->pathPrefix.endsWith(QLatin1Char('/')))
        d->pathPrefix.chop(1);
    d->client->set_connection_timeout(10, 0);
    d->client->set_read_timeout(60, 0);
    d->client->set_write_timeout(60, 0);
    d->client->set_keep_alive(true);
    if (url.scheme() == QLatin1String("https"))
        d->client->enable_server_certificate_verification(true);
}

HttpClient::~HttpClient() = default;

void HttpClient::setHeader(const QByteArray &name, const QByteArray &value)
{
    d->headers.erase(name.toStdString());
    d->headers.emplace(name.toStdString(), value.toStdString());
}

void HttpClient::setTimeouts(int connectSeconds, int readSeconds)
{
    if (!d->client) return;
    d->client->set_connection_timeout(connectSeconds, 0);
    d->client->set_read_timeout(readSeconds, 0);
}

int HttpClient::backoffMs(const RetryPolicy &policy, int attempt)
{
    // Full jitter: a random wait in [base, min(cap, base * 2^attempt)].
    const qint64 ceiling =
        std::min<qint64>(policy.maxDelayMs, qint64(policy.baseDelayMs) << std::min(attempt, 20));
    const qint64 floor = std::min<qint64>(policy.baseDelayMs, ceiling);
    return int(floor + QRandomGenerator::global()->bounded(ceiling - floor + 1));
}

int HttpClient::retryAfterSeconds(const QString &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok) return std::max(0, seconds);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at =
        QLocale::c().toDateTime(value.trimmed(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid()) return -1;
    QDateTime utc = at;
    utc.setTimeZone(QTimeZone::utc());
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

bool HttpClient::sleepMs(int ms) const
{
    // Short slices so a cancel is noticed quickly (a worker thread, never the GUI thread).
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < end) {
        if (m_cancelled && m_cancelled->load()) return false;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              end - std::chrono::steady_clock::now())
                              .count();
        QThread::msleep(ulong(std::clamp<qint64>(left, 1, 50)));
    }
    return !(m_cancelled && m_cancelled->load());
}

Result<HttpReply> HttpClient::send(const QByteArray &method, const QString &path,
                                   const QByteArray &body, const QByteArray &contentType)
{
    if (!d->client) return Error{{}, d->urlError, ErrorCode::Network};
    const std::string target = (d->pathPrefix + path).toStdString();
    QString lastProblem;
    for (int attempt = 1;; ++attempt) {
        if (m_cancelled && m_cancelled->load())
            return Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled};
        if (m_beforeAttempt) m_beforeAttempt(attempt);
        httplib::Result r = [&] {
            const std::string payload = body.toStdString();
            const std::string type = contentType.toStdString();
            if (method == "GET") return d->client->Get(target, d->headers);
            if (method == "POST") return d->client->Post(target, d->headers, payload, type);
            if (method == "PUT") return d->client->Put(target, d->headers, payload, type);
            if (method == "PATCH") return d->client->Patch(target, d->headers, payload, type);
            return d->client->Delete(target, d->headers, payload, type);
        }();
        int waitMs = -1;
        if (!r) {
            lastProblem = QStringLiteral("%1 %2: %3")
                              .arg(QString::fromLatin1(method), path,
                                   QString::fromStdString(httplib::to_string(r.error())));
            waitMs = backoffMs(m_policy, attempt);
        } else {
            HttpReply reply;
            reply.status = r->status;
            reply.body = QByteArray::fromStdString(r->body);
            for (const auto &[name, value] : r->headers)
                reply.headers.insert(QString::fromStdString(name).toLower(),
                                     QString::fromStdString(value));
            if (reply.status != 429 && reply.status < 500) return reply;
            lastProblem = QStringLiteral("%1 %2: HTTP %3 %4")
                              .arg(QString::fromLatin1(method), path)
                              .arg(reply.status)
                              .arg(QString::fromUtf8(reply.body.left(200)));
            const QString retryAfter = reply.headers.value(QStringLiteral("retry-after"));
            const int seconds = retryAfter.isEmpty() ? -1 : retryAfterSeconds(retryAfter);
            if (seconds > m_policy.maxRetryAfterSeconds)
                return Error{{},
                             QStringLiteral("%1 (the server asks to wait %2 s)")
                                 .arg(lastProblem)
                                 .arg(seconds),
                             ErrorCode::Network};
            waitMs = seconds >= 0 ? seconds * 1000 + int(QRandomGenerator::global()->bounded(
                                                         m_policy.baseDelayMs / 4 + 1))
                                  : backoffMs(m_policy, attempt);
        }
        if (attempt >= m_policy.maxAttempts)
            return Error{
                {},
                QStringLiteral("%1 (gave up after %2 attempts)").arg(lastProblem).arg(attempt),
                ErrorCode::Network};
        ++m_retries;
        if (!sleepMs(waitMs)) return Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled};
    }
}

} // namespace seg
