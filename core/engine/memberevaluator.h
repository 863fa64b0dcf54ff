#pragma once

#include "common/result.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentdefinition.h"
#include "engine/explanation.h"
#include "engine/membersnapshot.h"
#include "engine/rfmpopulation.h"
#include "engine/timecontext.h"

namespace seg {

// Evaluates a definition for one member in memory and explains the result. It reads the
// spec directly (no SQL), so the tests can hold the compiled SQL against it.
class MemberEvaluator
{
public:
    MemberEvaluator(const CustomAttributeResolver *attributes, const TimeContext &time,
                    const SegmentLookup *segments = nullptr);

    Result<Explanation> explain(const SegmentDefinition &definition,
                                const MemberSnapshot &member) const;
    Result<bool> matches(const SegmentDefinition &definition, const MemberSnapshot &member) const;

    // Where RFM scores find their population; without one an "rfm" condition is an error.
    void setRfmPopulation(const RfmPopulation *population) { m_rfm = population; }

private:
    struct Context;
    Explanation scope(const SegmentDefinition &definition, const MemberSnapshot &member) const;
    Result<Explanation> node(const ConditionNode &node, const QString &path,
                             Context &context) const;
    Result<Explanation>
    group(const ConditionNode &node, const QString &path,
          const std::function<Result<Explanation>(const ConditionNode &, const QString &)> &child)
        const;
    Result<Explanation> rowNode(const ConditionNode &node, const QString &path,
                                const QString &entity, const AttributeRow &row,
                                const QList<qint64> *categories) const;
    Result<Explanation> addressScope(const ConditionNode &node, const QString &path,
                                     Context &context) const;
    Result<Explanation> ordersScope(const ConditionNode &node, const QString &path,
                                    Context &context) const;
    Result<Explanation> productsScope(const ConditionNode &node, const QString &path,
                                      Context &context) const;
    Result<Explanation> reference(const ConditionNode &node, const QString &path,
                                  Context &context) const;
    Result<Explanation> rowScope(const ConditionNode &node, const QString &path,
                                 const QString &entity, const QList<const AttributeRow *> &rows,
                                 const QList<const QList<qint64> *> &categories,
                                 bool emptyRowWhenNone, int &matching,
                                 QList<qsizetype> *matchingRows = nullptr) const;

    const CustomAttributeResolver *m_attributes;
    const TimeContext &m_time;
    const SegmentLookup *m_segments;
    const RfmPopulation *m_rfm = nullptr;
};

// memberevaluatorscores.cpp: the member-level scores, outside any scope.
Result<Explanation> explainRfm(const ConditionNode &node, const QString &path,
                               const MemberSnapshot &member, const SegmentDefinition &scope,
                               const RfmPopulation *population);
Explanation explainSample(const ConditionNode &node, const QString &path,
                          const MemberSnapshot &member);

// The outcome of one comparison on a value read from a snapshot.
struct ComparisonOutcome
{
    bool result = false;
    QString detail;
};
ComparisonOutcome evaluateComparison(const QVariant &value, const AttributeSpec &spec,
                                     const Comparison &test, const TimeContext &time);

} // namespace seg
