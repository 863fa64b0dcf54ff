#include "export/memberexporter.h"

#include "export/csvwriter.h"
#include "export/exportpages.h"
#include "export/xlsxwriter.h"
#include "export/xmlwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <sqlite3.h>

namespace seg {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.contains(QLatin1Char('.'))) n = QFileInfo(n).suffix();
    if (n == QLatin1String("csv")) return ExportFormat::Csv;
    if (n == QLatin1String("xlsx")) return ExportFormat::Xlsx;
    if (n == QLatin1String("xml")) return ExportFormat::SpreadsheetXml;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::SpreadsheetXml:
        return QStringLiteral("xml");
    }
    return {};
}

namespace {

// Where the rows go until they are complete, and how the result is put in place.
class Output
{
public:
    virtual ~Output() = default;
    virtual ExportWriter &writer() = 0;
    virtual Status commit() = 0; // after writer().finish()
};

// CSV and SpreadsheetML: QSaveFile writes a temporary file and renames it on commit();
// destroyed uncommitted, it removes the temporary file and leaves the target alone.
class SaveFileOutput : public Output
{
public:
    SaveFileOutput(const QString &path, const ExportOptions &options) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly)) return;
        if (options.format == ExportFormat::Csv)
            m_writer = std::make_unique<CsvExportWriter>(
                &m_file, CsvOptions{options.delimiter, options.bom, options.neutralizeFormulas});
        else
            m_writer = std::make_unique<SpreadsheetXmlWriter>(&m_file, options.rowsPerSheet);
    }
    bool opened() const { return bool(m_writer); }
    QString errorString() const { return m_file.errorString(); }
    ExportWriter &writer() override { return *m_writer; }
    Status commit() override
    {
        if (!m_file.commit()) return Error{{}, m_file.errorString(), ErrorCode::Io};
        return success();
    }

private:
    QSaveFile m_file;
    std::unique_ptr<ExportWriter> m_writer;
};

// XLSX: libxlsxwriter writes a temporary file next to the target, renamed into place on
// commit(); otherwise the temporary file is removed.
class XlsxOutput : public Output
{
public:
    XlsxOutput(const QString &path, const ExportOptions &options) : m_path(path)
    {
        const QFileInfo info(path);
        QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                            QStringLiteral(".XXXXXX.part"));
        temp.setAutoRemove(false);
        if (!temp.open()) {
            m_error = temp.errorString();
            return;
        }
        m_temp = temp.fileName();
        temp.close();
        m_writer =
            std::make_unique<XlsxExportWriter>(m_temp, options.rowsPerSheet, info.absolutePath());
    }
    ~XlsxOutput() override
    {
        m_writer.reset();
        if (!m_temp.isEmpty() && !m_committed) QFile::remove(m_temp);
    }
    bool opened() const { return bool(m_writer); }
    QString errorString() const { return m_error; }
    ExportWriter &writer() override { return *m_writer; }
    Status commit() override
    {
        // The permissions QSaveFile would give: the existing file's, or the usual 0666 & ~umask.
        QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                         QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
        if (QFileInfo::exists(m_path)) permissions = QFileInfo(m_path).permissions();
        QFile::setPermissions(m_temp, permissions);
        if (std::rename(QFile::encodeName(m_temp).constData(),
                        QFile::encodeName(m_path).constData()) != 0)
            return Error{{}, QString::fromLocal8Bit(std::strerror(errno)), ErrorCode::Io};
        m_committed = true;
        return success();
    }

private:
    QString m_path, m_temp, m_error;
    std::unique_ptr<XlsxExportWriter> m_writer;
    bool m_committed = false;
};

// A write error as the user should read it. Qt often reports a failed buffered write as
// "Unknown error"; errno, taken right after the failure, and the free space say more.
QString writeFailure(QString reason, int savedErrno, const QString &path)
{
    if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
        reason = savedErrno != 0 ? qt_error_string(savedErrno) : QString();
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024 &&
        !reason.contains(QLatin1String("space"), Qt::CaseInsensitive))
        reason = reason.isEmpty() ? QStringLiteral("no space left on device")
                                  : reason + QStringLiteral(" (no space left on device)");
    return reason.isEmpty() ? QStringLiteral("write failed") : reason;
}

