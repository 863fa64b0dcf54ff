// segmentor-cli autoexport set|show|remove CODE: the export after refresh of a segment.
#include "clicontext.h"

#include "operations/exportafterrefresh.h"

#include <QDir>

using namespace seg;

int runAutoExport(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    const QString code = options.positional.value(1);
    if (!QStringList{"set", "show", "remove"}.contains(action) || code.isEmpty() ||
        (action == QLatin1String("set") && options.value(QStringLiteral("--folder")).isEmpty())) {
        io.err << "error: autoexport set CODE --folder DIR [--format csv|xlsx|xml] [--columns "
                  "a,b,...] [--keep N], show CODE or remove CODE\n";
        return ExitUsage;
    }
    int exit = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, exit);
    if (!session) return exit;
    if (action == QLatin1String("show")) {
        Result<std::optional<ExportAfterRefresh>> s = exportAfterRefreshSettings(*session, code);
        if (!s) {
            io.err << "error: " << s.error().message << "\n";
            return ExitFailure;
        }
        if (!*s) {
            io.out << code << ": no export after refresh\n";
            return ExitOk;
        }
        io.out << QStringLiteral("%1: %2 to %3, columns %4, newest %5 kept\n")
                      .arg(code, (*s)->format, (*s)->folder,
                           (*s)->columns.isEmpty() ? QStringLiteral("all")
                                                   : (*s)->columns.join(QLatin1Char(',')))
                      .arg((*s)->keep);
        return ExitOk;
    }
    std::optional<ExportAfterRefresh> settings;
    if (action == QLatin1String("set")) {
        ExportAfterRefresh s;
        s.folder = QDir(options.value(QStringLiteral("--folder"))).absolutePath();
        s.format = options.value(QStringLiteral("--format"), QStringLiteral("csv")).toLower();
        s.columns =
            options.value(QStringLiteral("--columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool ok = true;
        if (options.values.contains(QStringLiteral("--keep")))
            s.keep = options.value(QStringLiteral("--keep")).toInt(&ok);
        if (!ok) s.keep = 0; // refused with the operation's message
        settings = s;
    }
    if (Status st = setExportAfterRefresh(*session, code, settings); !st) {
        io.err << "error: " << st.error().toString() << "\n";
        return st.error().is(ErrorCode::InvalidArgument) ? ExitUsage : ExitFailure;
    }
    return ExitOk;
}
