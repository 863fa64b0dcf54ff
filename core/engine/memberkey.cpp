#include "engine/memberkey.h"

#include "store/storeconnection.h"

#include <QRegularExpression>

namespace seg {

MemberKey MemberKey::guest(const QString &email)
{
    return MemberKey{0, foldCase(email.trimmed())};
}

MemberKey MemberKey::parse(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const QString trimmed = text.trimmed();
    if (digits.match(trimmed).hasMatch()) return registered(trimmed.toLongLong());
    return guest(trimmed);
}

MemberKey MemberKey::fromColumns(const QVariant &customerId, const QVariant &guestKey)
{
    if (!customerId.isNull() && customerId.isValid()) return registered(customerId.toLongLong());
    // MySQL returns the folded key as bytes (it is compared as binary); they are UTF-8.
    if (guestKey.metaType().id() == QMetaType::QByteArray)
        return MemberKey{0, QString::fromUtf8(guestKey.toByteArray())};
    return MemberKey{0, guestKey.toString()};
}

} // namespace seg
