#pragma once

#include "common/result.h"
#include "session/storesession.h"

#include <QList>
#include <QString>

namespace seg {

// A segment member as a marketing tool sees it.
struct PushMember
{
    QString key; // the member key (customer id or guest email)
    QString email;
    QString firstName;
    QString lastName;

    QString emailKey() const { return email.trimmed().toLower(); } // how the tools match people
};

// The current members of a saved segment with their email and name, read from the store
// (registered customers from customer_entity, guests from their latest order). Members
// without an email cannot be pushed and are left out (`withoutEmail` counts them).
class PushMemberLoader
{
public:
    static Result<QList<PushMember>> load(StoreSession &session, const QString &segmentCode,
                                          qint64 *withoutEmail = nullptr);
};

} // namespace seg
