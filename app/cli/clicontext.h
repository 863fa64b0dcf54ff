#pragma once

#include "clicommands.h"

#include "definition/segmentdefinition.h"
#include "engine/timecontext.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <memory>
#include <optional>

#include "session/storesession.h"

using seg::StoreSession; // what the commands share: the store, its schema and saved segments

// Reads and structurally checks DEF.json ("-" = stdin); on failure prints the error and
// sets `exitCode`.
std::optional<seg::SegmentDefinition> readDefinition(const QString &path, CliStreams io,
                                                     int &exitCode);
// Opens --database / SEGMENTOR_DATABASE (password from SEGMENTOR_PASSWORD if the URL has
// none).
// Commands that only read (evaluate, sql) pass writes = false: Segmentor's tables are then
// used when present but never created.
std::optional<StoreSession> openStore(const CliOptions &options, CliStreams io, int &exitCode,
                                      bool required = true, bool writes = true);
// --as-of (ISO 8601; a date means its start, UTC) and the store time zone. With rewind (evaluate,
// sql) a given --as-of is time travel: the rows created after it are ignored; refresh only moves
// the clock (a stored membership is today's).
std::optional<seg::TimeContext> timeContext(const CliOptions &options, const StoreSession *session,
                                            CliStreams io, int &exitCode, bool rewind = true);
// Validates against the catalog, the store's custom attributes and saved segments.
bool validate(const seg::SegmentDefinition &definition, const StoreSession *session,
              const QString &source, CliStreams io);
// Writes `data` to --out (all or nothing) or, without it, to stdout.
int writeOutput(const QByteArray &data, const QString &outPath, CliStreams io);

// The contract's exit status for an engine error: 2 when the caller asked for something wrong
// (an invalid definition, an unknown column, segment or member), 1 when the work failed.
int exitCodeFor(const seg::Error &error);
