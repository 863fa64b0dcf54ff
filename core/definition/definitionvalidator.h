#pragma once

#include "catalog/conditioncatalog.h"
#include "common/result.h"
#include "definition/segmentdefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace seg {

// A custom customer attribute found in eav_attribute (e.g. loyalty_score).
struct CustomAttribute
{
    QString code;
    int attributeId = 0;
    QString backendType;   // int, decimal, varchar, text, datetime
    QString frontendInput; // text, select, boolean, date, ...
    QString label;
    ValueKind kind = ValueKind::String;
};

class CustomAttributeResolver
{
public:
    virtual ~CustomAttributeResolver() = default;
    virtual std::optional<CustomAttribute> customAttribute(const QString &code) const = 0;
};

// Finds saved segments by code, for segment references.
class SegmentLookup
{
public:
    virtual ~SegmentLookup() = default;
    virtual std::optional<SegmentDefinition> findSegment(const QString &code) const = 0;

    // References "of": "members" read a saved segment's stored members with its manual
    // overrides. The prefix of Segmentor's tables when the store's own SQL can read them;
    // nothing when they are elsewhere (a workspace file) or nowhere (segments in memory).
    virtual std::optional<QString> storedMembersPrefix() const { return std::nullopt; }
    // For the in-memory evaluator: whether the member (MemberKey::toString()) is one of the
    // saved segment's stored members, an include added and an exclude taken away.
    virtual Result<bool> holdsStoredMember(const QString &code, const QString &memberKey) const;
};

// The attribute spec of a customer attribute: the catalog's, else a custom one.
std::optional<AttributeSpec> resolveCustomerAttribute(const QString &code,
                                                      const CustomAttributeResolver *resolver);

// Checks a definition against the catalog: attributes, operators, value kinds, references
// and their cycles. Every error names its JSON path.
class DefinitionValidator
{
public:
    DefinitionValidator(const CustomAttributeResolver *attributes = nullptr,
                        const SegmentLookup *segments = nullptr)
        : m_attributes(attributes), m_segments(segments)
    {
    }

    QList<Error> validate(const SegmentDefinition &definition) const;
    Status check(const SegmentDefinition &definition) const; // the first error, if any

    // One node, for the builder's per-node highlight.
    QList<Error> validateNode(const ConditionNode &node, const QString &path,
                              const QString &ownCode = {}) const;

private:
    void validateNode(const ConditionNode &node, const QString &path, const QString &ownCode,
                      QList<Error> &errors, int depth) const;
    void validateLeaf(const ConditionNode &node, const QString &path, QList<Error> &errors) const;
    void validateRfm(const ConditionNode &node, const QString &path, QList<Error> &errors) const;
    void validateSample(const ConditionNode &node, const QString &path, QList<Error> &errors) const;
    void validateReference(const ConditionNode &node, const QString &path, const QString &ownCode,
                           QList<Error> &errors) const;
    std::optional<QString> findCycle(const QString &from, QStringList &chain) const;

    const CustomAttributeResolver *m_attributes;
    const SegmentLookup *m_segments;
};

// Checks one comparison's value for a kind and operator; used for leaves, metrics and counts.
std::optional<Error> checkComparisonValue(ValueKind kind, const AttributeSpec *spec,
                                          const Comparison &test, const QString &path);

} // namespace seg
