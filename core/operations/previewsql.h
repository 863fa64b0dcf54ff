#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "engine/sqlcompiler.h"
#include "engine/timecontext.h"
#include "store/dialect.h"

#include <QString>
#include <QVariant>

namespace seg {

struct StoreSession;

// "Show SQL": the member query of a definition for `dialect` — the connected store's or another
// one — with the store's prefix, custom attributes and saved segments. The definition is
// validated first (an invalid one is an error naming its first problem). In the store's own
// dialect the orders conditions read the member facts when they can (as an evaluation would);
// ordersPath, when given, is told which path they took.
Result<CompiledQuery> previewMemberSql(const StoreSession &session,
                                       const SegmentDefinition &definition, Dialect dialect,
                                       const TimeContext &time, QString *ordersPath = nullptr);
// Without a store (`segmentor-cli sql` with no --database): no table prefix, no custom
// attributes, no saved segments.
Result<CompiledQuery> previewMemberSql(const SegmentDefinition &definition, Dialect dialect,
                                       const TimeContext &time);

// The same statement laid out for reading: a line per clause, sub-queries indented. Only
// whitespace outside quotes changes, so the text still runs.
QString formatSqlForDisplay(const QString &sql);

// A bound value as SQL would read it: 'text' (quotes doubled), numbers, NULL, true/false.
QString sqlLiteral(const QVariant &value);
// Its kind for the bound-values table: text, integer, number, boolean, date, null.
QString sqlValueKind(const QVariant &value);

} // namespace seg
