#include "members/memberkeyresolver.h"

#include "engine/sqldialect.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace seg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seg::MemberKeyResolver)
};

ResolvedMemberKey resolvedTo(const QString &typed, const MemberKey &key)
{
    ResolvedMemberKey r;
    r.typed = typed;
    r.key = key;
    return r;
}

ResolvedMemberKey refused(const QString &typed, MemberKeyRefusal why, const QString &message)
{
    ResolvedMemberKey r;
    r.typed = typed;
    r.refusal = why;
    r.message = message;
    return r;
}

QString websiteName(int id, const QString &code)
{
    return code.isEmpty() ? Tr::tr("website %1").arg(id) : Tr::tr("website %1").arg(code);
}

QString ownersText(const QList<RegisteredEmailOwner> &owners)
{
    QStringList parts;
    for (const RegisteredEmailOwner &o : owners)
        parts << Tr::tr("customer %1 (%2)")
                     .arg(o.customerId)
                     .arg(websiteName(o.websiteId, o.websiteCode));
    return parts.join(QStringLiteral(", "));
}

// MySQL returns some text columns as bytes; they are UTF-8.
QString textOf(const QVariant &v)
{
    return v.typeId() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray()) : v.toString();
}

bool inScope(const std::optional<int> &website, const SegmentDefinition &segment)
{
    if (segment.websites.isEmpty()) return true;
    return website && segment.websites.contains(*website);
}

} // namespace

MemberKeyResolver::MemberKeyResolver(const StoreConnection &connection, const StoreSchema &schema)
    : m_connection(connection), m_schema(schema)
{
}

Result<ResolvedMemberKey> MemberKeyResolver::resolve(const QString &typed,
                                                     const SegmentDefinition &segment) const
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return refused(typed, MemberKeyRefusal::Invalid,
                       Tr::tr("expected a customer id or an e-mail address, got nothing"));
    if (digits.match(text).hasMatch()) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return refused(typed, MemberKeyRefusal::NotFound,
                           Tr::tr("no customer with id %1 in this store").arg(text));
        return resolveCustomerId(typed, id);
    }

    const QString folded = MemberKey::guest(text).guestEmail;
    Result<QList<RegisteredEmailOwner>> owners = ownersOf(folded);
    if (!owners) return owners.error();
    QList<RegisteredEmailOwner> scoped;
    QSet<int> ownedWebsites; // where guest orders with the e-mail belong to nobody
    for (const RegisteredEmailOwner &o : *owners) {
        ownedWebsites.insert(o.websiteId);
        if (inScope(o.websiteId, segment)) scoped << o;
    }
    Result<QList<std::optional<int>>> guestWebsites = guestOrderWebsites(folded);
    if (!guestWebsites) return guestWebsites.error();
    bool guest = false;
    for (const std::optional<int> &w : *guestWebsites)
        if ((!w || !ownedWebsites.contains(*w)) && inScope(w, segment)) guest = true;

    if (guest && (scoped.isEmpty() || segment.applyTo == ApplyTo::Guests))
        return resolvedTo(typed, MemberKey::guest(text));
    if (scoped.size() == 1)
        return resolvedTo(typed, MemberKey::registered(scoped.first().customerId));
    if (scoped.size() > 1) {
        ResolvedMemberKey r = refused(
            typed, MemberKeyRefusal::Ambiguous,
            Tr::tr("%1 is the e-mail of several customers: %2; give the customer id instead")
                .arg(text, ownersText(scoped)));
        r.owners = scoped;
        return r;
    }
    if (segment.websites.isEmpty())
        return refused(typed, MemberKeyRefusal::NotFound,
                       Tr::tr("%1 is neither a customer nor a guest of this store").arg(text));
    QStringList websites;
    Result<QHash<int, QString>> codes = websiteCodes();
    if (!codes) return codes.error();
    for (int id : segment.websites)
        websites << codes->value(id, QString::number(id));
    QString message = Tr::tr("%1 is neither a customer nor a guest on the segment's websites (%2)")
                          .arg(text, websites.join(QStringLiteral(", ")));
    if (!owners->isEmpty()) message += Tr::tr("; it is the e-mail of %1").arg(ownersText(*owners));
    return refused(typed, MemberKeyRefusal::NotFound, message);
}

