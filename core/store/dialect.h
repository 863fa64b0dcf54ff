#pragma once

#include <QString>

namespace seg {

enum class Dialect
{
    Sqlite,
    MySql,
    PostgreSql
};

inline QString dialectName(Dialect d)
{
    switch (d) {
    case Dialect::Sqlite:
        return QStringLiteral("sqlite");
    case Dialect::MySql:
        return QStringLiteral("mysql");
    case Dialect::PostgreSql:
        return QStringLiteral("postgresql");
    }
    return {};
}

} // namespace seg
