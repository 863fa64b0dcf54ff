#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "engine/explanation.h"
#include "engine/memberkey.h"
#include "engine/timecontext.h"

#include <QList>
#include <QString>

#include <optional>

namespace seg {

struct StoreSession;

// Why one member is in or out of a definition, for "Explain a customer".
struct MemberExplanation
{
    MemberKey key;
    QString email; // as the store writes it
    QString name;  // "Jane Doe"; empty for guests without a name
    bool isMember = false;
    Explanation explanation;
};

// Finds the member a marketer typed by the member-key rule (MemberKeyResolver, any website): a
// customer id ("42"), or an e-mail — the registered customer with it, else the guest who ordered
// with it — and evaluates the definition for them in memory (MemberSnapshotLoader +
// MemberEvaluator). nullopt: no such member in the store. An e-mail several customers share is
// an InvalidArgument error naming them; an invalid definition an error naming its first problem.
Result<std::optional<MemberExplanation>> explainMember(const StoreSession &session,
                                                       const SegmentDefinition &definition,
                                                       const QString &idOrEmail,
                                                       const TimeContext &time);

} // namespace seg
