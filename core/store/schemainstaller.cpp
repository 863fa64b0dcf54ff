#include "store/schemainstaller.h"

#include <QFile>
#include <QRegularExpression>

namespace seg {

QStringList SchemaInstaller::statements(Dialect dialect, const QString &tablePrefix)
{
    QFile file(QStringLiteral(":/segmentor/schema/%1.sql").arg(dialectName(dialect)));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("{prefix}"), tablePrefix);
    // The file's rule: drop "--" comments, then split at semicolons that end a line.
    static const QRegularExpression comment(QStringLiteral("--[^\n]*"));
    text.remove(comment);
    QStringList out;
    for (const QString &piece : text.split(QStringLiteral(";\n"))) {
        const QString statement = piece.trimmed();
        if (!statement.isEmpty() && statement != QLatin1String(";"))
            out << (statement.endsWith(QLatin1Char(';')) ? statement.chopped(1) : statement);
    }
    return out;
}

Status SchemaInstaller::install(const StoreConnection &connection, const QString &tablePrefix)
{
    const QStringList all = statements(connection.dialect(), tablePrefix);
    if (all.isEmpty())
        return Error{{},
                     QStringLiteral("the schema resource for %1 is missing")
                         .arg(dialectName(connection.dialect())),
                     ErrorCode::Internal};
    if (connection.dialect() == Dialect::MySql) {
        // Magento's own rows use id 0 (admin website and store, NOT LOGGED IN group).
        if (auto st =
                connection.exec(QStringLiteral("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO'"));
            !st)
            return st;
    }
    for (const QString &sql : all)
        if (auto st = connection.exec(sql); !st)
            return Error{{},
                         QStringLiteral("creating the schema failed: %1\nin: %2")
                             .arg(st.error().message, sql.left(200)),
                         ErrorCode::Database};
    return success();
}

} // namespace seg
