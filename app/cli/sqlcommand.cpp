#include "clicontext.h"

#include "operations/previewsql.h"

using namespace seg;

namespace {
QString literal(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString)
        return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    return v.toString();
}
} // namespace

int runSql(const CliOptions &options, CliStreams io)
{
    const QString source = options.positional.value(0);
    int code = ExitOk;
    const std::optional<SegmentDefinition> definition = readDefinition(source, io, code);
    if (!definition) return code;
    // A store is optional: it brings custom attributes, saved segments and its dialect.
    std::optional<StoreSession> session = openStore(options, io, code, false, false);
    if (code != ExitOk) return code;
    Dialect dialect = session ? session->connection->dialect() : Dialect::Sqlite;
    if (options.values.contains(QStringLiteral("--dialect"))) {
        const QString name = options.value(QStringLiteral("--dialect"));
        if (name == QLatin1String("sqlite"))
            dialect = Dialect::Sqlite;
        else if (name == QLatin1String("mysql") || name == QLatin1String("mariadb"))
            dialect = Dialect::MySql;
        else if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
            dialect = Dialect::PostgreSql;
        else {
            io.err << QStringLiteral(
                          "error: --dialect: expected sqlite, mysql or postgresql, got \"%1\"\n")
                          .arg(name);
            return ExitUsage;
        }
    }
    if (!validate(*definition, session ? &*session : nullptr, source, io)) return ExitUsage;
    const std::optional<TimeContext> time =
        timeContext(options, session ? &*session : nullptr, io, code);
    if (!time) return code;
    QString ordersPath;
    Result<CompiledQuery> query =
        session ? previewMemberSql(*session, *definition, dialect, *time, &ordersPath)
                : previewMemberSql(*definition, dialect, *time);
    if (!query) {
        io.err << source << ": " << query.error().toString() << "\n";
        return exitCodeFor(query.error());
    }
    io.out << query->sql << ";\n";
    io.out << QStringLiteral("-- %1 bound parameter(s), in order of the ? placeholders:\n")
                  .arg(query->params.size());
    for (qsizetype i = 0; i < query->params.size(); ++i)
        io.out << QStringLiteral("--   %1: %2\n").arg(i + 1).arg(literal(query->params.at(i)));
    if (query->ordersFromFacts + query->ordersDirect > 0 && !ordersPath.isEmpty())
        io.out << "-- orders conditions read: " << ordersPath << "\n";
    if (dialect == Dialect::Sqlite)
        io.out << "-- seg_fold() is Segmentor's Unicode case folding, registered on its SQLite "
                  "connections.\n";
    return ExitOk;
}
