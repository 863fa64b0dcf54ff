// segmentor-cli-testhooks: segmentor-cli (the same segmentor_cli_lib) plus hooks that only the
// tests need, so the shipped binaries carry none of them.
//
//   SEGMENTOR_REFRESH_PAUSE_AT=<step>   holds a refresh at that step (inside its transaction) for
//                                       60 s, so a test can kill the process mid-refresh or race a
//                                       second refresh. Steps: "computing members", "materialized",
//                                       "applying changes", "applied", "finishing", "committing".
#include "clicommands.h"

#include <QThread>

int main(int argc, char *argv[])
{
    CliHooks hooks;
    const QByteArray pauseAt = qgetenv("SEGMENTOR_REFRESH_PAUSE_AT");
    if (!pauseAt.isEmpty()) {
        hooks.refreshStep = [pauseAt](const QString &step) {
            if (step.toUtf8() == pauseAt) QThread::sleep(60);
        };
    }
    return runCli(argc, argv, hooks);
}
