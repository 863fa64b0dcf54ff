#pragma once

#include "clicommands.h"

#include "definition/segmentdefinition.h"
#include "definition/segmentlookups.h"
#include "engine/timecontext.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <memory>
#include <optional>

// What evaluate and sql share: the definition file, the store, the time.
struct StoreSession
{
    std::unique_ptr<seg::StoreConnection> connection;
    std::optional<seg::StoreSchema> schema;
    seg::StoredSegmentLookup segments;
};

// Reads and structurally checks DEF.json ("-" = stdin); on failure prints the error and
// sets `exitCode`.
std::optional<seg::SegmentDefinition> readDefinition(const QString &path, CliStreams io, int &exitCode);
// Opens --database / SEGMENTOR_DATABASE (password from SEGMENTOR_PASSWORD if the URL has none).
std::optional<StoreSession> openStore(const CliOptions &options, CliStreams io, int &exitCode, bool required = true);
// --as-of (ISO 8601; a date means its start, UTC) and the store time zone.
std::optional<seg::TimeContext> timeContext(const CliOptions &options, const StoreSession *session, CliStreams io, int &exitCode);
// Validates against the catalog, the store's custom attributes and saved segments.
bool validate(const seg::SegmentDefinition &definition, const StoreSession *session, const QString &source, CliStreams io);