// The export statement run through the sqlite3 C API of a SQLite connection. usable() is
// false for other databases and for parameters whose binding QSQLITE might do differently
// (the exporter then uses QSqlQuery). Values come back typed exactly as QSQLITE types them:
// INTEGER -> qint64, REAL -> double, TEXT -> QString, BLOB -> QByteArray, NULL -> null.
class SqliteStatement
{
public:
    SqliteStatement(const StoreConnection &connection, const CompiledQuery &query) : m_query(query)
    {
        if (connection.dialect() != Dialect::Sqlite) return;
        const QVariant handle = connection.database().driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) return;
        for (const QVariant &p : query.params) {
            switch (p.metaType().id()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Double:
            case QMetaType::QString:
            case QMetaType::UnknownType:
                break;
            default:
                if (!p.isNull()) return;
            }
        }
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool usable() const { return m_db != nullptr; }

    Status prepare()
    {
        const QByteArray sql = m_query.sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_stmt, nullptr) !=
            SQLITE_OK)
            return error();
        int index = 0;
        for (const QVariant &p : m_query.params) {
            ++index;
            int rc = SQLITE_OK;
            if (p.isNull()) {
                rc = sqlite3_bind_null(m_stmt, index);
            } else {
                switch (p.metaType().id()) {
                case QMetaType::Int:
                case QMetaType::UInt:
                case QMetaType::LongLong:
                    rc = sqlite3_bind_int64(m_stmt, index, p.toLongLong());
                    break;
                case QMetaType::ULongLong:
                    rc = sqlite3_bind_int64(m_stmt, index, sqlite3_int64(p.toULongLong()));
                    break;
                case QMetaType::Double:
                    rc = sqlite3_bind_double(m_stmt, index, p.toDouble());
                    break;
                default: { // QString
                    const QByteArray text = p.toString().toUtf8();
                    rc = sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()),
                                           SQLITE_TRANSIENT);
                }
                }
            }
            if (rc != SQLITE_OK) return error();
        }
        m_columns = sqlite3_column_count(m_stmt);
        return success();
    }

    // The next row's first values.size() columns into `values`; false past the last row.
    Result<bool> next(QVariantList &values)
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) return false;
        if (rc != SQLITE_ROW) return error();
        const int n = std::min(int(values.size()), m_columns);
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER:
                values[i] = qint64(sqlite3_column_int64(m_stmt, i));
                break;
            case SQLITE_FLOAT:
                values[i] = sqlite3_column_double(m_stmt, i);
                break;
            case SQLITE_TEXT: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
                values[i] = QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, i));
                break;
            }
            case SQLITE_BLOB: {
                const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
                values[i] = QByteArray(blob, sqlite3_column_bytes(m_stmt, i));
                break;
            }
            default:
                values[i] = QVariant();
            }
        }
        return true;
    }

private:
    Error error() const
    {
        return Error{{}, QString::fromUtf8(sqlite3_errmsg(m_db)), ErrorCode::Database};
    }

    const CompiledQuery &m_query;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_columns = 0;
};

} // namespace

