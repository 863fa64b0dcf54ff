#pragma once

#include "definition/definitionvalidator.h"

#include <QHash>
#include <QSqlDatabase>

namespace seg {

// Segments held in memory: tests, and definitions given on the command line.
class InMemorySegmentLookup : public SegmentLookup
{
public:
    void add(const SegmentDefinition &definition) { m_segments.insert(definition.code, definition); }
    std::optional<SegmentDefinition> findSegment(const QString &code) const override;

private:
    QHash<QString, SegmentDefinition> m_segments;
};

// Saved segments of the connected store (<prefix>segmentor_segment.code / definition),
// read once; a store without that table simply has none.
class StoredSegmentLookup : public SegmentLookup
{
public:
    static Result<StoredSegmentLookup> load(const QSqlDatabase &db, const QString &tablePrefix);
    std::optional<SegmentDefinition> findSegment(const QString &code) const override;

private:
    InMemorySegmentLookup m_loaded;
};

} // namespace seg
