#include "engine/explanation.h"

namespace seg {

QString Explanation::toText(int indent) const
{
    const QString mark =
        muted ? QStringLiteral("-") : (result ? QStringLiteral("✔") : QStringLiteral("✘"));
    QString line = QString(indent * 2, QLatin1Char(' ')) + mark + QLatin1Char(' ') + label;
    if (muted) line += QStringLiteral(" (muted)");
    if (!detail.isEmpty()) line += QStringLiteral(" — ") + detail;
    line += QLatin1Char('\n');
    for (const Explanation &child : children)
        line += child.toText(indent + 1);
    return line;
}

} // namespace seg
