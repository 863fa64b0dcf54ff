#include "engine/rfmpopulation.h"

#include "definition/valueparsing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

namespace seg {

std::optional<qint64> rfmValue(const QString &score, const QList<AttributeRow> &orders)
{
    if (orders.isEmpty()) return std::nullopt;
    if (score == QLatin1String("frequency")) return qint64(orders.size());
    if (score == QLatin1String("monetary")) {
        qint64 total = 0;
        for (const AttributeRow &o : orders)
            total += std::llround(o.value(QStringLiteral("grand_total")).toDouble() * 10000.0);
        return total;
    }
    std::optional<qint64> latest; // recency
    for (const AttributeRow &o : orders)
        if (const std::optional<QDateTime> t =
                parseStoredTimestamp(o.value(QStringLiteral("created_at"))))
            latest = std::max(latest.value_or(t->toMSecsSinceEpoch()), t->toMSecsSinceEpoch());
    return latest;
}

std::optional<int> rfmScoreAmong(const QList<qint64> &sortedPopulation, qint64 x)
{
    if (sortedPopulation.isEmpty()) return std::nullopt;
    const qint64 below = std::lower_bound(sortedPopulation.begin(), sortedPopulation.end(), x) -
                         sortedPopulation.begin();
    return int(1 + (5 * below) / sortedPopulation.size());
}

StoreRfmPopulation::StoreRfmPopulation(const StoreConnection &connection, const StoreSchema &schema,
                                       std::optional<QDateTime> rewindTo)
    : m_connection(connection), m_schema(schema), m_rewindTo(std::move(rewindTo))
{
}

Status StoreRfmPopulation::load() const
{
    if (m_loaded) return success();
    auto fail = [](const QSqlQuery &q) {
        return Error{{}, q.lastError().text(), ErrorCode::Database};
    };
    const QString orders = m_schema.table(QStringLiteral("sales_order"));
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    // Time travel: a row created after the as-of time does not exist yet (no time: neither).
    auto existed = [this](const QVariant &created) {
        if (!m_rewindTo) return true;
        const std::optional<QDateTime> t = parseStoredTimestamp(created);
        return t && *t <= *m_rewindTo;
    };

    // Registered customers: every order with their id.
    QHash<qint64, qsizetype> registered;
    if (!q.exec(
            QStringLiteral("SELECT c.entity_id, c.website_id, o.created_at, "
                           "o.base_grand_total, c.created_at FROM %1 o JOIN %2 c ON c.entity_id = "
                           "o.customer_id")
                .arg(orders, m_schema.table(QStringLiteral("customer_entity")))))
        return fail(q);
    while (q.next()) {
        if (!existed(q.value(2)) || !existed(q.value(4))) continue;
        const qint64 id = q.value(0).toLongLong();
        auto it = registered.find(id);
        if (it == registered.end()) {
            Member m;
            if (!q.value(1).isNull()) m.websites.insert(q.value(1).toInt());
            m_members << m;
            it = registered.insert(id, m_members.size() - 1);
        }
        m_members[*it].orders << AttributeRow{{QStringLiteral("created_at"), q.value(2)},
                                              {QStringLiteral("grand_total"), q.value(3)}};
    }

    // Guests: folded emails of orders without a customer that no registered customer of the
    // order's website owns.
    QSet<QString> owned; // "email|website"
    if (!q.exec(
            QStringLiteral("SELECT email, website_id, created_at FROM %1 WHERE email IS NOT NULL "
                           "AND website_id IS NOT NULL")
                .arg(m_schema.table(QStringLiteral("customer_entity")))))
        return fail(q);
    while (q.next())
        if (existed(q.value(2)))
            owned.insert(foldCase(q.value(0).toString()) + QLatin1Char('|') +
                         q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT o.customer_email, st.website_id, o.created_at, "
                               "o.base_grand_total FROM %1 o LEFT JOIN %2 st ON st.store_id = "
                               "o.store_id WHERE o.customer_id IS NULL")
                    .arg(orders, m_schema.table(QStringLiteral("store")))))
        return fail(q);
    QHash<QString, qsizetype> guests;
    while (q.next()) {
        if (!existed(q.value(2))) continue;
        const QString email = foldCase(q.value(0).toString());
        if (q.value(0).isNull() || q.value(0).toString().isEmpty()) continue;
        const bool hasWebsite = !q.value(1).isNull();
        if (hasWebsite && owned.contains(email + QLatin1Char('|') + q.value(1).toString()))
            continue;
        auto it = guests.find(email);
        if (it == guests.end()) {
            Member m;
            m.guest = true;
            m_members << m;
            it = guests.insert(email, m_members.size() - 1);
        }
        Member &m = m_members[*it];
        if (hasWebsite) m.websites.insert(q.value(1).toInt());
        m.orders << AttributeRow{{QStringLiteral("created_at"), q.value(2)},
                                 {QStringLiteral("grand_total"), q.value(3)}};
    }
    m_loaded = true;
    return success();
}

Result<QList<qint64>> StoreRfmPopulation::values(const QString &score,
                                                 const SegmentDefinition &scope) const
{
    QStringList websites;
    for (int w : scope.websites)
        websites << QString::number(w);
    const QString key = score + QLatin1Char('/') + applyToName(scope.applyTo) + QLatin1Char('/') +
                        websites.join(QLatin1Char(','));
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) return *it;
    if (auto st = load(); !st) return st.error();
    QList<qint64> out;
    for (const Member &m : m_members) {
        if (m.guest ? !scope.includesGuests() : !scope.includesRegistered()) continue;
        if (!scope.websites.isEmpty() &&
            std::none_of(scope.websites.begin(), scope.websites.end(),
                         [&](int w) { return m.websites.contains(w); }))
            continue;
        if (const std::optional<qint64> x = rfmValue(score, m.orders)) out << *x;
    }
    std::sort(out.begin(), out.end());
    m_cache.insert(key, out);
    return out;
}

} // namespace seg