Result<ResolvedMemberKey> MemberKeyResolver::resolveCustomerId(const QString &typed,
                                                               qint64 id) const
{
    Result<QSqlQuery> q =
        runSql(m_connection.database(),
               QStringLiteral("SELECT entity_id FROM %1 WHERE entity_id = ?")
                   .arg(m_schema.table(QStringLiteral("customer_entity"))),
               {QVariant::fromValue(id)}, Tr::tr("cannot look up customer %1").arg(id));
    if (!q) return q.error();
    if (!q.value().next())
        return refused(typed, MemberKeyRefusal::NotFound,
                       Tr::tr("no customer with id %1 in this store").arg(id));
    return resolvedTo(typed, MemberKey::registered(id));
}

Result<QList<RegisteredEmailOwner>> MemberKeyResolver::ownersOf(const QString &folded) const
{
    const SqlDialect dialect(m_schema.dialect(), m_schema.foldCollation());
    // MySQL/MariaDB: Magento's (email, website_id) index with its case-insensitive collation
    // finds every case variant; the folded comparison then keeps exact matches (accents differ),
    // as the engine's guest rule does. Elsewhere the folded comparison alone.
    QString where =
        dialect.fold(QStringLiteral("c.email")) + QStringLiteral(" = ") + dialect.foldedParam();
    QVariantList params{folded};
    if (m_schema.dialect() == Dialect::MySql) {
        where = QStringLiteral("c.email = ? AND ") + where;
        params.prepend(folded);
    }
    Result<QSqlQuery> q = runSql(m_connection.database(),
                                 QStringLiteral("SELECT c.entity_id, c.website_id, w.code FROM %1 "
                                                "c LEFT JOIN %2 w ON w.website_id = c.website_id "
                                                "WHERE %3 ORDER BY c.entity_id")
                                     .arg(m_schema.table(QStringLiteral("customer_entity")),
                                          m_schema.table(QStringLiteral("store_website")), where),
                                 params, Tr::tr("cannot look up the e-mail %1").arg(folded));
    if (!q) return q.error();
    QList<RegisteredEmailOwner> out;
    while (q.value().next()) {
        out << RegisteredEmailOwner{q.value().value(0).toLongLong(), q.value().value(1).toInt(),
                                    textOf(q.value().value(2))};
    }
    return out;
}

Result<QHash<int, QString>> MemberKeyResolver::websiteCodes() const
{
    Result<QSqlQuery> q = runSql(m_connection.database(),
                                 QStringLiteral("SELECT website_id, code FROM %1")
                                     .arg(m_schema.table(QStringLiteral("store_website"))),
                                 {}, Tr::tr("cannot read the websites"));
    if (!q) return q.error();
    QHash<int, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toInt(), textOf(q.value().value(1)));
    return out;
}

Result<QList<std::optional<int>>> MemberKeyResolver::guestOrderWebsites(const QString &folded) const
{
    const SqlDialect dialect(m_schema.dialect(), m_schema.foldCollation());
    Result<QSqlQuery> q = runSql(
        m_connection.database(),
        QStringLiteral(
            "SELECT DISTINCT st.website_id FROM %1 o LEFT JOIN %2 st ON st.store_id = o.store_id "
            "WHERE o.customer_id IS NULL AND %3 = %4")
            .arg(m_schema.table(QStringLiteral("sales_order")),
                 m_schema.table(QStringLiteral("store")),
                 dialect.fold(QStringLiteral("o.customer_email")), dialect.foldedParam()),
        {folded}, Tr::tr("cannot look up the guest orders of %1").arg(folded));
    if (!q) return q.error();
    QList<std::optional<int>> out;
    while (q.value().next()) {
        const QVariant w = q.value().value(0);
        out << (w.isNull() ? std::nullopt : std::optional<int>(w.toInt()));
    }
    return out;
}

} // namespace seg
