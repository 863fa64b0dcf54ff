#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "engine/memberkey.h"
#include "export/memberexporter.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace seg {

struct StoreSession;

// Which members an export writes: exactly these keys, else an unsaved definition's members
// now, else a saved segment's stored members.
struct ExportSelection
{
    QString segmentCode;
    std::optional<SegmentDefinition> preview;
    std::optional<QList<MemberKey>> keys;
};

// The use case "export members" (the grid's Export, `segmentor-cli members --format`): picks
// the member source, then writes the file all or nothing (MemberExporter). progress(rows)
// returning false cancels (a Cancelled error, no file). An unknown segment is NotFound; an
// unknown column InvalidArgument.
Result<ExportSummary> exportSegmentMembers(StoreSession &session, const ExportSelection &selection,
                                           const ExportOptions &options,
                                           const std::function<bool(qint64)> &progress = {});

} // namespace seg
