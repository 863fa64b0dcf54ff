#pragma once

#include "net/apiservice.h"
#include "net/apitokenrepository.h"

namespace seg {

class ExportJobs;

// The REST API's write and export handlers, after routing, authentication and rate limits
// (ApiService::handle). Each calls the use case the CLI and the app call.
namespace api {

// POST /v1/segments (code from the body), PUT /v1/segments/{code}: the definition in the body,
// validated against the store; 422 with every validator error and its path.
ApiResponse saveSegment(const ApiRequest &request, StoreSession &session,
                        const QString &pathCode = {});
// DELETE /v1/segments/{code}
ApiResponse deleteSegment(StoreSession &session, const QString &code);
// POST /v1/segments/{code}/exports {"format": "csv", "columns": ["email", ...]} -> 202 and its id.
ApiResponse startExport(const ApiRequest &request, StoreSession &session, ExportJobs &jobs,
                        const ApiToken &who, const SegmentRecord &segment);
// GET /v1/exports/{id} and GET /v1/exports/{id}/file
ApiResponse exportState(const ExportJobs &jobs, const ApiToken &who, const QString &id);
ApiResponse exportFile(const ExportJobs &jobs, const ApiToken &who, const QString &id);

// GET /v1/segments/{code}/engagement: the imported statistics of the email campaigns sent to the
// segment (engagement import), newest first.
ApiResponse segmentEngagement(StoreSession &session, const QString &code);

} // namespace api
} // namespace seg
