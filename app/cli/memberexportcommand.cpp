#include "clicontext.h"

#include "export/memberexporter.h"
#include "export/savedmembersource.h"

#include <QFile>
#include <QTemporaryDir>

using namespace seg;

// members CODE --format csv|xlsx|xml [--out FILE] [--columns a,b,...]: the saved members with
// their details. Without --out the file goes to stdout (written whole first, so a failure
// never leaves half a file in a pipe).
int runMemberExport(const CliOptions &options, CliStreams io, StoreSession &session)
{
    const QString code = options.positional.first();
    const std::optional<ExportFormat> format = exportFormatFromName(options.value(QStringLiteral("--format"), QStringLiteral("csv")));
    if (!format) {
        io.err << "error: --format: expected csv, xlsx, xml or json\n";
        return ExitUsage;
    }
    Result<std::optional<SegmentRecord>> record = session.segments->find(code);
    if (!record) {
        io.err << "error: " << record.error().message << "\n";
        return ExitFailure;
    }
    if (!*record) {
        io.err << QStringLiteral("error: no segment \"%1\"\n").arg(code);
        return ExitFailure;
    }
    ExportOptions o;
    o.format = *format;
    if (options.values.contains(QStringLiteral("--columns")))
        o.columns = options.value(QStringLiteral("--columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QTemporaryDir scratch;
    const QString out = options.value(QStringLiteral("--out"));
    o.path = out.isEmpty() ? scratch.filePath(QStringLiteral("members.") + exportFormatName(*format)) : out;

    const Result<MemberSource> source = savedMembersSource(*session.connection, session.storage, (*record)->id);
    if (!source) {
        io.err << "error: " << source.error().message << "\n";
        return ExitFailure;
    }
    Result<ExportSummary> summary = exportMembers(*session.connection, *session.schema, *source, o);
    if (!summary) {
        io.err << "error: " << summary.error().message << "\n";
        return exitCodeFor(summary.error());
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
