#pragma once

#include "clicontext.h"

// segments combine NEWCODE --union|--intersection|--difference A,B [--of members|conditions]
// [--name NAME], segments freeze CODE, segments unfreeze CODE --mode auto|manual,
// segments split CODE --percent P [--seed S].
bool isSegmentSetAction(const QString &action);
int runSegmentSetAction(StoreSession &session, const CliOptions &options, CliStreams io);
