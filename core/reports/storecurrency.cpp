#include "reports/storecurrency.h"

#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>

namespace seg {

Result<QString> StoreCurrency::baseCurrency(const StoreSession &session, const QString &fallback)
{
    const QSqlDatabase db = session.connection->database();
    const QString config = session.schema->table(QStringLiteral("core_config_data"));
    if (db.tables().contains(config, Qt::CaseInsensitive)) {
        auto q = runSql(
            db,
            QStringLiteral("SELECT value FROM %1 WHERE path = ? AND scope = ? AND scope_id = 0")
                .arg(config),
            {QStringLiteral("currency/options/base"), QStringLiteral("default")},
            QCoreApplication::translate("seg::StoreCurrency", "reading the base currency failed"));
        if (!q) return q.error();
        if (q.value().next() && !q->value(0).toString().trimmed().isEmpty())
            return q->value(0).toString().trimmed().toUpper();
    }
    auto q = runSql(
        db,
        QStringLiteral("SELECT base_currency_code FROM %1 ORDER BY entity_id DESC LIMIT 1000")
            .arg(session.schema->table(QStringLiteral("sales_order"))),
        {},
        QCoreApplication::translate("seg::StoreCurrency", "reading the orders' currency failed"));
    if (!q) return q.error();
    QHash<QString, int> seen;
    while (q.value().next()) {
        const QString code = q->value(0).toString().trimmed().toUpper();
        if (!code.isEmpty()) ++seen[code];
    }
    QString best = fallback;
    int most = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    return best;
}

} // namespace seg
