#pragma once

#include "common/result.h"

#include <QString>

namespace seg {

struct StoreSession;

// "Split into test and control…" (the segment list): two new inactive segments from a saved
// one, "<code>-test" holding a random `percent` of its members and "<code>-control" the
// others. Both refer to the segment (its conditions, evaluated now, like any reference) and
// add the same sample condition {"type":"sample","percent","seed"}, the control's under a
// FALSE group, so together they are exactly the segment and they stay apart at every refresh.
struct SplitSegments
{
    QString testCode;
    QString controlCode;
};

// An empty seed becomes "<code>-<today>". Codes taken already get "-2", "-3", ...
Result<SplitSegments> splitTestControl(StoreSession &session, const QString &code, double percent,
                                       const QString &seed = {});

} // namespace seg
