#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace servicestest {

// A small demo store (SQLite, generated once per test process) for the builder services' UI tests.
const seg::ConnectionSettings &demoStore();
// A demo store on the backend (0 = SQLite, 1 = MariaDB, 2 = PostgreSQL); nullopt with `why` when
// its server is not there.
std::optional<seg::ConnectionSettings> demoStoreOn(int backend, std::string &why);

seg::SegmentDefinition definition(const QString &conditions, const QString &extra = {});

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs segmentor-cli ($SEGMENTOR_CLI, else the one built beside the tests).
CliResult cli(const QStringList &arguments);
// The URL segmentor-cli reaches the store with (with the password).
QString databaseUrl(const seg::ConnectionSettings &settings);
// `segmentor-cli evaluate --count` / `--ids` for a definition (written to a temporary file).
qint64 cliCount(const seg::ConnectionSettings &settings, const seg::SegmentDefinition &definition);
QStringList cliIds(const seg::ConnectionSettings &settings,
                   const seg::SegmentDefinition &definition);

} // namespace servicestest