Result<ExportSummary> MemberExporter::exportMembers(const StoreConnection &connection,
                                                    const StoreSchema &schema,
                                                    const MemberSource &source,
                                                    const ExportOptions &options,
                                                    const std::function<bool(qint64)> &progress)
{
    if (options.path.trimmed().isEmpty())
        return Error{QStringLiteral("path"), tr("no output file given"),
                     ErrorCode::InvalidArgument};
    if (options.format == ExportFormat::Csv && options.delimiter != QLatin1Char(',') &&
        options.delimiter != QLatin1Char(';'))
        return Error{QStringLiteral("delimiter"),
                     tr("the CSV delimiter must be ',' or ';', not '%1'").arg(options.delimiter),
                     ErrorCode::InvalidArgument};
    Result<QList<ExportColumn>> columns = ExportColumns::select(options.columns);
    if (!columns) return columns.error();
    Result<CompiledQuery> compiled = MemberExportQuery::build(schema, source, *columns);
    if (!compiled) return compiled.error();

    const QString path = QFileInfo(options.path).absoluteFilePath();
    const auto cannotWrite = [&](const QString &why) {
        return Error{
            {}, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why), ErrorCode::Io};
    };
    const auto writeFailed = [&](const QString &why) {
        const int savedErrno = errno;
        return cannotWrite(writeFailure(why, savedErrno, path));
    };
    if (QFileInfo(path).isDir()) return cannotWrite(tr("it is a directory"));

    // The file first: an unwritable path fails before the query runs.
    std::unique_ptr<Output> output;
    if (options.format == ExportFormat::Xlsx) {
        auto xlsx = std::make_unique<XlsxOutput>(path, options);
        if (!xlsx->opened()) return cannotWrite(xlsx->errorString());
        output = std::move(xlsx);
    } else {
        auto file = std::make_unique<SaveFileOutput>(path, options);
        if (!file->opened()) return cannotWrite(file->errorString());
        output = std::move(file);
    }

    const qsizetype n = columns->size();
    QList<ExportColumnType> types;
    for (const ExportColumn &c : *columns)
        types << c.type;
    ExportWriter &writer = output->writer();
    QVariantList values(n);
    qint64 rows = 0;
    bool cancelled = false;
    // One result row (raw driver values already in `values`) to the writer.
    const auto writeRow = [&]() -> Status {
        for (qsizetype i = 0; i < n; ++i)
            values[i] = exportValue(types[i], values[i]);
        if (Status st = writer.row(values); !st) return st;
        ++rows;
        if (progress && rows % kProgressEvery == 0 && !progress(rows)) cancelled = true;
        return success();
    };

    if (SqliteStatement direct(connection, *compiled); direct.usable()) {
        // SQLite: the rows straight from the sqlite3 statement, as QSQLITE would type them,
        // without QSqlQuery's per-value bookkeeping (a third of an export's time at 1M rows).
        if (Status st = direct.prepare(); !st)
            return Error{{},
                         tr("the store rejected the export query: %1").arg(st.error().message),
                         ErrorCode::Database};
        errno = 0;
        if (Status st = writer.begin(*columns); !st) return writeFailed(st.error().message);
        for (;;) {
            Result<bool> more = direct.next(values);
            if (!more)
                return Error{{},
                             tr("the export query failed: %1").arg(more.error().message),
                             ErrorCode::Database};
            if (!*more) break;
            if (Status st = writeRow(); !st) return writeFailed(st.error().message);
            if (cancelled) return Error::cancelled();
        }
    } else {
        // One statement's rows to the writer. Its errors: Database (message ready to show),
        // Cancelled, or what the writer says (a write failure).
        const auto streamStatement = [&](const CompiledQuery &statement) -> Status {
            QSqlQuery q(connection.database());
            q.setForwardOnly(true);
            q.setNumericalPrecisionPolicy(
                QSql::HighPrecision); // decimals as exact text on MySQL/PostgreSQL
            if (!q.prepare(statement.sql))
                return Error{
                    {},
                    tr("the store rejected the export query: %1").arg(q.lastError().text()),
                    ErrorCode::Database};
            for (const QVariant &p : statement.params)
                q.addBindValue(p);
            if (!q.exec())
                return Error{{},
                             tr("the export query failed: %1").arg(q.lastError().text()),
                             ErrorCode::Database};
            while (q.next()) {
                for (qsizetype i = 0; i < n; ++i)
                    values[i] = q.value(int(i));
                if (Status st = writeRow(); !st) return st;
                if (cancelled) return Error::cancelled();
            }
            if (q.lastError().isValid())
                return Error{{},
                             tr("the export query failed: %1").arg(q.lastError().text()),
                             ErrorCode::Database};
            q.finish();
            return success();
        };
        const auto failed = [&](const Error &e) -> Error {
            if (e.is(ErrorCode::Cancelled)) return Error::cancelled();
            if (e.is(ErrorCode::Database)) return Error{{}, e.message, e.code};
            return writeFailed(e.message);
        };

        if (connection.dialect() == Dialect::MySql && options.pageSize > 0) {
            // Qt's MySQL driver stores a whole result on the client: keyset pages instead.
            Result<std::unique_ptr<ExportPages>> pages =
                ExportPages::stage(connection, schema, source, *columns);
            if (!pages)
                return Error{{},
                             tr("cannot prepare the export in the store session: %1")
                                 .arg(pages.error().message),
                             ErrorCode::Database};
            errno = 0;
            if (Status st = writer.begin(*columns); !st) return writeFailed(st.error().message);
            for (qint64 done = 0; done < (*pages)->count(); done += options.pageSize) {
                Result<CompiledQuery> page = (*pages)->statement(done, options.pageSize);
                if (!page) return page.error();
                errno = 0;
                if (Status st = streamStatement(*page); !st) return failed(st.error());
            }
        } else {
            errno = 0;
            if (Status st = writer.begin(*columns); !st) return writeFailed(st.error().message);
            if (Status st = streamStatement(*compiled); !st) return failed(st.error());
        }
    }
    if (progress && (rows == 0 || rows % kProgressEvery != 0) &&
        !progress(rows)) // the last, unless just reported
        return Error::cancelled();
    errno = 0;
    if (Status st = writer.finish(); !st) return writeFailed(st.error().message);
    if (Status st = output->commit(); !st) return writeFailed(st.error().message);
    return ExportSummary{rows, path, *columns};
}

} // namespace seg
