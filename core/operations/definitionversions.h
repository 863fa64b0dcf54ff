#pragma once

#include "common/result.h"
#include "definition/definitiondiff.h"
#include "definition/segmentdefinition.h"
#include "repository/definitionversionrepository.h"
#include "repository/segmentrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace seg {

struct StoreSession;

// The definition history (issue #17, item 7): every save of a segment keeps the definition it
// saved as a numbered version, with the time and who saved it, so any earlier state can be read,
// compared with the current one and restored. Recorded inside the save use cases
// (saveSegment, importDefinitions, duplicateSegment), so the editor, the CLI and the REST API all
// get it.

// Why a definition is being saved; kept with the version it records.
struct SaveOrigin
{
    QString kind = QStringLiteral("save"); // save, import, restore, copy
    std::optional<int> restoredFrom;       // restore: the version brought back
};

// Saves `definition` (created or updated by code) and records it as the segment's next version,
// in one transaction. A segment saved before versions were kept first gets its stored definition
// as version 1 (origin "earlier"). Saving the definition the latest version already holds
// records nothing. `previousCode`: the code of a segment being renamed; its versions move to the
// new code.
Result<SegmentRecord> saveVersioned(StoreSession &session, const SegmentDefinition &definition,
                                    const SaveOrigin &origin, const QString &previousCode = {});

struct VersionEntry
{
    DefinitionVersion version;
    SegmentDefinition definition;
    QString summary; // what this version changed, from the one before ("created" for the first)
    bool current = false; // the latest version: what the segment holds now
};

// The versions of a saved segment, newest first (NotFound when there is no such segment).
Result<QList<VersionEntry>> definitionVersions(const StoreSession &session, const QString &code);

// What restoring `number` would change: the changes from the current definition to the version.
Result<QList<DefinitionChange>> diffVersionWithCurrent(const StoreSession &session,
                                                       const QString &code, int number);

// Saves version `number` again (validated against the store like any save) as a new version, so
// the current definition stays in the history: restoring is undone by restoring that one.
// The code stays the segment's current code whatever code the version had.
Result<SegmentRecord> restoreVersion(StoreSession &session, const QString &code, int number);

// Deletes a segment's versions (with the segment: deleteSegments).
Status removeVersions(StoreSession &session, const QString &code);

// The operating system login that saves ($USER, $USERNAME, $LOGNAME).
QString currentOsUser();

} // namespace seg
