#include "net/apihandlers.h"

#include "definition/definitioncodec.h"
#include "net/apijson.h"
#include "net/exportjobs.h"
#include "operations/engagement.h"
#include "operations/memberqueries.h"
#include "operations/segmentdefinitions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seg::api {

namespace {

ApiResponse invalidDefinition(const QList<Error> &errors)
{
    QJsonArray list;
    for (const Error &e : errors)
        list.append(QJsonObject{{"path", e.path}, {"message", e.message}});
    const QString first = errors.isEmpty() ? QString() : errors.first().toString();
    return jsonResponse(
        QJsonObject{
            {"error",
             QJsonObject{{"status", 422},
                         {"code", "invalid_definition"},
                         {"message", QStringLiteral("the definition is invalid: %1").arg(first)},
                         {"errors", list}}}},
        422);
}

QString exportUrl(const QString &id)
{
    return QStringLiteral("/v1/exports/%1").arg(id);
}

QJsonObject exportJson(const ExportJob &job)
{
    double progress = job.state == QLatin1String("done") ? 1.0 : 0.0;
    if (job.state == QLatin1String("running") && job.expectedRows > 0)
        progress = qMin(0.99, double(job.rows) / double(job.expectedRows));
    QJsonObject o{{"id", job.id},
                  {"segment", job.segment},
                  {"format", job.format},
                  {"columns", QJsonArray::fromStringList(job.columns)},
                  {"state", job.state},
                  {"rows", job.rows},
                  {"expected_rows", job.expectedRows},
                  {"progress", progress},
                  {"created_at", timeValue(job.createdAt)},
                  {"finished_at", timeValue(job.finishedAt)},
                  {"error", job.error.isEmpty() ? QJsonValue(QJsonValue::Null) : job.error},
                  {"status_url", exportUrl(job.id)},
                  {"file_url", job.state == QLatin1String("done")
                                   ? QJsonValue(exportUrl(job.id) + QStringLiteral("/file"))
                                   : QJsonValue(QJsonValue::Null)}};
    return o;
}

} // namespace

ApiResponse saveSegment(const ApiRequest &request, StoreSession &session, const QString &pathCode)
{
    Result<SegmentDefinition> parsed = DefinitionCodec::fromJson(request.body);
    if (!parsed) return invalidDefinition({parsed.error()});
    const SegmentDefinition &definition = *parsed;
    if (!pathCode.isEmpty() && definition.code != pathCode)
        return invalidDefinition(
            {Error{QStringLiteral("code"),
                   QStringLiteral("the body's code \"%1\" is not the URL's \"%2\" (PUT replaces "
                                  "the segment it names)")
                       .arg(definition.code, pathCode),
                   ErrorCode::InvalidDefinition}});
    const bool exists = session.segments->findSegment(definition.code).has_value();
    if (pathCode.isEmpty() && exists)
        return ApiService::error(409, QStringLiteral("already_exists"),
                                 QStringLiteral("a segment with the code \"%1\" exists; PUT "
                                                "/v1/segments/%1 replaces it")
                                     .arg(definition.code));
    // Every error at once (the save below stops at the first).
    if (const QList<Error> errors = validateDefinition(session, definition); !errors.isEmpty())
        return invalidDefinition(errors);
    Result<SegmentRecord> saved =
        seg::saveSegment(session, definition, exists ? definition.code : QString());
    if (!saved) {
        if (saved.error().is(ErrorCode::InvalidDefinition))
            return invalidDefinition({saved.error()});
        return ApiService::error(saved.error());
    }
    ApiResponse r = jsonResponse(segmentSummary(*saved, true), exists ? 200 : 201);
    if (!exists)
        r.headers << qMakePair(QByteArray("Location"),
                               QStringLiteral("/v1/segments/%1").arg(definition.code).toUtf8());
    return r;
}

ApiResponse deleteSegment(StoreSession &session, const QString &code)
{
    Result<int> deleted = deleteSegments(session, {code});
    if (!deleted) return ApiService::error(deleted.error());
    return jsonResponse(QJsonObject{{"segment", code}, {"deleted", true}});
}

