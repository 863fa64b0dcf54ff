#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "engine/memberkey.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace seg {

// Why what a user typed names no member (the front doors map it: CLI exit 2, HTTP 404/422).
enum class MemberKeyRefusal
{
    None,      // resolved
    Invalid,   // neither a customer id nor an e-mail (empty)
    NotFound,  // no such customer id; an e-mail of neither a customer nor a guest (in scope)
    Ambiguous, // an e-mail of several registered customers of the segment's websites
};

struct RegisteredEmailOwner
{
    qint64 customerId = 0;
    int websiteId = 0;
    QString websiteCode; // store_website.code, empty when the website row is missing
};

// The answer for one typed member: a key, or a refusal that says why in words naming the
// candidates (customer ids and website codes).
struct ResolvedMemberKey
{
    QString typed;
    std::optional<MemberKey> key;
    MemberKeyRefusal refusal = MemberKeyRefusal::None;
    QString message;                    // set when refused
    QList<RegisteredEmailOwner> owners; // Ambiguous: the customers that share the e-mail

    bool resolved() const { return key.has_value(); }
};

// What a user typed for a segment's member — in `exclude`/`include`/`reset`, the REST member
// lookup — resolved to the member it means (shared/spec/segment-format.md, "Members"):
//   - digits: that customer_id, which must exist in customer_entity;
//   - an e-mail (trimmed, compared case-insensitively as the engine folds): the registered
//     customer of the segment's websites with it; several of them (Magento allows one per
//     website) are refused naming them, unless the website scope leaves one; else, when it is
//     the e-mail of guest orders (customer_id NULL) placed on the segment's websites and owned
//     by no registered customer of that website, the guest (the lower-cased e-mail); else refused.
//   A segment that applies to guests only looks for the guest first, then the customer.
// Store failures are errors; a refusal is an answer (never a guest key stored by default).
class MemberKeyResolver
{
public:
    MemberKeyResolver(const StoreConnection &connection, const StoreSchema &schema);

    Result<ResolvedMemberKey> resolve(const QString &typed, const SegmentDefinition &segment) const;

private:
    Result<ResolvedMemberKey> resolveCustomerId(const QString &typed, qint64 id) const;
    Result<QList<RegisteredEmailOwner>> ownersOf(const QString &folded) const;
    // Websites (nullopt = the order's store has no website) of guest orders with the e-mail.
    Result<QList<std::optional<int>>> guestOrderWebsites(const QString &folded) const;
    Result<QHash<int, QString>> websiteCodes() const; // store_website: id -> code

    const StoreConnection &m_connection;
    const StoreSchema &m_schema;
};

} // namespace seg
