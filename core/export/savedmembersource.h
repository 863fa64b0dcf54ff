#pragma once

#include "common/result.h"
#include "export/memberexportquery.h"
#include "repository/segmentorstorage.h"

namespace seg {

// A saved segment's members as a member source the store can join with its customers.
// When Segmentor's tables live in the store this is a plain SELECT on them; in workspace
// mode the keys are copied into a temporary table of the store session first (read-only
// users may still create temporary tables).
Result<MemberSource> savedMembersSource(const StoreConnection &store,
                                        const SegmentorLocation &storage, qint64 segmentId);

} // namespace seg
