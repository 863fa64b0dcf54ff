#pragma once

#include "definition/definitionvalidator.h"

#include <QHash>

namespace seg {

// Segments held in memory: tests, and definitions given on the command line.
class InMemorySegmentLookup : public SegmentLookup
{
public:
    void add(const SegmentDefinition &definition)
    {
        m_segments.insert(definition.code, definition);
    }
    std::optional<SegmentDefinition> findSegment(const QString &code) const override;

private:
    QHash<QString, SegmentDefinition> m_segments;
};

} // namespace seg
