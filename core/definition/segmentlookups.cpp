#include "definition/segmentlookups.h"

namespace seg {

std::optional<SegmentDefinition> InMemorySegmentLookup::findSegment(const QString &code) const
{
    const auto it = m_segments.constFind(code);
    if (it == m_segments.constEnd()) return std::nullopt;
    return *it;
}

} // namespace seg
