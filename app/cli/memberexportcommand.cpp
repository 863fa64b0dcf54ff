#include "clicontext.h"

int runMemberExport(const CliOptions &options, CliStreams io, StoreSession &session)
{
    Q_UNUSED(options);
    Q_UNUSED(session);
    io.err << "error: csv/xlsx/xml member export is not wired yet\n";
    return ExitFailure;
}
