#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "operations/definitionversions.h"
#include "repository/segmentrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seg {

struct StoreSession;

// The use cases on saved segment definitions, for the segment list, the editor and
// `segmentor-cli segments …`. Errors name the file or code they are about (Error::path).

// Validates against the store and saves (creates, or updates the segment with the same code).
// `replacingCode`: the code the segment had when the editor opened it; a renamed segment
// replaces it, and a code another segment uses is refused (AlreadyExists). Each save is kept as
// a version of the definition (definitionversions.h); `origin` says why it is saved.
Result<SegmentRecord> saveSegment(StoreSession &session, const SegmentDefinition &definition,
                                  const QString &replacingCode = {}, const SaveOrigin &origin = {});

// Deletes with members, overrides, history and definition versions; returns how many were
// deleted.
Result<int> deleteSegments(StoreSession &session, const QStringList &codes);

// An inactive copy named "Copy of NAME", code "CODE-copy" (or -copy-2, …); returns its code.
Result<QString> duplicateSegment(StoreSession &session, const QString &code);
// The first code "<code>-copy", "<code>-copy-2", ... not in `taken`, at most 64 characters.
QString copyCode(const QString &code, const QStringList &taken);

// A definition and where it came from (a file name, "-" for standard input).
struct SourcedDefinition
{
    QString source;
    SegmentDefinition definition;
};
struct ImportedSegment
{
    QString code;
    bool created = false; // false: an existing segment was updated
};

// Reads and parses one definition file; errors name the file.
Result<SourcedDefinition> readDefinitionFile(const QString &path);
// Validates every definition (they may refer to each other) before saving any, then saves
// them in order. Errors name the source.
Result<QList<ImportedSegment>> importDefinitions(StoreSession &session,
                                                 const QList<SourcedDefinition> &definitions);

// Reads the definition files, then importDefinitions(); returns the codes in file order.
Result<QStringList> importDefinitionFiles(StoreSession &session, const QStringList &files);

// First start on a store without segments: imports the definition files (the shipped
// examples) and returns their codes. A store that already has segments is left alone (an
// empty list), so a marketer's own work is never overwritten.
Result<QStringList> importExamplesIfEmpty(StoreSession &session, const QStringList &files);

// A saved segment's definition as JSON (NotFound when there is none).
Result<QByteArray> exportDefinitionJson(const StoreSession &session, const QString &code);
// Writes each segment's definition: to `target` when it is one segment and `target` names a
// file, else to `target`/<code>.json (QSaveFile each). Returns the files written.
Result<QStringList> exportDefinitionFiles(const StoreSession &session, const QStringList &codes,
                                          const QString &target);

} // namespace seg
