#pragma once

#include "net/ratelimiter.h"
#include "session/storesession.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace seg {

class ExportJobs;

// One HTTP request as the REST API sees it, whatever server carried it.
struct ApiRequest
{
    QString method; // GET, POST, ...
    QString path;   // decoded path, e.g. /v1/segments/vip/members
    QHash<QString, QString> query;
    QString authorization; // the Authorization header
    QString client;        // remote address, for rate limiting before a token is known
    QByteArray body;       // POST/PUT: the JSON sent
};

struct ApiResponse
{
    int status = 200;
    QByteArray body; // JSON
    QByteArray contentType = "application/json";
    QString filePath; // non-empty: stream this file instead of `body` (an export's file)
    QList<QPair<QByteArray, QByteArray>> headers;
    QString tokenName; // who asked (for the request log), empty when anonymous
};

struct ApiLimits
{
    int defaultPageSize = 100;
    int maxPageSize = 1000; // larger limits are capped to this
    int requestsPerMinute = 600;
    int burst = 60;
};

// The REST API proper, independent of the HTTP server that carries it (ApiServer adapts
// cpp-httplib to it): routing, bearer-token checks, rate limits, JSON bodies and errors.
// handle() runs on a worker thread with that thread's StoreSession.
//
//   GET  /v1/openapi.json                         (no token needed)
//   GET  /v1/segments
//   GET  /v1/segments/{code}
//   GET  /v1/segments/{code}/members?limit=&cursor=
//   GET  /v1/segments/{code}/members/{member}
//   POST /v1/segments/{code}/refresh              (a token allowed to write)
//   POST /v1/segments, PUT|DELETE /v1/segments/{code}   (a token allowed to write)
//   POST /v1/segments/{code}/exports              an asynchronous export; 202 and its id
//   GET  /v1/exports/{id}, GET /v1/exports/{id}/file
class ApiService
{
public:
    explicit ApiService(ApiLimits limits = {});
    ~ApiService();

    ApiResponse handle(const ApiRequest &request, StoreSession &session);

    const ApiLimits &limits() const { return m_limits; }
    static ApiResponse error(int status, const QString &code, const QString &message);
    // An engine error as its HTTP status and the code's JSON name.
    static ApiResponse error(const Error &e);
    static int httpStatusFor(ErrorCode code);

private:
    ApiLimits m_limits;
    RateLimiter m_limiter;
    std::unique_ptr<ExportJobs> m_exports;
};

} // namespace seg
