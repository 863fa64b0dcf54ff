// The in-memory evaluator's member-level scores: RFM scores and random samples.
#include "engine/memberevaluator.h"

#include "definition/nodedescription.h"
#include "engine/samplebucket.h"

namespace seg {

Result<Explanation> explainRfm(const ConditionNode &n, const QString &path,
                               const MemberSnapshot &member, const SegmentDefinition &scope,
                               const RfmPopulation *population)
{
    Explanation e;
    e.path = path;
    e.label = describeNode(n);
    if (!population)
        return Error{path, QStringLiteral("RFM scores need the store's population"),
                     ErrorCode::Internal};
    // Only members of the scope's kind are in the population; without orders, no score.
    const bool kindIn = member.key.isGuest() ? scope.includesGuests() : scope.includesRegistered();
    const std::optional<qint64> x =
        kindIn ? rfmValue(n.score, member.orders) : std::optional<qint64>();
    QVariant score;
    QString detail = QStringLiteral("no orders: no %1 score").arg(n.score);
    if (x) {
        Result<QList<qint64>> values = population->values(n.score, scope);
        if (!values) return values.error();
        if (const std::optional<int> s = rfmScoreAmong(*values, *x)) {
            score = double(*s);
            const qint64 below =
                std::lower_bound(values->begin(), values->end(), *x) - values->begin();
            detail = QStringLiteral("%1 score %2 (%3 of %4 buyers below)")
                         .arg(n.score)
                         .arg(*s)
                         .arg(below)
                         .arg(values->size());
        }
    }
    AttributeSpec spec;
    spec.kind = ValueKind::Number;
    e.result = evaluateComparison(score, spec, n.test, TimeContext(QDateTime())).result;
    e.detail = detail;
    return e;
}

Explanation explainSample(const ConditionNode &n, const QString &path, const MemberSnapshot &member)
{
    Explanation e;
    e.path = path;
    e.label = describeNode(n);
    const qint64 bucket = sampleBucket(n.seed, member.key.toString());
    const qint64 threshold = sampleThreshold(n.percent);
    e.result = bucket < threshold;
    e.detail =
        QStringLiteral("bucket %1 of 10000 (in the sample below %2)").arg(bucket).arg(threshold);
    return e;
}

} // namespace seg
