#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "engine/membersnapshot.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QHash>
#include <QList>

#include <optional>

namespace seg {

// RFM scores (the "rfm" leaf). For a segment's population P — the members of its apply_to
// and websites with at least one order (all orders) — and a member m with value x(m):
//   score(m) = 1 + floor(5 * |{p in P : x(p) < x(m)}| / |P|)
// Values are integers so that ties are exact: recency = the last order's time in
// milliseconds since the epoch (later is better), frequency = the number of orders,
// monetary = lifetime sales (sum of base_grand_total) in ten-thousandths.

// x(m) from a member's orders (MemberSnapshot::orders); nullopt without orders.
std::optional<qint64> rfmValue(const QString &score, const QList<AttributeRow> &orders);

// The score of x among the population's values (sorted ascending); nullopt for an empty one.
std::optional<int> rfmScoreAmong(const QList<qint64> &sortedPopulation, qint64 x);

// The population's values for the in-memory evaluator.
class RfmPopulation
{
public:
    virtual ~RfmPopulation() = default;
    // x(p) for every p in P of `scope` (its apply_to and websites), sorted ascending.
    virtual Result<QList<qint64>> values(const QString &score,
                                         const SegmentDefinition &scope) const = 0;
};

// Reads P from the store with plain queries over all orders (registered customers and guests
// as the spec defines them, folded in C++), apart from the SQL compiler, so the tests can
// hold one against the other. Caches per score and scope.
class StoreRfmPopulation : public RfmPopulation
{
public:
    // rewindTo: time travel, the customers and orders created after it are left out.
    StoreRfmPopulation(const StoreConnection &connection, const StoreSchema &schema,
                       std::optional<QDateTime> rewindTo = std::nullopt);
    Result<QList<qint64>> values(const QString &score,
                                 const SegmentDefinition &scope) const override;

private:
    struct Member
    {
        bool guest = false;
        QSet<int> websites; // registered: its website; guests: their orders' websites
        QList<AttributeRow> orders;
    };
    Status load() const;

    const StoreConnection &m_connection;
    const StoreSchema &m_schema;
    std::optional<QDateTime> m_rewindTo;
    mutable bool m_loaded = false;
    mutable QList<Member> m_members;
    mutable QHash<QString, QList<qint64>> m_cache;
};

} // namespace seg
