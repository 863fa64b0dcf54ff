#pragma once

#include "definition/conditionnode.h"

#include <QString>

namespace seg {

// The scope grammar of a definition: which conditions may sit where. A scope is named by
// its JSON type: "" (the customer level, outside every scope), "address", "orders" or
// "products". The codec, the validator and the builder all ask these functions.

// The leaf type allowed inside a scope ("address", "order", "product"; "" outside scopes).
QString leafTypeOf(const QString &scopeType);

// The scope a scope node opens for its children ("address", "orders", "products"), or ""
// for any other node (a combine's children stay in the enclosing scope).
QString scopeTypeOf(const ConditionNode &node);

// Whether `node` itself (not its children) may sit directly in `scopeType`: combines
// anywhere; customer and cart leaves, scopes and segment references outside scopes; inside
// a scope only its own leaf type.
bool allowedInScope(const ConditionNode &node, const QString &scopeType);

// Whether `node` and its whole subtree may sit in `scopeType`.
bool fitsInScope(const ConditionNode &node, const QString &scopeType);

} // namespace seg
