#include "net/openapispec.h"

#include "net/apiservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seg {

namespace {

QJsonObject ref(const QString &name)
{
    return QJsonObject{{"$ref", QStringLiteral("#/components/schemas/") + name}};
}

QJsonObject jsonContent(const QJsonObject &schema)
{
    return QJsonObject{{"application/json", QJsonObject{{"schema", schema}}}};
}

QJsonObject response(const QString &description, const QString &schema)
{
    return QJsonObject{{"description", description}, {"content", jsonContent(ref(schema))}};
}

QJsonObject errors(std::initializer_list<int> codes)
{
    static const QHash<int, QString> text = {
        {400, "Bad request (limit, cursor or fields)"},
        {401, "No token, or an unknown or revoked token"},
        {403, "The token may not write"},
        {404, "No such segment or path, or no such member (member lookup)"},
        {405, "Method not allowed (see the Allow header)"},
        {409, "The segment is being refreshed by another process; the code is taken (POST "
              "/v1/segments); the export is not done (its file)"},
        {422, "The e-mail belongs to several customers of the segment's websites: use the customer "
              "id; or the definition is invalid (every error with its path in error.errors)"},
        {429, "Too many requests (see the Retry-After header)"},
        {500, "Database error"}};
    QJsonObject out;
    for (int c : codes)
        out.insert(QString::number(c), response(text.value(c), QStringLiteral("Error")));
    return out;
}

QJsonObject merge(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

QJsonObject pathParam(const QString &name, const QString &description)
{
    return QJsonObject{{"name", name},
                       {"in", "path"},
                       {"required", true},
                       {"description", description},
                       {"schema", QJsonObject{{"type", "string"}}}};
}

QJsonObject nullable(const QString &type, const QString &format = {})
{
    QJsonObject o{{"type", type}, {"nullable", true}};
    if (!format.isEmpty()) o.insert(QStringLiteral("format"), format);
    return o;
}

} // namespace

QByteArray OpenApiSpec::json(const ApiLimits &limits)
{
    const QJsonObject code = pathParam(QStringLiteral("code"), QStringLiteral("The segment code"));
    const QJsonArray secured{QJsonObject{{"bearer", QJsonArray()}}};

    auto op = [&](const QString &summary, bool needsToken, const QJsonArray &parameters,
                  const QJsonObject &okResponse, std::initializer_list<int> codes) {
        QJsonObject o{{"summary", summary},
                      {"security", needsToken ? secured : QJsonArray()},
                      {"responses", merge(QJsonObject{{"200", okResponse}}, errors(codes))}};
        if (!parameters.isEmpty()) o.insert(QStringLiteral("parameters"), parameters);
        return o;
    };
    const QJsonObject limit{
        {"name", "limit"},
        {"in", "query"},
        {"required", false},
        {"description", QStringLiteral("Page size, default %1; larger values are capped to %2")
                            .arg(limits.defaultPageSize)
                            .arg(limits.maxPageSize)},
        {"schema",
         QJsonObject{{"type", "integer"}, {"minimum", 1}, {"default", limits.defaultPageSize}}}};
    const QJsonObject cursor{{"name", "cursor"},
                             {"in", "query"},
                             {"required", false},
                             {"description", "next_cursor of the previous page"},
                             {"schema", QJsonObject{{"type", "string"}}}};

    const QJsonObject fields{
        {"name", "fields"},
        {"in", "query"},
        {"required", false},
        {"description", "Comma-separated member columns to return (export column ids; country = "
                        "billing country). Default: email, firstname, lastname, country, group, "
                        "website"},
        {"schema", QJsonObject{{"type", "string"}}}};

    // An operation whose success is not 200 (201 Created, 202 Accepted), with an optional body.
    auto opStatus = [&](const QString &summary, const QJsonArray &parameters, int status,
                        const QJsonObject &okResponse, std::initializer_list<int> codes,
                        const QString &bodySchema = {}) {
        QJsonObject o = op(summary, true, parameters, okResponse, codes);
        QJsonObject responses = o.value(QStringLiteral("responses")).toObject();
        responses.remove(QStringLiteral("200"));
        responses.insert(QString::number(status), okResponse);
        o.insert(QStringLiteral("responses"), responses);
        if (!bodySchema.isEmpty())
            o.insert(QStringLiteral("requestBody"),
                     QJsonObject{{"required", true}, {"content", jsonContent(ref(bodySchema))}});
        return o;
    };
    const QJsonObject exportId =
        pathParam(QStringLiteral("id"), QStringLiteral("The export's id (POST …/exports)"));

    QJsonObject paths;
    paths.insert(QStringLiteral("/v1/openapi.json"),
                 QJsonObject{{"get", op(QStringLiteral("This description"), false, {},
                                        QJsonObject{{"description", "OpenAPI 3.0 document"},
                                                    {"content",
                                                     jsonContent(QJsonObject{{"type", "object"}})}},
                                        {405, 429})}});
    paths.insert(
        QStringLiteral("/v1/segments"),
        QJsonObject{
            {"get", op(QStringLiteral("The saved segments with their size and last refresh"), true,
                       {}, response(QStringLiteral("The segments"), QStringLiteral("SegmentList")),
                       {401, 405, 429, 500})},
            {"post",
             opStatus(
                 QStringLiteral("Create a segment from its definition (a token allowed "
                                "to write); 409 when the code is taken"),
                 {}, 201,
                 response(QStringLiteral("The segment created"), QStringLiteral("SegmentDetail")),
                 {400, 401, 403, 405, 409, 422, 429, 500}, QStringLiteral("Definition"))}});
    paths.insert(
        QStringLiteral("/v1/segments/{code}"),
        QJsonObject{
            {"get",
             op(QStringLiteral("One segment: definition summary, member count, last refresh"), true,
                QJsonArray{code},
                response(QStringLiteral("The segment"), QStringLiteral("SegmentDetail")),
                {401, 404, 405, 429, 500})},
            {"put", opStatus(QStringLiteral("Create or replace the segment (a token allowed to "
                                            "write); the body's code must be the URL's; 200 "
                                            "replaced, 201 created"),
                             QJsonArray{code}, 200,
                             response(QStringLiteral("The segment saved"),
                                      QStringLiteral("SegmentDetail")),
                             {400, 401, 403, 405, 422, 429, 500}, QStringLiteral("Definition"))},
            {"delete",
             op(QStringLiteral("Delete the segment with its members, overrides and history (a "
                               "token allowed to write)"),
                true, QJsonArray{code},
                response(QStringLiteral("Deleted"), QStringLiteral("Deleted")),
                {401, 403, 404, 405, 429, 500})}});
    paths.insert(
        QStringLiteral("/v1/segments/{code}/exports"),
        QJsonObject{
            {"post",
             opStatus(QStringLiteral("Start an asynchronous export of the "
                                     "segment's members (the CLI's members "
                                     "--format); poll the returned status_url"),
                      QJsonArray{code}, 202,
                      response(QStringLiteral("The export, queued"), QStringLiteral("ExportJob")),
                      {400, 401, 404, 405, 429, 500}, QStringLiteral("ExportRequest"))}});
    paths.insert(
        QStringLiteral("/v1/exports/{id}"),
        QJsonObject{{"get", op(QStringLiteral("An export's state (queued, running, done, failed) "
                                              "and progress; only the token that started it"),
                               true, QJsonArray{exportId},
                               response(QStringLiteral("The export"), QStringLiteral("ExportJob")),
                               {401, 404, 405, 429})}});
    paths.insert(
        QStringLiteral("/v1/exports/{id}/file"),
        QJsonObject{
            {"get",
             op(QStringLiteral("The export's file once its state is done (kept for an hour)"), true,
                QJsonArray{exportId},
                QJsonObject{
                    {"description", "The file (CSV, XLSX or SpreadsheetML)"},
                    {"content",
                     QJsonObject{
                         {"text/csv", QJsonObject{{"schema", QJsonObject{{"type", "string"}}}}},
                         {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          QJsonObject{
                              {"schema", QJsonObject{{"type", "string"}, {"format", "binary"}}}}},
                         {"application/xml",
                          QJsonObject{{"schema", QJsonObject{{"type", "string"}}}}}}}},
                {401, 404, 405, 409, 429})}});
    paths.insert(
        QStringLiteral("/v1/segments/{code}/members"),
        QJsonObject{
            {"get", op(QStringLiteral("The segment's members, a page at a time (keyset pagination: "
                                      "stable while the segment is refreshed)"),
                       true, QJsonArray{code, limit, cursor, fields},
                       response(QStringLiteral("A page of members"), QStringLiteral("MemberPage")),
                       {400, 401, 404, 405, 429, 500})}});
    paths.insert(
        QStringLiteral("/v1/segments/{code}/members/{member}"),
        QJsonObject{
            {"get",
             op(QStringLiteral("Whether a member is in the segment, and since when"), true,
                QJsonArray{
                    code,
                    pathParam(QStringLiteral("member"),
                              QStringLiteral(
                                  "A customer id, or an e-mail: the registered customer of the "
                                  "segment's websites with it, else the guest who ordered with it; "
                                  "404 when it is neither, 422 when several customers share it"))},
                response(QStringLiteral("Membership"), QStringLiteral("Membership")),
                {401, 404, 405, 422, 429, 500})}});
    paths.insert(
        QStringLiteral("/v1/segments/{code}/engagement"),
        QJsonObject{
            {"get", op(QStringLiteral("The statistics of the email campaigns Mailchimp or Klaviyo "
                                      "sent to the segment, as last imported (segmentor-cli "
                                      "engagement import), newest first"),
                       true, QJsonArray{code},
                       response(QStringLiteral("The segment's campaigns"),
                                QStringLiteral("SegmentEngagement")),
                       {401, 404, 405, 429, 500})}});
    paths.insert(
        QStringLiteral("/v1/segments/{code}/refresh"),
        QJsonObject{
            {"post",
             op(QStringLiteral("Recompute the segment's membership now (a token allowed to write)"),
                true, QJsonArray{code},
                response(QStringLiteral("The refresh's outcome"), QStringLiteral("RefreshResult")),
                {401, 403, 404, 405, 409, 429, 500})}});

    QJsonObject schemas;
    schemas.insert(
        QStringLiteral("Error"),
        QJsonObject{
            {"type", "object"},
            {"required", QJsonArray{"error"}},
            {"properties",
             QJsonObject{
                 {"error",
                  QJsonObject{{"type", "object"},
                              {"properties",
                               QJsonObject{{"status", QJsonObject{{"type", "integer"}}},
                                           {"code", QJsonObject{{"type", "string"}}},
                                           {"message", QJsonObject{{"type", "string"}}},
                                           {"errors",
                                            QJsonObject{{"type", "array"},
                                                        {"items", ref("DefinitionError")}}}}}}}}}});
    schemas.insert(
        QStringLiteral("DefinitionError"),
        QJsonObject{
            {"type", "object"},
            {"properties",
             QJsonObject{{"path", QJsonObject{{"type", "string"},
                                              {"example", "conditions.conditions[1].value"}}},
                         {"message", QJsonObject{{"type", "string"}}}}}});
    schemas.insert(
        QStringLiteral("Definition"),
        QJsonObject{{"type", "object"},
                    {"description", "A segment definition, format version 1 "
                                    "(segmentor, code, name, conditions, ...)"},
                    {"required", QJsonArray{"segmentor", "code", "name", "conditions"}}});
    schemas.insert(
        QStringLiteral("Deleted"),
        QJsonObject{{"type", "object"},
                    {"properties", QJsonObject{{"segment", QJsonObject{{"type", "string"}}},
                                               {"deleted", QJsonObject{{"type", "boolean"}}}}}});
    schemas.insert(
        QStringLiteral("ExportRequest"),
        QJsonObject{{"type", "object"},
                    {"properties",
                     QJsonObject{{"format", QJsonObject{{"type", "string"},
                                                        {"enum", QJsonArray{"csv", "xlsx", "xml"}},
                                                        {"default", "csv"}}},
                                 {"columns", QJsonObject{{"type", "array"},
                                                         {"items", QJsonObject{{"type", "string"}}},
                                                         {"description", "export column ids; "
                                                                         "member first; all when "
                                                                         "omitted"}}}}}});
    schemas.insert(
        QStringLiteral("ExportJob"),
        QJsonObject{
            {"type", "object"},
            {"properties",
             QJsonObject{
                 {"id", QJsonObject{{"type", "string"}}},
                 {"segment", QJsonObject{{"type", "string"}}},
                 {"format", QJsonObject{{"type", "string"}}},
                 {"columns",
                  QJsonObject{{"type", "array"}, {"items", QJsonObject{{"type", "string"}}}}},
                 {"state",
                  QJsonObject{{"type", "string"},
                              {"enum", QJsonArray{"queued", "running", "done", "failed"}}}},
                 {"rows", QJsonObject{{"type", "integer"}}},
                 {"expected_rows", QJsonObject{{"type", "integer"}}},
                 {"progress", QJsonObject{{"type", "number"}, {"minimum", 0}, {"maximum", 1}}},
                 {"created_at", nullable("string", "date-time")},
                 {"finished_at", nullable("string", "date-time")},
                 {"error", nullable("string")},
                 {"status_url", QJsonObject{{"type", "string"}}},
                 {"file_url", nullable("string")}}}});
    const QJsonObject segmentProperties{
        {"code", QJsonObject{{"type", "string"}}},
        {"name", QJsonObject{{"type", "string"}}},
        {"description", QJsonObject{{"type", "string"}}},
        {"active", QJsonObject{{"type", "boolean"}}},
        {"applies_to",
         QJsonObject{{"type", "string"}, {"enum", QJsonArray{"registered", "guests", "all"}}}},
        {"refresh_mode",
         QJsonObject{{"type", "string"}, {"enum", QJsonArray{"auto", "manual", "static"}}}},
        {"member_count", QJsonObject{{"type", "integer"}}},
        {"last_refresh_at", nullable("string", "date-time")},
        {"refresh_status", QJsonObject{{"type", "string"}}},
        {"refresh_error", QJsonObject{{"type", "string"}}}};
    schemas.insert(QStringLiteral("Segment"),
                   QJsonObject{{"type", "object"}, {"properties", segmentProperties}});
    schemas.insert(
        QStringLiteral("SegmentList"),
        QJsonObject{{"type", "object"},
                    {"properties",
                     QJsonObject{{"segments",
                                  QJsonObject{{"type", "array"}, {"items", ref("Segment")}}}}}});
    schemas.insert(
        QStringLiteral("Condition"),
        QJsonObject{{"type", "object"},
                    {"properties",
                     QJsonObject{{"text", QJsonObject{{"type", "string"}}},
                                 {"children",
                                  QJsonObject{{"type", "array"}, {"items", ref("Condition")}}}}}});
    schemas.insert(
        QStringLiteral("SegmentDetail"),
        QJsonObject{
            {"allOf", QJsonArray{ref("Segment"),
                                 QJsonObject{{"type", "object"},
                                             {"properties",
                                              QJsonObject{{"conditions", ref("Condition")}}}}}}});
    const QJsonObject memberProperties{
        {"member", QJsonObject{{"type", "string"},
                               {"description", "customer id, or a guest's lower-cased email"}}},
        {"customer_id", nullable("integer")},
        {"guest_email", nullable("string")},
        {"since", nullable("string", "date-time")}};
    schemas.insert(QStringLiteral("Member"),
                   QJsonObject{{"type", "object"}, {"properties", memberProperties}});
    QJsonObject pageMember = memberProperties;
    for (const char *text : {"email", "firstname", "lastname", "country", "group", "website"})
        pageMember.insert(QLatin1String(text), nullable("string"));
    schemas.insert(QStringLiteral("PageMember"),
                   QJsonObject{{"type", "object"},
                               {"description", "A member with the columns asked by fields"},
                               {"properties", pageMember}});
    schemas.insert(QStringLiteral("MemberPage"),
                   QJsonObject{{"type", "object"},
                               {"properties",
                                QJsonObject{{"segment", QJsonObject{{"type", "string"}}},
                                            {"limit", QJsonObject{{"type", "integer"}}},
                                            {"members", QJsonObject{{"type", "array"},
                                                                    {"items", ref("PageMember")}}},
                                            {"next_cursor", nullable("string")}}}});
    QJsonObject membership = memberProperties;
    membership.insert(QStringLiteral("segment"), QJsonObject{{"type", "string"}});
    membership.insert(QStringLiteral("in_segment"), QJsonObject{{"type", "boolean"}});
    schemas.insert(QStringLiteral("Membership"),
                   QJsonObject{{"type", "object"}, {"properties", membership}});
    QJsonObject campaign{
        {"segment", QJsonObject{{"type", "string"}}},
        {"provider", QJsonObject{{"type", "string"}, {"enum", QJsonArray{"mailchimp", "klaviyo"}}}},
        {"destination", QJsonObject{{"type", "string"}}},
        {"campaign_id", QJsonObject{{"type", "string"}}},
        {"campaign_name", QJsonObject{{"type", "string"}}},
        {"sent_at", nullable("string", "date-time")},
        {"imported_at", QJsonObject{{"type", "string"}, {"format", "date-time"}}}};
    for (const char *count :
         {"sent", "delivered", "opens", "unique_opens", "clicks", "unique_clicks", "unsubscribes"})
        campaign.insert(QLatin1String(count), QJsonObject{{"type", "integer"}});
    for (const char *rate : {"open_rate", "click_rate"})
        campaign.insert(QLatin1String(rate),
                        QJsonObject{{"type", "number"},
                                    {"description", "percent of delivered (unique opens/clicks)"}});
    schemas.insert(QStringLiteral("CampaignEngagement"),
                   QJsonObject{{"type", "object"}, {"properties", campaign}});
    schemas.insert(QStringLiteral("SegmentEngagement"),
                   QJsonObject{{"type", "object"},
                               {"properties",
                                QJsonObject{{"segment", QJsonObject{{"type", "string"}}},
                                            {"campaigns",
                                             QJsonObject{{"type", "array"},
                                                         {"items", ref("CampaignEngagement")}}}}}});
    schemas.insert(
        QStringLiteral("RefreshResult"),
        QJsonObject{{"type", "object"},
                    {"properties",
                     QJsonObject{{"segment", QJsonObject{{"type", "string"}}},
                                 {"refresh_id", nullable("integer")},
                                 {"added", QJsonObject{{"type", "integer"}}},
                                 {"removed", QJsonObject{{"type", "integer"}}},
                                 {"member_count", QJsonObject{{"type", "integer"}}},
                                 {"seconds", QJsonObject{{"type", "number"}}},
                                 {"push_problems",
                                  QJsonObject{{"type", "array"},
                                              {"items", QJsonObject{{"type", "string"}}}}}}}});

    const QJsonObject document{
        {"openapi", "3.0.3"},
        {"info",
         QJsonObject{
             {"title", "Segmentor REST API"},
             {"version", "1"},
             {"description",
              "Saved customer segments and their members, asynchronous member exports; refreshes "
              "and segment changes with a write token."}}},
        {"security", secured},
        {"paths", paths},
        {"components", QJsonObject{{"schemas", schemas},
                                   {"securitySchemes",
                                    QJsonObject{{"bearer", QJsonObject{{"type", "http"},
                                                                       {"scheme", "bearer"}}}}}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace seg
