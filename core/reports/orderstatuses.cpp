#include "reports/orderstatuses.h"

#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QSet>

namespace seg {

Result<QList<OrderStatus>> OrderStatuses::load(const StoreSession &session)
{
    const QSqlDatabase db = session.connection->database();
    const QString statuses = session.schema->table(QStringLiteral("sales_order_status"));
    QList<OrderStatus> out;
    QSet<QString> seen;
    auto listed = runSql(
        db, QStringLiteral("SELECT status, label FROM %1 ORDER BY status").arg(statuses), {},
        QCoreApplication::translate("seg::OrderStatuses", "reading the order statuses failed"));
    if (!listed) return listed.error();
    while (listed.value().next()) {
        const QString code = listed->value(0).toString();
        const QString label = listed->value(1).toString().trimmed();
        out << OrderStatus{code, label.isEmpty() ? code : label};
        seen.insert(code);
    }
    // Statuses in use but not listed (an extension removed, an import): GROUP BY uses the
    // status index.
    auto used = runSql(
        db,
        QStringLiteral(
            "SELECT status FROM %1 WHERE status IS NOT NULL GROUP BY status ORDER BY status")
            .arg(session.schema->table(QStringLiteral("sales_order"))),
        {}, QCoreApplication::translate("seg::OrderStatuses", "reading the order statuses failed"));
    if (!used) return used.error();
    while (used.value().next()) {
        const QString code = used->value(0).toString();
        if (!seen.contains(code)) {
            out << OrderStatus{code, code};
            seen.insert(code);
        }
    }
    return out;
}

} // namespace seg
