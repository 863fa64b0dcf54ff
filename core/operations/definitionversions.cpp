#include "operations/definitionversions.h"

#include "definition/definitioncodec.h"
#include "operations/segmentdefinitions.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace seg {

namespace {

// Gives lupdate and the translator the context seg::DefinitionVersions.
struct DefinitionVersions
{
    Q_DECLARE_TR_FUNCTIONS(seg::DefinitionVersions)
};

DefinitionVersionRepository versionsOf(const StoreSession &session)
{
    return DefinitionVersionRepository(*session.storage.connection, session.storage.tablePrefix);
}

Error notFound(const QString &code)
{
    return Error{code, DefinitionVersions::tr("no segment with this code"), ErrorCode::NotFound};
}

Error noVersion(const QString &code, int number)
{
    return Error{code, DefinitionVersions::tr("no version %1").arg(number), ErrorCode::NotFound};
}

QString summaryOf(const DefinitionVersion &v, const std::optional<SegmentDefinition> &previous,
                  const SegmentDefinition &definition)
{
    if (v.origin == QLatin1String("earlier"))
        return DefinitionVersions::tr("as it was before the history started");
    QString what;
    if (!previous) {
        what = v.origin == QLatin1String("import") ? DefinitionVersions::tr("created by an import")
               : v.origin == QLatin1String("copy") ? DefinitionVersions::tr("created as a copy")
                                                   : DefinitionVersions::tr("created");
        return what;
    }
    const QString changes = summarizeChanges(diffDefinitions(*previous, definition));
    if (v.origin == QLatin1String("restore") && v.restoredFrom)
        return DefinitionVersions::tr("restored version %1: %2").arg(*v.restoredFrom).arg(changes);
    if (v.origin == QLatin1String("import"))
        return DefinitionVersions::tr("imported: %1").arg(changes);
    return changes;
}

} // namespace

QString currentOsUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty()) return user;
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name); // a service or container without $USER
#endif
    return QString();
}

Result<SegmentRecord> saveVersioned(StoreSession &session, const SegmentDefinition &definition,
                                    const SaveOrigin &origin, const QString &previousCode)
{
    const DefinitionVersionRepository versions = versionsOf(session);
    if (Status st = versions.ensure(); !st) return st.error(); // DDL: not inside the transaction
    const bool renamed = !previousCode.isEmpty() && previousCode != definition.code;
    Result<std::optional<SegmentRecord>> before =
        session.segments->find(renamed ? previousCode : definition.code);
    if (!before) return before.error();

    QSqlDatabase db = session.storage.connection->database();
    const bool inTransaction = db.transaction();
    auto fail = [&](const Error &e) -> Result<SegmentRecord> {
        if (inTransaction) db.rollback();
        return e;
    };
    if (renamed)
        if (Status st = versions.rename(previousCode, definition.code); !st)
            return fail(st.error());
    Result<std::optional<DefinitionVersion>> latest = versions.latest(definition.code);
    if (!latest) return fail(latest.error());
    const QString dbUser = session.settings().user;
    if (!*latest && *before) { // saved before versions were kept: keep what it was
        DefinitionVersion earlier;
        earlier.savedAt = (*before)->updatedAt;
        earlier.origin = QStringLiteral("earlier");
        earlier.json = DefinitionCodec::toJson((*before)->definition);
        if (Result<int> n = versions.append(definition.code, earlier); !n) return fail(n.error());
        latest = std::optional<DefinitionVersion>(earlier);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<SegmentRecord> saved = session.segments->save(definition, now);
    if (!saved) return fail(saved.error());
    DefinitionVersion v;
    v.savedAt = now;
    v.osUser = currentOsUser();
    v.dbUser = dbUser;
    v.origin = origin.kind;
    v.restoredFrom = origin.restoredFrom;
    v.json = DefinitionCodec::toJson(definition);
    // The same definition again (a repeated import or PUT) is not a new version.
    if (!*latest || (*latest)->json != v.json)
        if (Result<int> n = versions.append(definition.code, v); !n) return fail(n.error());
    if (inTransaction && !db.commit())
        return fail(Error{definition.code, db.lastError().text(), ErrorCode::Database});
    return saved;
}

Result<QList<VersionEntry>> definitionVersions(const StoreSession &session, const QString &code)
{
    Result<std::optional<SegmentRecord>> record = session.segments->find(code);
    if (!record) return record.error();
    if (!*record) return notFound(code);
    const DefinitionVersionRepository versions = versionsOf(session);
    QList<DefinitionVersion> stored;
    if (versions.exists()) {
        Result<QList<DefinitionVersion>> all = versions.list(code);
        if (!all) return all.error();
        stored = *all;
    }
    QList<VersionEntry> out;
    std::optional<SegmentDefinition> previous;
    for (const DefinitionVersion &v : stored) {
        Result<SegmentDefinition> d = DefinitionCodec::fromJson(v.json);
        if (!d)
            return Error{code,
                         DefinitionVersions::tr("version %1 cannot be read: %2")
                             .arg(v.number)
                             .arg(d.error().toString()),
                         ErrorCode::Internal};
        out.prepend(VersionEntry{v, *d, summaryOf(v, previous, *d), false});
        previous = *d;
    }
    if (!out.isEmpty()) out.first().current = true;
    return out;
}

Result<QList<DefinitionChange>> diffVersionWithCurrent(const StoreSession &session,
                                                       const QString &code, int number)
{
    Result<std::optional<SegmentRecord>> record = session.segments->find(code);
    if (!record) return record.error();
    if (!*record) return notFound(code);
    const DefinitionVersionRepository versions = versionsOf(session);
    if (!versions.exists()) return noVersion(code, number);
    Result<std::optional<DefinitionVersion>> v = versions.find(code, number);
    if (!v) return v.error();
    if (!*v) return noVersion(code, number);
    Result<SegmentDefinition> d = DefinitionCodec::fromJson((*v)->json);
    if (!d) return Error{code, d.error().toString(), ErrorCode::Internal};
    return diffDefinitions((*record)->definition, *d);
}

Result<SegmentRecord> restoreVersion(StoreSession &session, const QString &code, int number)
{
    Result<std::optional<SegmentRecord>> record = session.segments->find(code);
    if (!record) return record.error();
    if (!*record) return notFound(code);
    const DefinitionVersionRepository versions = versionsOf(session);
    if (!versions.exists()) return noVersion(code, number);
    Result<std::optional<DefinitionVersion>> v = versions.find(code, number);
    if (!v) return v.error();
    if (!*v) return noVersion(code, number);
    Result<SegmentDefinition> d = DefinitionCodec::fromJson((*v)->json);
    if (!d) return Error{code, d.error().toString(), ErrorCode::Internal};
    SegmentDefinition restored = *d;
    restored.code = code; // a restore never renames
    return saveSegment(session, restored, code, SaveOrigin{QStringLiteral("restore"), number});
}

Status removeVersions(StoreSession &session, const QString &code)
{
    const DefinitionVersionRepository versions = versionsOf(session);
    if (!versions.exists()) return success();
    return versions.removeAll(code);
}

} // namespace seg
