#include "common/result.h"

#include <QRegularExpression>

namespace seg {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return "internal";
    case ErrorCode::InvalidDefinition:
        return "invalid_definition";
    case ErrorCode::InvalidArgument:
        return "invalid_argument";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::AlreadyExists:
        return "already_exists";
    case ErrorCode::Busy:
        return "busy";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Connection:
        return "connection";
    case ErrorCode::Database:
        return "database";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::Network:
        return "network";
    case ErrorCode::Secrets:
        return "secrets";
    }
    return "internal";
}

QList<int> nodePathFromJsonPath(const QString &path)
{
    // Only a path that starts at the tree ("conditions...") names a node; each "conditions[i]"
    // step goes one level down.
    QList<int> out;
    if (!path.startsWith(QLatin1String("conditions"))) return out;
    static const QRegularExpression step(QStringLiteral("conditions\\[(\\d+)\\]"));
    for (auto it = step.globalMatch(path); it.hasNext();)
        out << it.next().captured(1).toInt();
    return out;
}

} // namespace seg