ApiResponse startExport(const ApiRequest &request, StoreSession &session, ExportJobs &jobs,
                        const ApiToken &who, const SegmentRecord &segment)
{
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return ApiService::error(
                400, QStringLiteral("bad_request"),
                QStringLiteral("the body must be a JSON object such as "
                               "{\"format\": \"csv\", \"columns\": [\"email\"]}"));
        body = doc.object();
    }
    for (const QString &key : body.keys())
        if (key != QLatin1String("format") && key != QLatin1String("columns"))
            return ApiService::error(400, QStringLiteral("bad_request"),
                                     QStringLiteral("%1: unknown key (format, columns)").arg(key));
    const QJsonValue format = body.value(QStringLiteral("format"));
    if (!format.isUndefined() && !format.isString())
        return ApiService::error(400, QStringLiteral("bad_request"),
                                 QStringLiteral("format: expected \"csv\", \"xlsx\" or \"xml\""));
    QStringList columns;
    const QJsonValue cols = body.value(QStringLiteral("columns"));
    if (cols.isString()) {
        columns = cols.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (cols.isArray()) {
        for (const QJsonValue &c : cols.toArray()) {
            if (!c.isString())
                return ApiService::error(400, QStringLiteral("bad_request"),
                                         QStringLiteral("columns: expected column ids as strings"));
            columns << c.toString();
        }
    } else if (!cols.isUndefined()) {
        return ApiService::error(400, QStringLiteral("bad_request"),
                                 QStringLiteral("columns: expected an array of column ids"));
    }
    for (QString &c : columns) {
        c = c.trimmed();
        if (c == QLatin1String("country")) c = QStringLiteral("billing_country");
    }
    Result<ExportJob> job =
        jobs.start(session.settings(), who.name, segment.definition.code,
                   format.toString(QStringLiteral("csv")).toLower(), columns, segment.memberCount);
    if (!job) {
        if (job.error().is(ErrorCode::InvalidArgument))
            return ApiService::error(400, QStringLiteral("bad_request"), job.error().toString());
        return ApiService::error(job.error());
    }
    ApiResponse r = jsonResponse(exportJson(*job), 202);
    r.headers << qMakePair(QByteArray("Location"), exportUrl(job->id).toUtf8());
    return r;
}

ApiResponse exportState(const ExportJobs &jobs, const ApiToken &who, const QString &id)
{
    const std::optional<ExportJob> job = jobs.find(id, who.name);
    if (!job)
        return ApiService::error(404, QStringLiteral("not_found"),
                                 QStringLiteral("no export \"%1\" for this token").arg(id));
    return jsonResponse(exportJson(*job));
}

ApiResponse exportFile(const ExportJobs &jobs, const ApiToken &who, const QString &id)
{
    const std::optional<ExportJob> job = jobs.find(id, who.name);
    if (!job)
        return ApiService::error(404, QStringLiteral("not_found"),
                                 QStringLiteral("no export \"%1\" for this token").arg(id));
    if (job->state != QLatin1String("done"))
        return ApiService::error(409, QStringLiteral("export_not_ready"),
                                 job->state == QLatin1String("failed")
                                     ? QStringLiteral("the export failed: %1").arg(job->error)
                                     : QStringLiteral("the export is %1; poll %2 until its state "
                                                      "is done")
                                           .arg(job->state, exportUrl(id)));
    ApiResponse r;
    r.filePath = job->path;
    r.contentType = ExportJobs::contentType(job->format).toUtf8();
    r.headers << qMakePair(QByteArray("Content-Disposition"),
                           QStringLiteral("attachment; filename=\"%1-%2.%3\"")
                               .arg(job->segment,
                                    job->createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                    job->format)
                               .toUtf8());
    return r;
}

ApiResponse segmentEngagement(StoreSession &session, const QString &code)
{
    Result<QList<CampaignEngagement>> rows = seg::segmentEngagement(session, {code});
    if (!rows) return ApiService::error(rows.error());
    QJsonArray campaigns;
    for (const CampaignEngagement &r : *rows)
        campaigns.append(campaignEngagementJson(r));
    return jsonResponse(QJsonObject{{"segment", code}, {"campaigns", campaigns}});
}

} // namespace seg::api
