#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"

#include <QByteArray>
#include <QJsonObject>

namespace seg {

// Reads and writes the segment definition JSON (format version 1). Reading checks the
// structure only: keys, JSON types and enums. Attributes, operators and value kinds are
// the DefinitionValidator's job, so the builder can hold a half-edited tree.
class DefinitionCodec
{
public:
    static Result<SegmentDefinition> fromJson(const QByteArray &json);
    static Result<SegmentDefinition> fromJsonObject(const QJsonObject &object);
    static Result<ConditionNode> nodeFromJson(const QJsonValue &value, const QString &path,
                                              const QString &scopeType = {});

    static QJsonObject toJsonObject(const SegmentDefinition &definition);
    static QByteArray toJson(const SegmentDefinition &definition);
    static QJsonObject nodeToJson(const ConditionNode &node);
};

// Renders a JSON value compactly for error messages: "abc" quoted, numbers as they are.
QString describeJson(const QJsonValue &value);

} // namespace seg
