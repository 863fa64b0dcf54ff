#include "net/memberpages.h"

#include "definition/valueparsing.h"
#include "store/sqlrun.h"

namespace seg {

MemberPages::MemberPages(const StoreConnection &connection, QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

Result<MemberPage> MemberPages::page(qint64 segmentId, const std::optional<QString> &after,
                                     int limit) const
{
    // One more row than asked tells whether another page follows. The limit is a checked
    // integer, written into the text (MySQL's prepared LIMIT placeholders vary by version).
    QString sql = QStringLiteral("SELECT member_key, customer_id, guest_email, since FROM "
                                 "%1segmentor_member WHERE segment_id = ?")
                      .arg(m_prefix);
    QVariantList params{segmentId};
    if (after) {
        sql += QStringLiteral(" AND member_key > ?");
        params << *after;
    }
    sql += QStringLiteral(" ORDER BY member_key LIMIT %1").arg(qMax(1, limit) + 1);
    auto q = runSql(m_connection.database(), sql, params,
                    QStringLiteral("cannot read the segment's members"));
    if (!q) return q.error();
    MemberPage page;
    QString lastKey;
    while (q.value().next()) {
        if (page.rows.size() == limit) {
            page.nextAfter = lastKey;
            break;
        }
        // MySQL returns the binary-collated key as bytes: decode as UTF-8.
        const QVariant keyValue = q.value().value(0);
        lastKey = keyValue.typeId() == QMetaType::QByteArray
                      ? QString::fromUtf8(keyValue.toByteArray())
                      : keyValue.toString();
        const QVariant customer = q.value().value(1);
        MemberRow row;
        row.key = customer.isNull() || customer.toLongLong() <= 0
                      ? MemberKey::guest(q.value().value(2).toString())
                      : MemberKey::registered(customer.toLongLong());
        row.since = parseStoredTimestamp(q.value().value(3)).value_or(QDateTime());
        page.rows << row;
    }
    return page;
}

Result<std::optional<QDateTime>> MemberPages::since(qint64 segmentId, const MemberKey &member) const
{
    auto q =
        runSql(m_connection.database(),
               QStringLiteral(
                   "SELECT since FROM %1segmentor_member WHERE segment_id = ? AND member_key = ?")
                   .arg(m_prefix),
               {segmentId, member.toString()}, QStringLiteral("cannot read the segment's members"));
    if (!q) return q.error();
    if (!q.value().next()) return std::optional<QDateTime>();
    return std::optional<QDateTime>(parseStoredTimestamp(q.value().value(0)).value_or(QDateTime()));
}

} // namespace seg
