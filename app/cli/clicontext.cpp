#include "clicontext.h"

#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/valueparsing.h"
#include "repository/segmentorstorage.h"

#include <QFile>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QSaveFile>

using namespace seg;

std::optional<SegmentDefinition> readDefinition(const QString &path, CliStreams io, int &exitCode)
{
    exitCode = ExitUsage;
    if (path.isEmpty()) {
        io.err << "error: a definition file (DEF.json) is required\n";
        return std::nullopt;
    }
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            io.err << "error: cannot read standard input\n";
            return std::nullopt;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << QStringLiteral("error: cannot read %1: %2\n").arg(path, file.errorString());
            return std::nullopt;
        }
    }
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(file.readAll());
    if (!d) {
        io.err << QStringLiteral("%1: %2\n").arg(path, d.error().toString());
        return std::nullopt;
    }
    exitCode = ExitOk;
    return *d;
}

std::optional<StoreSession> openStore(const CliOptions &options, CliStreams io, int &exitCode,
                                      bool required, bool writes)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString url = options.value(QStringLiteral("--database"),
                                      env.value(QStringLiteral("SEGMENTOR_DATABASE")));
    if (url.isEmpty()) {
        exitCode = required ? ExitUsage : ExitOk;
        if (required)
            io.err << "error: no store given: use --database URL or set SEGMENTOR_DATABASE\n";
        return std::nullopt;
    }
    Result<ConnectionSettings> settings = ConnectionSettings::fromUrl(url);
    if (!settings) {
        exitCode = ExitUsage;
        io.err << "error: " << settings.error().toString() << "\n";
        return std::nullopt;
    }
    ConnectionSettings s = *settings;
    if (s.password.isEmpty()) s.password = env.value(QStringLiteral("SEGMENTOR_PASSWORD"));
    Result<StoreSession> opened = StoreSession::open(s, writes);
    exitCode = ExitFailure;
    if (!opened) {
        io.err << "error: " << opened.error().message << "\n";
        return std::nullopt;
    }
    StoreSession session = std::move(opened).value();
    if (session.storage.inWorkspace() && writes && !options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral("note: this database user may only read the store; Segmentor "
                                 "keeps its segments in %1\n")
                      .arg(session.storage.workspacePath);
    exitCode = ExitOk;
    return session;
}

std::optional<TimeContext> timeContext(const CliOptions &options, const StoreSession *session,
                                       CliStreams io, int &exitCode, bool rewind)
{
    QTimeZone zone = QTimeZone::utc();
    if (session && !session->connection->settings().storeTimeZone.isEmpty())
        zone = QTimeZone(session->connection->settings().storeTimeZone.toUtf8());
    QDateTime asOf = QDateTime::currentDateTimeUtc();
    if (options.values.contains(QStringLiteral("--as-of"))) {
        const std::optional<TimeValue> v =
            parseTimeValue(QJsonValue(options.value(QStringLiteral("--as-of"))));
        if (!v) {
            exitCode = ExitUsage;
            io.err << QStringLiteral(
                          "error: --as-of: expected an ISO 8601 date or datetime, got \"%1\"\n")
                          .arg(options.value(QStringLiteral("--as-of")));
            return std::nullopt;
        }
        asOf = v->dateOnly ? QDateTime(v->date, QTime(0, 0), QTimeZone::utc()) : v->instant;
    }
    exitCode = ExitOk;
    return TimeContext(asOf, zone, rewind && options.values.contains(QStringLiteral("--as-of")));
}

bool validate(const SegmentDefinition &definition, const StoreSession *session,
              const QString &source, CliStreams io)
{
    const DefinitionValidator validator(session ? &*session->schema : nullptr,
                                        session ? session->segments.get() : nullptr);
    const QList<Error> errors = validator.validate(definition);
    for (const Error &e : errors)
        io.err << QStringLiteral("%1: %2\n").arg(source, e.toString());
    return errors.isEmpty();
}

int writeOutput(const QByteArray &data, const QString &outPath, CliStreams io)
{
    if (outPath.isEmpty()) {
        io.out << QString::fromUtf8(data);
        return ExitOk;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        io.err << QStringLiteral("error: cannot write %1: %2\n").arg(outPath, file.errorString());
        return ExitFailure;
    }
    return ExitOk;
}

int exitCodeFor(const seg::Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidDefinition:
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}
