#include "clicontext.h"

#include "operations/exportmembers.h"

#include <QFile>
#include <QTemporaryDir>

using namespace seg;

// members CODE --format csv|xlsx|xml [--out FILE] [--columns a,b,...]: the saved members with
// their details. Without --out the file goes to stdout (written whole first, so a failure
// never leaves half a file in a pipe).
int runMemberExport(const CliOptions &options, CliStreams io, StoreSession &session)
{
    const QString code = options.positional.first();
    const std::optional<ExportFormat> format =
        exportFormatFromName(options.value(QStringLiteral("--format"), QStringLiteral("csv")));
    if (!format) {
        io.err << "error: --format: expected csv, xlsx, xml or json\n";
        return ExitUsage;
    }
    ExportOptions o;
    o.format = *format;
    if (options.values.contains(QStringLiteral("--columns")))
        o.columns =
            options.value(QStringLiteral("--columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QTemporaryDir scratch;
    const QString out = options.value(QStringLiteral("--out"));
    o.path = out.isEmpty()
                 ? scratch.filePath(QStringLiteral("members.") + exportFormatName(*format))
                 : out;

    ExportSelection saved;
    saved.segmentCode = code;
    Result<ExportSummary> summary = exportSegmentMembers(session, saved, o);
    if (!summary) {
        io.err << "error: " << summary.error().message << "\n";
        // An unknown segment stays a runtime failure (1) as before; an unknown column is usage (2).
        return summary.error().is(ErrorCode::NotFound) ? ExitFailure : exitCodeFor(summary.error());
    }
    if (out.isEmpty()) {
        QFile file(o.path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "error: " << file.errorString() << "\n";
            return ExitFailure;
        }
        io.out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        while (!file.atEnd())
            stdoutFile.write(file.read(1 << 16));
        stdoutFile.flush();
    } else if (!options.has(QStringLiteral("--quiet"))) {
        io.err << QStringLiteral("%1 members written to %2\n").arg(summary->rows).arg(out);
    }
    return ExitOk;
}
