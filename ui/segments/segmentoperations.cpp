#include "segmentoperations.h"

#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "operations/memberqueries.h"
#include "session/storetask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using seg::Error;
using seg::Result;
using seg::StoreSession;

namespace {

// Messages for people, translated in the context "SegmentOperations".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentOperations)
};

seg::Status validate(const StoreSession &session, const seg::SegmentDefinition &definition)
{
    if (const QList<seg::Error> errors = seg::validateDefinition(session, definition); !errors.isEmpty())
        return errors.first();
    return seg::success();
}

// Saved segments, with the ones being imported taking precedence.
class ImportLookup : public seg::SegmentLookup
{
public:
    ImportLookup(const QList<seg::SegmentDefinition> &imported, const seg::SegmentLookup &saved)
        : m_imported(imported), m_saved(saved)
    {
    }
    std::optional<seg::SegmentDefinition> findSegment(const QString &code) const override
    {
        for (const seg::SegmentDefinition &d : m_imported)
            if (d.code == code) return d;
        return m_saved.findSegment(code);
    }

private:
    const QList<seg::SegmentDefinition> &m_imported;
    const seg::SegmentLookup &m_saved;
};

} // namespace

namespace SegmentOperations {

QString copyCode(const QString &code, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QStringLiteral("-copy") : QStringLiteral("-copy-%1").arg(n);
        const QString candidate = code.left(64 - int(suffix.size())) + suffix;
        if (!taken.contains(candidate)) return candidate;
    }
}

QFuture<Result<seg::SegmentRecord>> save(const seg::ConnectionSettings &settings,
                                         const seg::SegmentDefinition &definition,
                                         const QString &replacingCode)
{
    return seg::runStoreTask<seg::SegmentRecord>(
        settings,
        [definition, replacingCode](StoreSession &session) -> Result<seg::SegmentRecord> {
            if (definition.code != replacingCode && session.segments->findSegment(definition.code))
                return Error{
                    QStringLiteral("code"),
                    Text::tr("another segment already uses the code \"%1\"").arg(definition.code), ErrorCode::AlreadyExists};
            if (auto st = validate(session, definition); !st) return st.error();
            Result<seg::SegmentRecord> saved = session.segments->save(definition);
            if (!saved) return saved;
            // A renamed code: the old segment is replaced by the new one.
            if (!replacingCode.isEmpty() && replacingCode != definition.code)
                if (auto st = session.segments->remove(replacingCode); !st) return st.error();
            return saved;
        },
        true);
}

QFuture<Result<int>> remove(const seg::ConnectionSettings &settings, const QStringList &codes)
{
    return seg::runStoreTask<int>(
        settings,
        [codes](StoreSession &session) -> Result<int> {
            int removed = 0;
            for (const QString &code : codes) {
                if (auto st = session.segments->remove(code); !st)
                    return Error{code, st.error().message, st.error().code};
                ++removed;
            }
            return removed;
        },
        true);
}

QFuture<Result<QString>> duplicate(const seg::ConnectionSettings &settings, const QString &code)
{
    return seg::runStoreTask<QString>(
        settings,
        [code](StoreSession &session) -> Result<QString> {
            const Result<QList<seg::SegmentRecord>> all = session.segments->list();
            if (!all) return all.error();
            QStringList taken;
            std::optional<seg::SegmentDefinition> original;
            for (const seg::SegmentRecord &r : *all) {
                taken << r.definition.code;
                if (r.definition.code == code) original = r.definition;
            }
            if (!original) return Error{code, Text::tr("no segment with this code"), ErrorCode::NotFound};
            seg::SegmentDefinition copy = *original;
            copy.code = copyCode(code, taken);
            copy.name = Text::tr("Copy of %1").arg(original->name);
            copy.active =
                false; // a copy never moves customers to a group before someone looks at it
            if (Result<seg::SegmentRecord> saved = session.segments->save(copy); !saved)
                return saved.error();
            return copy.code;
        },
        true);
}

QFuture<Result<QStringList>> importFiles(const seg::ConnectionSettings &settings,
                                         const QStringList &files)
{
    return seg::runStoreTask<QStringList>(
        settings,
        [files](StoreSession &session) -> Result<QStringList> {
            QList<seg::SegmentDefinition> definitions;
            for (const QString &path : files) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return Error{QFileInfo(path).fileName(),
                                 Text::tr("cannot read the file: %1").arg(file.errorString()), ErrorCode::Io};
                Result<seg::SegmentDefinition> d = seg::DefinitionCodec::fromJson(file.readAll());
                if (!d) return Error{QFileInfo(path).fileName(), d.error().toString(), d.error().code};
                definitions << *d;
            }
            // Segments may refer to each other within one import: the lookup sees the imported ones
            // first.
            const ImportLookup lookup(definitions, *session.segments);
            const seg::DefinitionValidator validator(&*session.schema, &lookup);
            for (int i = 0; i < definitions.size(); ++i)
                if (auto st = validator.check(definitions.at(i)); !st)
                    return Error{QFileInfo(files.at(i)).fileName(), st.error().toString(), st.error().code};
            QStringList codes;
            for (const seg::SegmentDefinition &d : definitions) {
                if (Result<seg::SegmentRecord> saved = session.segments->save(d); !saved)
                    return Error{d.code, saved.error().message, saved.error().code};
                codes << d.code;
            }
            return codes;
        },
        true);
}

QFuture<Result<QStringList>> exportDefinitions(const seg::ConnectionSettings &settings,
                                               const QStringList &codes, const QString &target)
{
    return seg::runStoreTask<QStringList>(
        settings, [codes, target](StoreSession &session) -> Result<QStringList> {
            const bool toFile = codes.size() == 1 && !QFileInfo(target).isDir();
            if (!toFile && !QDir().mkpath(target))
                return Error{target, Text::tr("cannot create the folder"), ErrorCode::Io};
            QStringList written;
            for (const QString &code : codes) {
                const std::optional<seg::SegmentDefinition> d = session.segments->findSegment(code);
                if (!d) return Error{code, Text::tr("no segment with this code"), ErrorCode::NotFound};
                const QString path =
                    toFile ? target : QDir(target).filePath(code + QStringLiteral(".json"));
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)) return Error{path, file.errorString(), ErrorCode::Io};
                file.write(seg::DefinitionCodec::toJson(*d));
                if (!file.commit()) return Error{path, file.errorString(), ErrorCode::Io};
                written << path;
            }
            return written;
        });
}

} // namespace SegmentOperations
