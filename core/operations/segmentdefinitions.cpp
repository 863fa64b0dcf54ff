#include "operations/segmentdefinitions.h"

#include "operations/freezesegment.h"

#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentlookups.h"
#include "operations/memberqueries.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace seg {

namespace {

// The segment list's words (their translations live under this context).
QString text(const char *source)
{
    return QCoreApplication::translate("SegmentOperations", source);
}

// Saved segments, with the ones being imported taking precedence.
class ImportLookup : public SegmentLookup
{
public:
    ImportLookup(const QList<SourcedDefinition> &imported, const SegmentLookup &saved)
        : m_imported(imported), m_saved(saved)
    {
    }
    std::optional<SegmentDefinition> findSegment(const QString &code) const override
    {
        for (const SourcedDefinition &d : m_imported)
            if (d.definition.code == code) return d.definition;
        return m_saved.findSegment(code);
    }

private:
    const QList<SourcedDefinition> &m_imported;
    const SegmentLookup &m_saved;
};

} // namespace

Result<SegmentRecord> saveSegment(StoreSession &session, const SegmentDefinition &definition,
                                  const QString &replacingCode, const SaveOrigin &origin)
{
    if (definition.code != replacingCode && session.segments->findSegment(definition.code))
        return Error{QStringLiteral("code"),
                     text("another segment already uses the code \"%1\"").arg(definition.code),
                     ErrorCode::AlreadyExists};
    if (const QList<Error> errors = validateDefinition(session, definition); !errors.isEmpty())
        return errors.first();
    const std::optional<SegmentDefinition> before = session.segments->findSegment(definition.code);
    Result<SegmentRecord> saved = saveVersioned(session, definition, origin, replacingCode);
    if (!saved) return saved;
    // Frozen or unfrozen by this save (the editor, an import): the stored list follows.
    if (Status st = followRefreshModeChange(session, before, definition); !st) return st.error();
    // A renamed code: the old segment is replaced by the new one.
    if (!replacingCode.isEmpty() && replacingCode != definition.code)
        if (Status st = session.segments->remove(replacingCode); !st) return st.error();
    return saved;
}

Result<int> deleteSegments(StoreSession &session, const QStringList &codes)
{
    int removed = 0;
    for (const QString &code : codes) {
        if (Status st = session.segments->remove(code); !st)
            return Error{code, st.error().message, st.error().code};
        if (Status st = removeVersions(session, code); !st)
            return Error{code, st.error().message, st.error().code};
        ++removed;
    }
    return removed;
}

QString copyCode(const QString &code, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QStringLiteral("-copy") : QStringLiteral("-copy-%1").arg(n);
        const QString candidate = code.left(64 - int(suffix.size())) + suffix;
        if (!taken.contains(candidate)) return candidate;
    }
}

Result<QString> duplicateSegment(StoreSession &session, const QString &code)
{
    const Result<QList<SegmentRecord>> all = session.segments->list();
    if (!all) return all.error();
    QStringList taken;
    std::optional<SegmentDefinition> original;
    for (const SegmentRecord &r : *all) {
        taken << r.definition.code;
        if (r.definition.code == code) original = r.definition;
    }
    if (!original) return Error{code, text("no segment with this code"), ErrorCode::NotFound};
    SegmentDefinition copy = *original;
    copy.code = copyCode(code, taken);
    copy.name = text("Copy of %1").arg(original->name);
    copy.active = false; // a copy never moves customers to a group before someone looks at it
    if (Result<SegmentRecord> saved =
            saveVersioned(session, copy, SaveOrigin{QStringLiteral("copy"), std::nullopt});
        !saved)
        return saved.error();
    return copy.code;
}

Result<SourcedDefinition> readDefinitionFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{name, text("cannot read the file: %1").arg(file.errorString()), ErrorCode::Io};
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(file.readAll());
    if (!d) return Error{name, d.error().toString(), d.error().code};
    return SourcedDefinition{name, *d};
}

Result<QList<ImportedSegment>> importDefinitions(StoreSession &session,
                                                 const QList<SourcedDefinition> &definitions)
{
    // Segments may refer to each other within one import: the lookup sees the imported ones first.
    const ImportLookup lookup(definitions, *session.segments);
    const DefinitionValidator validator(&*session.schema, &lookup);
    for (const SourcedDefinition &d : definitions)
        if (const QList<Error> errors = validator.validate(d.definition); !errors.isEmpty())
            return Error{d.source, errors.first().toString(), errors.first().code};
    QList<ImportedSegment> imported;
    for (const SourcedDefinition &d : definitions) {
        const bool existed = session.segments->findSegment(d.definition.code).has_value();
        if (Result<SegmentRecord> saved = saveVersioned(
                session, d.definition, SaveOrigin{QStringLiteral("import"), std::nullopt});
            !saved)
            return Error{d.definition.code, saved.error().message, saved.error().code};
        imported << ImportedSegment{d.definition.code, !existed};
    }
    return imported;
}

Result<QStringList> importExamplesIfEmpty(StoreSession &session, const QStringList &files)
{
    Result<QList<SegmentRecord>> existing = session.segments->list();
    if (!existing) return existing.error();
    if (!existing->isEmpty()) return QStringList();
    return importDefinitionFiles(session, files);
}

Result<QStringList> importDefinitionFiles(StoreSession &session, const QStringList &files)
{
    QList<SourcedDefinition> definitions;
    for (const QString &path : files) {
        Result<SourcedDefinition> d = readDefinitionFile(path);
        if (!d) return d.error();
        definitions << *d;
    }
    Result<QList<ImportedSegment>> imported = importDefinitions(session, definitions);
    if (!imported) return imported.error();
    QStringList codes;
    for (const ImportedSegment &s : *imported)
        codes << s.code;
    return codes;
}

Result<QByteArray> exportDefinitionJson(const StoreSession &session, const QString &code)
{
    const std::optional<SegmentDefinition> d = session.segments->findSegment(code);
    if (!d) return Error{code, text("no segment with this code"), ErrorCode::NotFound};
    return DefinitionCodec::toJson(*d);
}

Result<QStringList> exportDefinitionFiles(const StoreSession &session, const QStringList &codes,
                                          const QString &target)
{
    const bool toFile = codes.size() == 1 && !QFileInfo(target).isDir();
    if (!toFile && !QDir().mkpath(target))
        return Error{target, text("cannot create the folder"), ErrorCode::Io};
    QStringList written;
    for (const QString &code : codes) {
        Result<QByteArray> json = exportDefinitionJson(session, code);
        if (!json) return json.error();
        const QString path =
            toFile ? target : QDir(target).filePath(code + QStringLiteral(".json"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return Error{path, file.errorString(), ErrorCode::Io};
        file.write(*json);
        if (!file.commit()) return Error{path, file.errorString(), ErrorCode::Io};
        written << path;
    }
    return written;
}

} // namespace seg
