#include "net/apiservice.h"

#include "definition/nodedescription.h"
#include "net/apihandlers.h"
#include "net/apijson.h"
#include "net/apitokenrepository.h"
#include "net/exportjobs.h"
#include "net/openapispec.h"
#include "net/segmentsync.h"
#include "operations/refreshsegment.h"
#include "operations/segmentmembers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seg {

namespace {

QJsonObject conditionTree(const ConditionNode &node)
{
    QJsonObject o{{"text", describeNode(node)}};
    if (!node.children.empty()) {
        QJsonArray children;
        for (const ConditionNode &child : node.children)
            children.append(conditionTree(child));
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}

QJsonObject memberJson(const MemberKey &key)
{
    return QJsonObject{
        {"member", key.toString()},
        {"customer_id", key.isGuest() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.customerId)},
        {"guest_email", key.isGuest() ? QJsonValue(key.guestEmail) : QJsonValue(QJsonValue::Null)}};
}

// A member column's JSON name: the export column id, but "country" for the billing country.
QString fieldName(const QString &columnId)
{
    return columnId == QLatin1String("billing_country") ? QStringLiteral("country") : columnId;
}

QJsonValue fieldValue(const QVariant &value)
{
    if (value.isNull()) return QJsonValue::Null;
    if (value.typeId() == QMetaType::QDateTime) return timeValue(value.toDateTime());
    if (value.typeId() == QMetaType::LongLong) return QJsonValue(value.toLongLong());
    return value.toString(); // text, and money as exact decimal text ("150.0000")
}

QString encodeCursor(const QString &key)
{
    return QString::fromLatin1(
        key.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) return std::nullopt;
    return QString::fromUtf8(decoded.decoded);
}

ApiResponse methodNotAllowed(const QString &method, const QString &allowed)
{
    ApiResponse r =
        ApiService::error(405, QStringLiteral("method_not_allowed"),
                          QStringLiteral("%1 is not allowed here; use %2").arg(method, allowed));
    r.headers << qMakePair(QByteArray("Allow"), allowed.toLatin1());
    return r;
}

} // namespace

ApiService::ApiService(ApiLimits limits)
    : m_limits(limits), m_limiter(limits.requestsPerMinute, limits.burst),
      m_exports(std::make_unique<ExportJobs>())
{
}

ApiService::~ApiService() = default;

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiResponse jsonResponse(const QJsonObject &body, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = toJson(body);
    return r;
}

QJsonValue timeValue(const std::optional<QDateTime> &t)
{
    if (!t || !t->isValid()) return QJsonValue::Null;
    return t->toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject segmentSummary(const SegmentRecord &r, bool withConditions)
{
    const SegmentDefinition &d = r.definition;
    QJsonObject o{{"code", d.code},
                  {"name", d.name},
                  {"description", d.description},
                  {"active", d.active},
                  {"applies_to", applyToName(d.applyTo)},
                  {"refresh_mode", d.refresh},
                  {"member_count", r.memberCount},
                  {"last_refresh_at", timeValue(r.lastRefreshAt)},
                  {"refresh_status", r.refreshStatus}};
    if (!r.refreshError.isEmpty()) o.insert(QStringLiteral("refresh_error"), r.refreshError);
    if (withConditions) o.insert(QStringLiteral("conditions"), conditionTree(d.conditions));
    return o;
}

ApiResponse ApiService::error(int status, const QString &code, const QString &message)
{
    ApiResponse r;
    r.status = status;
    r.body = toJson(QJsonObject{
        {"error", QJsonObject{{"status", status}, {"code", code}, {"message", message}}}});
    return r;
}

int ApiService::httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidDefinition:
    case ErrorCode::InvalidArgument:
        return 400;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Busy:
        return 409;
    case ErrorCode::Connection:
    case ErrorCode::Secrets:
        return 503;
    case ErrorCode::Network:
        return 502;
    case ErrorCode::Cancelled:
    case ErrorCode::Database:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return 500;
    }
    return 500;
}

ApiResponse ApiService::error(const Error &e)
{
    return error(httpStatusFor(e.code), QString::fromLatin1(errorCodeName(e.code)), e.message);
}

