#pragma once

#include "store/connectionsettings.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace shelltest {

// Runs the event loop until `condition` holds or `ms` pass; true when it held.
bool waitFor(const std::function<bool()> &condition, int ms = 60000);

// A fresh copy of a small demo store (created once per process, 300 customers, seed 42).
seg::ConnectionSettings demoStoreCopy(const QString &name);

// The example definitions shipped in examples/ (absolute paths).
QStringList exampleFiles();

// The test process's private HOME (settings and data live under it).
QString testHome();

} // namespace shelltest
