#pragma once

#include "common/result.h"
#include "engine/memberkey.h"
#include "repository/segmentrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seg {

struct StoreSession;

// The use cases "exclude", "include" and "reset" of members of a saved segment (the grid's
// actions, `segmentor-cli exclude|include|reset`).

struct OverrideRefusal
{
    QString typed;
    QString message; // why it names no member, in words naming the candidates
};

struct OverrideKeys
{
    QList<MemberKey> keys;
    QList<OverrideRefusal> refused; // nothing should be changed while this is not empty
};

// What each typed member (customer id or e-mail) means for the segment (MemberKeyResolver).
// With `reset`, a key that has a stored override is accepted as typed too, so an override an
// earlier version stored (a guest key for a registered customer's e-mail) can be undone.
// An unknown segment is NotFound.
Result<OverrideKeys> resolveOverrideKeys(const StoreSession &session, const QString &code,
                                         const QStringList &typed, bool reset);

// Excludes or includes (kind) the keys, or resets them (nullopt), with the reason kept in the
// history. Returns how many keys were acted on.
Result<qint64> setMemberOverrides(StoreSession &session, const QString &code,
                                  const QList<MemberKey> &keys, std::optional<OverrideKind> kind,
                                  const QString &reason);

} // namespace seg
