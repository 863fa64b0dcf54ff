#include "store/sqlrun.h"

#include <QSqlError>

namespace seg {

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &params,
                         const QString &doing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{
            {}, QStringLiteral("%1: %2").arg(doing, q.lastError().text()), ErrorCode::Database};
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec())
        return Error{
            {}, QStringLiteral("%1: %2").arg(doing, q.lastError().text()), ErrorCode::Database};
    return q;
}

} // namespace seg
