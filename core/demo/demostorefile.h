#pragma once

#include "common/result.h"
#include "demo/demostoregenerator.h"

#include <QString>

#include <functional>

namespace seg {

// Writes a complete SQLite demo store (schema, data, recommended indexes) to `path`. It is
// built next to the target as "<path>.partial" and renamed at the end, so a cancelled or
// killed run leaves no half store. Fails when `path` already exists.
// progress(percent) may return false to cancel (the error is then "cancelled").
Status createDemoStoreFile(const QString &path, const DemoOptions &options,
                           const std::function<bool(int percent)> &progress = {});

} // namespace seg
