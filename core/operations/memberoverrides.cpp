#include "operations/memberoverrides.h"

#include "members/memberkeyresolver.h"
#include "session/storesession.h"

#include <algorithm>

namespace seg {

Result<OverrideKeys> resolveOverrideKeys(const StoreSession &session, const QString &code,
                                         const QStringList &typed, bool reset)
{
    Result<std::optional<SegmentRecord>> segment = session.segments->find(code);
    if (!segment) return segment.error();
    if (!*segment)
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(code), ErrorCode::NotFound};
    const SegmentDefinition &definition = (*segment)->definition;
    QList<OverrideEntry> stored;
    if (reset) {
        Result<QList<OverrideEntry>> overrides = session.segments->overrides(code);
        if (!overrides) return overrides.error();
        stored = *overrides;
    }
    const auto hasOverride = [&](const MemberKey &key) {
        return std::any_of(stored.begin(), stored.end(),
                           [&](const OverrideEntry &e) { return e.key == key; });
    };
    const MemberKeyResolver resolver(*session.connection, *session.schema);
    OverrideKeys out;
    for (const QString &text : typed) {
        Result<ResolvedMemberKey> r = resolver.resolve(text, definition);
        if (!r) return r.error();
        const MemberKey literal = MemberKey::parse(text);
        if (r->resolved()) {
            out.keys << *r->key;
            // An e-mail that names a customer: also the guest key an earlier version stored.
            if (reset && literal.isGuest() && !r->key->isGuest() && hasOverride(literal))
                out.keys << literal;
        } else if (reset && hasOverride(literal)) {
            out.keys << literal;
        } else {
            out.refused << OverrideRefusal{text, r->message};
        }
    }
    return out;
}

Result<qint64> setMemberOverrides(StoreSession &session, const QString &code,
                                  const QList<MemberKey> &keys, std::optional<OverrideKind> kind,
                                  const QString &reason)
{
    const Status st = kind ? session.segments->setOverride(code, keys, *kind, reason)
                           : session.segments->resetOverride(code, keys, reason);
    if (!st) return st.error();
    return qint64(keys.size());
}

} // namespace seg
