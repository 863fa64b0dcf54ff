#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"

#include <QString>

namespace seg {

struct StoreSession;

// "Freeze as a static list" (the segment list, the editor, `segmentor-cli segments freeze`):
// the segment keeps its current members — the stored list with the overrides set since the
// last refresh applied — and its refresh mode becomes "static": refreshes skip it (saying so
// in the history); include and exclude edit the list directly; exports, pushes and the REST
// API read it as usual. Refused for a segment never refreshed (it would freeze nobody).
// Returns the number of members kept.
Result<qint64> freezeSegment(StoreSession &session, const QString &code);

// Back to "auto" or "manual": the next refresh recomputes the members from the conditions
// (the overrides still apply). Refused for a segment that is not frozen.
Status unfreezeSegment(StoreSession &session, const QString &code, const QString &mode);

// Called by saveSegment after a save: a segment that became "static" freezes its stored list
// (the pending overrides applied, history "segment_frozen"); one that stopped being static
// notes "segment_unfrozen" in its history.
Status followRefreshModeChange(StoreSession &session,
                               const std::optional<SegmentDefinition> &before,
                               const SegmentDefinition &after);

} // namespace seg
