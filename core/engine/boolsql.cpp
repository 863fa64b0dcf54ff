#include "engine/boolsql.h"

namespace seg {

SqlText BoolSql::toSql() const
{
    if (constant) return SqlText(*constant ? QStringLiteral("(1=1)") : QStringLiteral("(1=0)"));
    return sql;
}

BoolSql sqlNot(const BoolSql &a)
{
    if (a.constant) return BoolSql::of(!*a.constant);
    return BoolSql::of(SqlText(QStringLiteral("NOT ")) + parenthesize(a.sql));
}

namespace {
BoolSql combine(const QList<BoolSql> &parts, bool isAnd)
{
    QList<SqlText> kept;
    for (const BoolSql &p : parts) {
        if (p.constant) {
            if (*p.constant != isAnd) // FALSE in AND, TRUE in OR decides the whole
                return BoolSql::of(!isAnd);
            continue; // TRUE in AND, FALSE in OR changes nothing
        }
        kept << parenthesize(p.sql);
    }
    if (kept.isEmpty()) return BoolSql::of(isAnd);
    if (kept.size() == 1) return BoolSql::of(kept.first());
    return BoolSql::of(joinSql(kept, isAnd ? QStringLiteral(" AND ") : QStringLiteral(" OR ")));
}
} // namespace

BoolSql sqlAnd(const QList<BoolSql> &parts)
{
    return combine(parts, true);
}

BoolSql sqlOr(const QList<BoolSql> &parts)
{
    return combine(parts, false);
}

} // namespace seg
