#pragma once

#include "definition/conditionnode.h"

#include <QString>

namespace seg {

// A one-line reading of a condition for explanations and the builder:
// "Customer · City is not \"Paris\"", "Orders · Lifetime sales is at least 2000".
QString describeNode(const ConditionNode &node);
QString describeValue(const QJsonValue &value);

} // namespace seg
