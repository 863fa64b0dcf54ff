#pragma once

#include "definition/definitionvalidator.h"
#include "store/storeschema.h"

#include <QHash>

#include <optional>

// What the builder's validator needs from the connected store, loaded once in a worker:
// the custom customer attributes and the saved segments (for references and their cycles).
struct BuilderStoreContext : public seg::CustomAttributeResolver, public seg::SegmentLookup
{
    std::optional<seg::StoreSchema> schema;
    QHash<QString, seg::SegmentDefinition> segments;

    std::optional<seg::CustomAttribute> customAttribute(const QString &code) const override
    {
        return schema ? schema->customAttribute(code) : std::nullopt;
    }
    std::optional<seg::SegmentDefinition> findSegment(const QString &code) const override
    {
        const auto it = segments.constFind(code);
        return it == segments.constEnd() ? std::nullopt
                                         : std::optional<seg::SegmentDefinition>(*it);
    }
};
