#pragma once

#include "common/result.h"
#include "facts/memberfactsrepository.h"

namespace seg {

struct StoreSession;

// The use cases of the order facts (issue #14), as every front door runs them:
// `segmentor-cli facts rebuild | sync | status`. The facts live in the store, next to its
// orders; a session whose Segmentor tables are in a workspace file cannot have them.

Result<MemberFactsRun> rebuildMemberFacts(const StoreSession &session);
// What the evaluations do before they compile (facts/memberfactsuse.h), on demand.
Result<MemberFactsRun> syncMemberFacts(const StoreSession &session);
Result<MemberFactsStatus> memberFactsStatus(const StoreSession &session);

} // namespace seg
