#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "engine/memberkey.h"
#include "engine/timecontext.h"

#include <QList>

namespace seg {

struct StoreSession;

// The use cases "how many members" and "which members" of a definition, as every front door
// runs them (live count, `evaluate --count/--ids`, previews): validate against the store,
// compile for its dialect, run on the session's connection. An invalid definition is an
// InvalidDefinition error pointing at its first problem.

// Every problem of a definition against the session's store (custom attributes, saved
// segments); empty when it is valid. Each error is InvalidDefinition with its path.
QList<Error> validateDefinition(const StoreSession &session, const SegmentDefinition &definition);

Result<qint64> countMembers(const StoreSession &session, const SegmentDefinition &definition,
                            const TimeContext &time);

// The members, sorted by key (customer ids first, then guests' e-mails).
Result<QList<MemberKey>> listMembers(const StoreSession &session,
                                     const SegmentDefinition &definition, const TimeContext &time);

} // namespace seg
