#pragma once

#include "common/result.h"
#include "engine/memberkey.h"
#include "repository/segmentrecord.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace seg {

struct CustomerAddress
{
    QString kind; // "Default billing", "Billing", "Shipping", ... (translated)
    QString name, street, city, region, postcode, country, telephone;
};

struct CustomerOrder
{
    QString number;
    QDateTime at;
    QString status;
    QString total; // 4 decimals
};

struct MemberJournalEntry
{
    QDateTime at;
    QString change; // "entered" or "left"
};

struct SegmentMembership
{
    QString code;
    QString name;
    QDateTime since;
};

// Everything the customer details dialog shows about one member, for one segment.
struct CustomerProfile
{
    MemberKey key;
    bool exists = false; // the store still has this customer (or orders for this guest)
    QString email, firstname, lastname, group, website;
    QDateTime createdAt; // registered customers
    QList<CustomerAddress> addresses;
    qint64 orders = 0;
    QString lifetimeSales = QStringLiteral("0.0000");
    QDateTime firstOrderAt, lastOrderAt;
    QList<CustomerOrder> recentOrders; // newest first, at most 10
    QList<SegmentMembership> segments; // saved segments the member is in
    // For the segment the dialog was opened from:
    std::optional<QDateTime> memberSince; // in its stored membership
    std::optional<OverrideEntry> override;
    QList<MemberJournalEntry> journal;           // newest first
    std::optional<SegmentDefinition> definition; // of the segment, when it was found
    bool matches = false;                        // the definition, evaluated now
    QString explanation; // the evaluator's explanation text (empty when it failed)
};

// Reads a member's profile, addresses, orders summary, segments, override, journal and the
// explanation of the segment's definition for them (MemberEvaluator). Simple bound queries.
class CustomerProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(seg::CustomerProfileLoader)
public:
    static Result<CustomerProfile> load(StoreSession &session, const MemberKey &key,
                                        const QString &segmentCode,
                                        const QDateTime &asOf = QDateTime::currentDateTimeUtc());
};

} // namespace seg
