#pragma once

#include "common/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace seg {

// A private environment file (KEY=VALUE lines, '#' comments, no quoting: the value is the rest
// of the line) for what cron must not see on its command line: the scheduled refresh's store URL
// and password. Only the owner may read it: written 0600 from the start, refused when the group
// or others may read or write it.
using EnvEntries = QList<QPair<QString, QString>>;

Status writeEnvFile(const QString &path, const EnvEntries &entries, const QString &comment);
// Only SEGMENTOR_* keys are accepted (anything else is an InvalidArgument naming the line).
Result<EnvEntries> readEnvFile(const QString &path);

} // namespace seg
