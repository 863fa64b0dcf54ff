#include "repository/definitionversionrepository.h"

#include "definition/valueparsing.h"
#include "repository/segmentrecord.h"
#include "repository/tableddl.h"
#include "store/sqlrun.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seg {

namespace {

const char *kColumns = "version_no, saved_at, os_user, db_user, origin, restored_from, definition";

DefinitionVersion readVersion(const QSqlQuery &q)
{
    DefinitionVersion v;
    v.number = q.value(0).toInt();
    v.savedAt = parseStoredTimestamp(q.value(1)).value_or(QDateTime());
    v.osUser = q.value(2).toString();
    v.dbUser = q.value(3).toString();
    v.origin = q.value(4).toString();
    if (!q.value(5).isNull()) v.restoredFrom = q.value(5).toInt();
    v.json = q.value(6).toString().toUtf8();
    return v;
}

} // namespace

DefinitionVersionRepository::DefinitionVersionRepository(const StoreConnection &connection,
                                                         QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

QString DefinitionVersionRepository::table() const
{
    return m_prefix + QStringLiteral("segmentor_definition_version");
}

QStringList DefinitionVersionRepository::createStatements(Dialect dialect, const QString &p)
{
    TableDdl ddl(dialect, p);
    return {
        ddl.table("segmentor_meta", QStringLiteral("meta_key VARCHAR(64) NOT NULL PRIMARY KEY, "
                                                   "meta_value VARCHAR(255) NOT NULL")),
        // Keyed by code (what the CLI and REST name); a renamed segment takes its versions.
        ddl.table("segmentor_definition_version",
                  QStringLiteral("version_id %1, segment_code VARCHAR(64) NOT NULL, "
                                 "version_no INTEGER NOT NULL, saved_at %2 NOT NULL, "
                                 "os_user VARCHAR(255) NOT NULL, db_user VARCHAR(255) NOT NULL, "
                                 "origin VARCHAR(16) NOT NULL, restored_from INTEGER NULL, "
                                 "definition %3 NOT NULL, UNIQUE (segment_code, version_no)")
                      .arg(ddl.id, ddl.ts, ddl.text))};
}

Status DefinitionVersionRepository::ensure() const
{
    QSqlDatabase db = m_connection.database();
    {
        auto q = runSql(db,
                        QStringLiteral("SELECT meta_value FROM %1segmentor_meta WHERE meta_key = ?")
                            .arg(m_prefix),
                        {QStringLiteral("versions_version")},
                        QStringLiteral("cannot read the definition history's version"));
        if (q && q.value().next() && q.value().value(0).toInt() >= kVersion) return success();
    }
    for (const QString &sql : createStatements(m_connection.dialect(), m_prefix)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Error{{},
                         QStringLiteral("cannot create the definition history's table: %1")
                             .arg(q.lastError().text()),
                         ErrorCode::Database};
    }
    auto del =
        runSql(db, QStringLiteral("DELETE FROM %1segmentor_meta WHERE meta_key = ?").arg(m_prefix),
               {QStringLiteral("versions_version")},
               QStringLiteral("cannot record the definition history's version"));
    if (!del) return del.error();
    auto ins =
        runSql(db,
               QStringLiteral("INSERT INTO %1segmentor_meta (meta_key, meta_value) VALUES (?, ?)")
                   .arg(m_prefix),
               {QStringLiteral("versions_version"), QString::number(kVersion)},
               QStringLiteral("cannot record the definition history's version"));
    if (!ins) return ins.error();
    return success();
}

bool DefinitionVersionRepository::exists() const
{
    return m_connection.database().tables().contains(table(), Qt::CaseInsensitive);
}

Result<QList<DefinitionVersion>> DefinitionVersionRepository::list(const QString &code) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT %1 FROM %2 WHERE segment_code = ? ORDER BY version_no")
                        .arg(QString::fromLatin1(kColumns), table()),
                    {code}, QStringLiteral("cannot read the versions of %1").arg(code));
    if (!q) return q.error();
    QList<DefinitionVersion> out;
    while (q.value().next())
        out << readVersion(q.value());
    return out;
}

Result<std::optional<DefinitionVersion>> DefinitionVersionRepository::find(const QString &code,
                                                                           int number) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT %1 FROM %2 WHERE segment_code = ? AND version_no = ?")
                        .arg(QString::fromLatin1(kColumns), table()),
                    {code, number}, QStringLiteral("cannot read the versions of %1").arg(code));
    if (!q) return q.error();
    if (!q.value().next()) return std::optional<DefinitionVersion>();
    return std::optional<DefinitionVersion>(readVersion(q.value()));
}

Result<std::optional<DefinitionVersion>>
DefinitionVersionRepository::latest(const QString &code) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT %1 FROM %2 WHERE segment_code = ? AND version_no = "
                                   "(SELECT MAX(version_no) FROM %2 WHERE segment_code = ?)")
                        .arg(QString::fromLatin1(kColumns), table()),
                    {code, code}, QStringLiteral("cannot read the versions of %1").arg(code));
    if (!q) return q.error();
    if (!q.value().next()) return std::optional<DefinitionVersion>();
    return std::optional<DefinitionVersion>(readVersion(q.value()));
}

Result<int> DefinitionVersionRepository::append(const QString &code,
                                                const DefinitionVersion &v) const
{
    QSqlDatabase db = m_connection.database();
    auto max = runSql(
        db, QStringLiteral("SELECT MAX(version_no) FROM %1 WHERE segment_code = ?").arg(table()),
        {code}, QStringLiteral("cannot read the versions of %1").arg(code));
    if (!max) return max.error();
    const int number = max.value().next() ? max.value().value(0).toInt() + 1 : 1;
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; }; // not NULL
    const QVariant restored =
        v.restoredFrom ? QVariant(*v.restoredFrom) : QVariant(QMetaType::fromType<int>());
    // A concurrent save of the same segment takes the same number: the UNIQUE key refuses it.
    auto ins = runSql(db,
                      QStringLiteral("INSERT INTO %1 (segment_code, version_no, saved_at, os_user, "
                                     "db_user, origin, restored_from, definition) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(table()),
                      {code, number, storageTimestamp(v.savedAt), text(v.osUser), text(v.dbUser),
                       v.origin, restored, QString::fromUtf8(v.json)},
                      QStringLiteral("cannot record version %1 of %2").arg(number).arg(code));
    if (!ins) return ins.error();
    return number;
}

Status DefinitionVersionRepository::rename(const QString &fromCode, const QString &toCode) const
{
    auto q =
        runSql(m_connection.database(),
               QStringLiteral("UPDATE %1 SET segment_code = ? WHERE segment_code = ?").arg(table()),
               {toCode, fromCode},
               QStringLiteral("cannot move the versions of %1 to %2").arg(fromCode, toCode));
    if (!q) return q.error();
    return success();
}

Status DefinitionVersionRepository::removeAll(const QString &code) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("DELETE FROM %1 WHERE segment_code = ?").arg(table()), {code},
                    QStringLiteral("cannot delete the versions of %1").arg(code));
    if (!q) return q.error();
    return success();
}

} // namespace seg
