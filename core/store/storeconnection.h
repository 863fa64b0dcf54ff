#pragma once

#include "common/result.h"
#include "store/connectionsettings.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace seg {

// One open connection to a store, owned by one thread. Sessions run in UTC (Magento writes
// UTC timestamps), and SQLite connections get the seg_fold() function that folds case the
// same way as the in-memory evaluator (SQLite's lower() only folds ASCII).
class StoreConnection
{
public:
    enum class Missing
    {
        Fail,
        Create
    }; // what to do when a SQLite file does not exist
    static Result<std::unique_ptr<StoreConnection>> open(const ConnectionSettings &settings,
                                                         Missing missing = Missing::Fail);
    ~StoreConnection();

    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    QSqlDatabase database() const;
    Dialect dialect() const { return m_settings.dialect; }
    const ConnectionSettings &settings() const { return m_settings; }

    // Runs a statement without results; the error carries the driver's message.
    Status exec(const QString &sql) const;

private:
    StoreConnection(ConnectionSettings settings, QString name);
    ConnectionSettings m_settings;
    QString m_name;
};

// The case folding every comparison uses: Unicode simple lower-casing, accents kept.
QString foldCase(const QString &text);

// Registers seg_fold() on a QSQLITE connection.
Status registerSqliteFunctions(const QSqlDatabase &db);

} // namespace seg
