#pragma once

#include "net/apiservice.h"
#include "repository/segmentrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace seg {

// The REST API's JSON shapes shared by its handlers (apiservice.cpp, apihandlers.cpp).
QByteArray toJson(const QJsonObject &object);
ApiResponse jsonResponse(const QJsonObject &body, int status = 200);
QJsonValue timeValue(const std::optional<QDateTime> &t); // ISO 8601 UTC, null when unknown
// A segment as GET /v1/segments lists it; withConditions adds the condition tree as sentences.
QJsonObject segmentSummary(const SegmentRecord &record, bool withConditions);

} // namespace seg
