#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace seg {

// Prepares, binds and runs one statement forward-only; the error says what was being done
// ("cannot read segment vip: <driver message>").
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &params,
                         const QString &doing);

} // namespace seg
