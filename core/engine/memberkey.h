#pragma once

#include <QString>
#include <QVariant>

#include <compare>

namespace seg {

// Who a member is: a registered customer (customer_entity.entity_id) or a guest (the
// lower-cased email of their orders). Printed as the id or the email.
struct MemberKey
{
    qint64 customerId = 0; // > 0 for registered customers
    QString guestEmail;    // folded email for guests

    bool isGuest() const { return customerId <= 0; }
    QString toString() const { return isGuest() ? guestEmail : QString::number(customerId); }

    static MemberKey registered(qint64 id) { return MemberKey{id, {}}; }
    static MemberKey guest(const QString &email);
    // "123" is a customer id, anything else an email (folded).
    static MemberKey parse(const QString &text);
    // From the compiled query's (customer_id, guest_key) columns.
    static MemberKey fromColumns(const QVariant &customerId, const QVariant &guestKey);

    // Registered members first by id, then guests by email: the order --ids prints.
    friend bool operator<(const MemberKey &a, const MemberKey &b)
    {
        if (a.isGuest() != b.isGuest()) return !a.isGuest();
        return a.isGuest() ? a.guestEmail < b.guestEmail : a.customerId < b.customerId;
    }
    friend bool operator==(const MemberKey &a, const MemberKey &b)
    {
        return a.customerId == b.customerId && a.guestEmail == b.guestEmail;
    }
};

inline size_t qHash(const MemberKey &key, size_t seed = 0)
{
    return key.isGuest() ? ::qHash(key.guestEmail, seed) : ::qHash(key.customerId, seed);
}

} // namespace seg
