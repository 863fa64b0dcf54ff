#include "demo/demostorefile.h"

#include "store/recommendedindexes.h"
#include "store/schemainstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace seg {

Status createDemoStoreFile(const QString &path, const DemoOptions &options,
                           const std::function<bool(int percent)> &progress)
{
    if (QFileInfo::exists(path))
        return Error{{}, QStringLiteral("%1 already exists").arg(path), ErrorCode::AlreadyExists};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{
            {},
            QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath()),
            ErrorCode::Io};
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    ConnectionSettings settings;
    settings.dialect = Dialect::Sqlite;
    settings.path = partial;
    {
        Result<std::unique_ptr<StoreConnection>> connection =
            StoreConnection::open(settings, StoreConnection::Missing::Create);
        if (!connection) return connection.error();
        Status st = SchemaInstaller::install(**connection, {});
        if (st) {
            // The generator reports 0..100; the indexes take the last few percent.
            st = DemoStoreGenerator(options).generate(**connection, {}, [&](int percent) {
                return !progress || progress(percent * 95 / 100);
            });
        }
        if (st) st = RecommendedIndexes::apply(**connection, {});
        if (!st) {
            connection.value().reset();
            QFile::remove(partial);
            return st.error();
        }
    }
    if (progress) progress(100);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{{},
                     QStringLiteral("cannot move the demo store into place at %1").arg(path),
                     ErrorCode::Io};
    }
    return success();
}

} // namespace seg
