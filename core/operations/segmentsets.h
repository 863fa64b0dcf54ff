#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "repository/segmentrecord.h"

#include <QString>
#include <QStringList>

namespace seg {

struct StoreSession;
class SegmentLookup;

// "New segment from union / intersection / difference…" (the segment list, the overlap view,
// `segmentor-cli segments combine`): a new definition whose conditions are references.
enum class SetOperation
{
    Union,        // ANY of: in A, in B, ...
    Intersection, // ALL of: in A, in B, ...
    Difference    // in A, and not in B (nor in C, ...)
};

struct CombineArgs
{
    SetOperation operation = SetOperation::Union;
    QStringList codes; // at least two; for a difference the first is the one others are taken from
    QString code;      // the new segment's code; empty: derived ("a-or-b", "a-and-b", "a-not-b")
    QString name;      // empty: derived from the segments' names
    // "members": the segments' stored members with their overrides (what the lists show);
    // "conditions": their conditions, evaluated at each refresh.
    QString of = QStringLiteral("members");
};

// The definition, not saved: inactive, refreshed by hand, the apply_to and websites the
// segments share (else all). Checks the codes exist and the new code is free.
Result<SegmentDefinition> combinedDefinition(StoreSession &session, const CombineArgs &args);
// combinedDefinition(), validated and saved.
Result<SegmentRecord> combineSegments(StoreSession &session, const CombineArgs &args);

// The order to refresh `codes` in: a segment after the segments whose stored members it reads
// ("of": "members", also through the conditions of a segment it refers to), so it reads them
// fresh. Otherwise the given order is kept. A cycle is an error (the validator refuses one at
// save; an older store may still hold one).
Result<QStringList> refreshOrder(const SegmentLookup &segments, const QStringList &codes);

} // namespace seg
