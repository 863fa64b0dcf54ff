#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "operations/segmentsets.h"
#include "repository/segmentrecord.h"
#include "store/connectionsettings.h"

#include <QFuture>
#include <QStringList>

// The segment list's store work, each run in a worker with its own StoreSession
// (seg::runStoreTask). Watch the futures with a QFutureWatcher; nothing here blocks the GUI.
namespace SegmentOperations {

// Validates against the store (custom attributes, referenced segments, cycles) and saves
// (creates, or updates the segment with the same code). `replacingCode`: the code the
// segment had when the editor opened it; saving under a code another segment uses is refused.
QFuture<seg::Result<seg::SegmentRecord>> save(const seg::ConnectionSettings &settings,
                                              const seg::SegmentDefinition &definition,
                                              const QString &replacingCode = {});
// Deletes with members, overrides and history; returns how many were deleted.
QFuture<seg::Result<int>> remove(const seg::ConnectionSettings &settings, const QStringList &codes);
// A copy named "Copy of NAME", code "CODE-copy" (or -copy-2, ...), inactive; returns the new code.
QFuture<seg::Result<QString>> duplicate(const seg::ConnectionSettings &settings,
                                        const QString &code);
// "Split into test and control…": two inactive segments, a random `percent` of the segment's
// members and the others (seg::splitTestControl); returns their codes, test first.
QFuture<seg::Result<QStringList>> split(const seg::ConnectionSettings &settings,
                                        const QString &code, double percent, const QString &seed);
// "New segment from union / intersection / difference…": the definition (seg::combinedDefinition),
// not saved; the editor opens it for review.
QFuture<seg::Result<seg::SegmentDefinition>> combine(const seg::ConnectionSettings &settings,
                                                     const seg::CombineArgs &args);
// "Freeze as a static list" (seg::freezeSegment): the number of members kept.
QFuture<seg::Result<qint64>> freeze(const seg::ConnectionSettings &settings, const QString &code);
// Back to "auto" or "manual" (seg::unfreezeSegment).
QFuture<seg::Result<bool>> unfreeze(const seg::ConnectionSettings &settings, const QString &code,
                                    const QString &mode);
// Reads each JSON file (DefinitionCodec), validates it and saves it; all files are checked before
// any is saved. Returns the imported codes. Errors name the file.
// importExamplesIfEmpty() in a worker: the imported codes (none when the store had segments).
QFuture<seg::Result<QStringList>> importExamplesIfEmpty(const seg::ConnectionSettings &settings,
                                                        const QStringList &files);
QFuture<seg::Result<QStringList>> importFiles(const seg::ConnectionSettings &settings,
                                              const QStringList &files);
// Writes each segment's definition as JSON: to `target` when it is one segment and `target`
// names a file, else to `target`/<code>.json. Returns the files written (QSaveFile each).
QFuture<seg::Result<QStringList>> exportDefinitions(const seg::ConnectionSettings &settings,
                                                    const QStringList &codes,
                                                    const QString &target);

// The first code "<code>-copy", "<code>-copy-2", ... not in `taken`, at most 64 characters.
QString copyCode(const QString &code, const QStringList &taken);

} // namespace SegmentOperations
