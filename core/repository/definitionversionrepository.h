#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace seg {

// One saved state of a segment's definition (<prefix>segmentor_definition_version).
struct DefinitionVersion
{
    int number = 0; // 1, 2, … per segment code
    QDateTime savedAt;
    QString osUser; // who ran Segmentor (the operating system login)
    QString dbUser; // the database login it saved with (empty for SQLite)
    // save (editor, REST), import, restore, copy, or earlier: the definition a segment had when
    // the history started (saved before versions were kept; time = its last update, no user).
    QString origin;
    std::optional<int> restoredFrom; // origin restore: the version brought back
    QByteArray json;                 // the definition as DefinitionCodec::toJson wrote it
};

// The definition history, next to Segmentor's other tables (the store or the workspace file).
// Like the integrations' tables it is created on first use with its own meta key
// ("versions_version"), so stores whose core tables are older keep working.
class DefinitionVersionRepository
{
public:
    static constexpr int kVersion = 1;

    DefinitionVersionRepository(const StoreConnection &connection, QString tablePrefix);

    static QStringList createStatements(Dialect dialect, const QString &tablePrefix);
    Status ensure() const;
    bool exists() const; // readers: no table yet means no versions yet

    Result<QList<DefinitionVersion>> list(const QString &code) const; // oldest first
    Result<std::optional<DefinitionVersion>> find(const QString &code, int number) const;
    Result<std::optional<DefinitionVersion>> latest(const QString &code) const;
    // Stores `version` as the next number of `code`; returns that number.
    Result<int> append(const QString &code, const DefinitionVersion &version) const;
    Status rename(const QString &fromCode, const QString &toCode) const;
    Status removeAll(const QString &code) const;

private:
    QString table() const;
    const StoreConnection &m_connection;
    QString m_prefix;
};

} // namespace seg