ApiResponse ApiService::handle(const ApiRequest &request, StoreSession &session)
{
    // Route first (404 and 405 need no token), then authenticate, then limit, then work.
    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    enum class Route
    {
        None,
        OpenApi,
        Segments,
        Segment,
        Members,
        Member,
        Refresh,
        Exports,
        Export,
        ExportFile,
        Engagement
    } route = Route::None;
    if (parts.size() >= 2 && parts[0] == QLatin1String("v1")) {
        if (parts.size() == 2 && parts[1] == QLatin1String("openapi.json"))
            route = Route::OpenApi;
        else if (parts[1] == QLatin1String("segments")) {
            if (parts.size() == 2)
                route = Route::Segments;
            else if (parts.size() == 3)
                route = Route::Segment;
            else if (parts.size() == 4 && parts[3] == QLatin1String("members"))
                route = Route::Members;
            else if (parts.size() == 5 && parts[3] == QLatin1String("members"))
                route = Route::Member;
            else if (parts.size() == 4 && parts[3] == QLatin1String("refresh"))
                route = Route::Refresh;
            else if (parts.size() == 4 && parts[3] == QLatin1String("exports"))
                route = Route::Exports;
            else if (parts.size() == 4 && parts[3] == QLatin1String("engagement"))
                route = Route::Engagement;
        } else if (parts[1] == QLatin1String("exports")) {
            if (parts.size() == 3)
                route = Route::Export;
            else if (parts.size() == 4 && parts[3] == QLatin1String("file"))
                route = Route::ExportFile;
        }
    }
    if (route == Route::None)
        return error(404, QStringLiteral("not_found"),
                     QStringLiteral("no such resource: %1").arg(request.path));
    const QString wanted = route == Route::Refresh || route == Route::Exports
                               ? QStringLiteral("POST")
                           : route == Route::Segments ? QStringLiteral("GET, POST")
                           : route == Route::Segment  ? QStringLiteral("GET, PUT, DELETE")
                                                      : QStringLiteral("GET");
    if (!wanted.split(QStringLiteral(", ")).contains(request.method))
        return methodNotAllowed(request.method, wanted);
    const bool writes =
        route == Route::Refresh || (request.method != QLatin1String("GET") &&
                                    (route == Route::Segments || route == Route::Segment));

    if (route == Route::OpenApi) {
        if (const int wait = m_limiter.acquire(QStringLiteral("ip:") + request.client); wait > 0) {
            ApiResponse r = error(429, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many requests; retry in %1 s").arg(wait));
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(wait));
            return r;
        }
        ApiResponse r;
        r.body = OpenApiSpec::json(m_limits);
        return r;
    }

    // Authentication: "Authorization: Bearer <token>".
    const QString auth = request.authorization.trimmed();
    if (!auth.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
        // Anonymous callers are limited by address, so guessing tokens is slow too.
        if (const int wait = m_limiter.acquire(QStringLiteral("ip:") + request.client); wait > 0) {
            ApiResponse r = error(429, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many requests; retry in %1 s").arg(wait));
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(wait));
            return r;
        }
        ApiResponse r =
            error(401, QStringLiteral("unauthorized"),
                  QStringLiteral("a bearer token is required (Authorization: Bearer <token>)"));
        r.headers << qMakePair(QByteArray("WWW-Authenticate"),
                               QByteArray("Bearer realm=\"segmentor\""));
        return r;
    }
    ApiTokenRepository tokens(*session.storage.connection, session.storage.tablePrefix);
    Result<std::optional<ApiToken>> token = tokens.verify(auth.mid(7).trimmed());
    if (!token) return error(token.error());
    if (!*token) {
        if (const int wait = m_limiter.acquire(QStringLiteral("ip:") + request.client); wait > 0) {
            ApiResponse r = error(429, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many requests; retry in %1 s").arg(wait));
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(wait));
            return r;
        }
        ApiResponse r = error(401, QStringLiteral("unauthorized"),
                              QStringLiteral("the token is unknown or has been revoked"));
        r.headers << qMakePair(QByteArray("WWW-Authenticate"),
                               QByteArray("Bearer realm=\"segmentor\", error=\"invalid_token\""));
        return r;
    }
    const ApiToken who = **token;
    ApiResponse response = [&]() -> ApiResponse {
        if (const int wait = m_limiter.acquire(QStringLiteral("token:") + who.name); wait > 0) {
            ApiResponse r = error(429, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many requests; retry in %1 s").arg(wait));
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(wait));
            return r;
        }
        if (writes && !who.canWrite)
            return error(403, QStringLiteral("forbidden"),
                         QStringLiteral("the token \"%1\" may only read; %2 needs a token created "
                                        "with --write")
                             .arg(who.name, route == Route::Refresh
                                                ? QStringLiteral("refreshing")
                                                : QStringLiteral("changing segments")));
        if (route == Route::Export) return api::exportState(*m_exports, who, parts[2]);
        if (route == Route::ExportFile) return api::exportFile(*m_exports, who, parts[2]);
        if (route == Route::Segments && request.method == QLatin1String("POST"))
            return api::saveSegment(request, session);
        if (route == Route::Segment && request.method == QLatin1String("PUT"))
            return api::saveSegment(request, session, parts[2]);

        if (route == Route::Segments) {
            Result<QList<SegmentRecord>> all = session.segments->list();
            if (!all) return error(all.error());
            QJsonArray list;
            for (const SegmentRecord &r : *all)
                list.append(segmentSummary(r, false));
            return jsonResponse(QJsonObject{{"segments", list}});
        }

        const QString code = parts[2];
        Result<std::optional<SegmentRecord>> record = session.segments->find(code);
        if (!record) return error(record.error());
        if (!*record)
            return error(404, QStringLiteral("not_found"),
                         QStringLiteral("no segment \"%1\"").arg(code));
        const SegmentRecord &segment = **record;

        switch (route) {
        case Route::Segment:
            if (request.method == QLatin1String("DELETE")) return api::deleteSegment(session, code);
            return jsonResponse(segmentSummary(segment, true));
        case Route::Exports:
            return api::startExport(request, session, *m_exports, who, segment);
        case Route::Engagement:
            return api::segmentEngagement(session, code);
        case Route::Members: {
            int limit = m_limits.defaultPageSize;
            if (request.query.contains(QStringLiteral("limit"))) {
                bool okNumber = false;
                limit = request.query.value(QStringLiteral("limit")).toInt(&okNumber);
                if (!okNumber || limit < 1)
                    return error(400, QStringLiteral("bad_request"),
                                 QStringLiteral("limit must be a whole number of at least 1"));
            }
            limit = qMin(limit, m_limits.maxPageSize);
            std::optional<QString> after;
            const QString cursor = request.query.value(QStringLiteral("cursor"));
            if (!cursor.isEmpty()) {
                after = decodeCursor(cursor);
                if (!after)
                    return error(400, QStringLiteral("bad_request"),
                                 QStringLiteral("the cursor is not one this API returned"));
            }
            SegmentMemberPageArgs args{code, after, limit, {}};
            const QString fields = request.query.value(QStringLiteral("fields"));
            for (const QString &f : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
                args.columns << (f.trimmed() == QLatin1String("country")
                                     ? QStringLiteral("billing_country")
                                     : f.trimmed());
            Result<SegmentMemberPage> page = readSegmentMemberPage(session, args);
            if (!page) {
                if (page.error().is(ErrorCode::InvalidArgument))
                    return error(400, QStringLiteral("bad_request"), page.error().message);
                return error(page.error());
            }
            QJsonArray members;
            for (const SegmentMemberEntry &entry : page->members) {
                QJsonObject m = memberJson(entry.row.key);
                for (qsizetype i = 0; i < page->columns.size(); ++i)
                    m.insert(fieldName(page->columns[i].id), fieldValue(entry.values[i]));
                m.insert(QStringLiteral("since"), timeValue(entry.row.since));
                members.append(m);
            }
            return jsonResponse(QJsonObject{
                {"segment", segment.definition.code},
                {"limit", limit},
                {"members", members},
                {"next_cursor", page->nextAfter ? QJsonValue(encodeCursor(*page->nextAfter))
                                                : QJsonValue(QJsonValue::Null)}});
        }
        case Route::Member: {
            // What the caller typed, resolved for this segment: a registered customer's e-mail
            // names the customer, not a guest.
            Result<SegmentMembership> found = lookupSegmentMember(session, code, parts[4]);
            if (!found) return error(found.error());
            if (found->refusal == MemberKeyRefusal::Ambiguous)
                return error(422, QStringLiteral("ambiguous_member"), found->refusalMessage);
            if (found->refusal != MemberKeyRefusal::None)
                return error(404, QStringLiteral("member_not_found"), found->refusalMessage);
            QJsonObject m = memberJson(found->key);
            m.insert(QStringLiteral("segment"), segment.definition.code);
            m.insert(QStringLiteral("in_segment"), found->since.has_value());
            m.insert(QStringLiteral("since"), timeValue(found->since));
            return jsonResponse(m);
        }
        case Route::Refresh: {
            // Destinations that follow this segment get its changes, as after any other refresh.
            Result<RefreshOutcome> outcome = refreshSegment(session, code, RefreshArgs{});
            if (!outcome) {
                if (outcome.error().is(ErrorCode::Busy)) return error(outcome.error());
                return error(500, QStringLiteral("refresh_failed"), outcome.error().message);
            }
            const RefreshResult *result = &outcome->result;
            const QStringList pushProblems = outcome->pushProblems();
            if (!result->skipped.isEmpty()) // frozen: nothing recomputed, said plainly
                return jsonResponse(QJsonObject{{"segment", code},
                                                {"refresh_id", QJsonValue(QJsonValue::Null)},
                                                {"member_count", result->memberCount},
                                                {"skipped", result->skipped}});
            return jsonResponse(
                QJsonObject{{"segment", code},
                            {"refresh_id", result->refreshId ? QJsonValue(*result->refreshId)
                                                             : QJsonValue(QJsonValue::Null)},
                            {"added", result->added},
                            {"removed", result->removed},
                            {"member_count", result->memberCount},
                            {"seconds", result->seconds},
                            {"push_problems", QJsonArray::fromStringList(pushProblems)}});
        }
        default:
            return error(404, QStringLiteral("not_found"),
                         QStringLiteral("no such resource: %1").arg(request.path));
        }
    }();
    response.tokenName = who.name;
    return response;
}

} // namespace seg
