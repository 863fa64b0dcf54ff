#include "engine/memberqueryrunner.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seg {

namespace {
Result<QSqlQuery> run(const StoreConnection &connection, const CompiledQuery &compiled)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!q.prepare(compiled.sql))
        return Error{{},
                     QStringLiteral("the store rejected the query: %1").arg(q.lastError().text()),
                     ErrorCode::Database};
    for (const QVariant &p : compiled.params)
        q.addBindValue(p);
    if (!q.exec())
        return Error{{},
                     QStringLiteral("the query failed: %1").arg(q.lastError().text()),
                     ErrorCode::Database};
    return q;
}
} // namespace

Result<QList<MemberKey>> MemberQueryRunner::members(const StoreConnection &connection,
                                                    const CompiledQuery &query)
{
    Result<QSqlQuery> q = run(connection, query);
    if (!q) return q.error();
    QList<MemberKey> keys;
    while (q.value().next())
        keys << MemberKey::fromColumns(q.value().value(0), q.value().value(1));
    return keys;
}

Result<qint64> MemberQueryRunner::count(const StoreConnection &connection,
                                        const CompiledQuery &query)
{
    Result<QSqlQuery> q = run(connection, query);
    if (!q) return q.error();
    if (!q.value().next())
        return Error{{}, QStringLiteral("the count query returned no row"), ErrorCode::Database};
    return q.value().value(0).toLongLong();
}

} // namespace seg
