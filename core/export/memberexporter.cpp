#include "export/memberexporter.h"

#include "export/csvwriter.h"
#include "export/xlsxwriter.h"
#include "export/xmlwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace seg {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.contains(QLatin1Char('.')))
        n = QFileInfo(n).suffix();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (n == QLatin1String("xml"))
        return ExportFormat::SpreadsheetXml;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::SpreadsheetXml: return QStringLiteral("xml");
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
        if (!m_file.open(QIODevice::WriteOnly))
            return;
        if (options.format == ExportFormat::Csv)
            m_writer = std::make_unique<CsvExportWriter>(&m_file, CsvOptions{options.delimiter, options.bom, options.neutralizeFormulas});
        else
            m_writer = std::make_unique<SpreadsheetXmlWriter>(&m_file, options.rowsPerSheet);
    }
    bool opened() const { return bool(m_writer); }
    QString errorString() const { return m_file.errorString(); }
    ExportWriter &writer() override { return *m_writer; }
    Status commit() override
    {
        if (!m_file.commit())
            return Error{{}, m_file.errorString()};
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
        QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
        temp.setAutoRemove(false);
        if (!temp.open()) {
            m_error = temp.errorString();
            return;
        }
        m_temp = temp.fileName();
        temp.close();
        m_writer = std::make_unique<XlsxExportWriter>(m_temp, options.rowsPerSheet, info.absolutePath());
    }
    ~XlsxOutput() override
    {
        m_writer.reset();
        if (!m_temp.isEmpty() && !m_committed)
            QFile::remove(m_temp);
    }
    bool opened() const { return bool(m_writer); }
    QString errorString() const { return m_error; }
    ExportWriter &writer() override { return *m_writer; }
    Status commit() override
    {
        // The permissions QSaveFile would give: the existing file's, or the usual 0666 & ~umask.
        QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
        if (QFileInfo::exists(m_path))
            permissions = QFileInfo(m_path).permissions();
        QFile::setPermissions(m_temp, permissions);
        if (std::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_path).constData()) != 0)
            return Error{{}, QString::fromLocal8Bit(std::strerror(errno))};
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
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024 && !reason.contains(QLatin1String("space"), Qt::CaseInsensitive))
        reason = reason.isEmpty() ? QStringLiteral("no space left on device") : reason + QStringLiteral(" (no space left on device)");
    return reason.isEmpty() ? QStringLiteral("write failed") : reason;
}

} // namespace

Result<ExportSummary> MemberExporter::exportMembers(const StoreConnection &connection, const StoreSchema &schema, const MemberSource &source,
                                                    const ExportOptions &options, const std::function<bool(qint64)> &progress)
{
    if (options.path.trimmed().isEmpty())
        return Error{QStringLiteral("path"), tr("no output file given")};
    if (options.format == ExportFormat::Csv && options.delimiter != QLatin1Char(',') && options.delimiter != QLatin1Char(';'))
        return Error{QStringLiteral("delimiter"), tr("the CSV delimiter must be ',' or ';', not '%1'").arg(options.delimiter)};
    Result<QList<ExportColumn>> columns = ExportColumns::select(options.columns);
    if (!columns)
        return columns.error();
    Result<CompiledQuery> compiled = MemberExportQuery::build(schema, source, *columns);
    if (!compiled)
        return compiled.error();

    const QString path = QFileInfo(options.path).absoluteFilePath();
    const auto cannotWrite = [&](const QString &why) {
        return Error{{}, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    const auto writeFailed = [&](const QString &why) {
        const int savedErrno = errno;
        return cannotWrite(writeFailure(why, savedErrno, path));
    };
    if (QFileInfo(path).isDir())
        return cannotWrite(tr("it is a directory"));

    // The file first: an unwritable path fails before the query runs.
    std::unique_ptr<Output> output;
    if (options.format == ExportFormat::Xlsx) {
        auto xlsx = std::make_unique<XlsxOutput>(path, options);
        if (!xlsx->opened())
            return cannotWrite(xlsx->errorString());
        output = std::move(xlsx);
    } else {
        auto file = std::make_unique<SaveFileOutput>(path, options);
        if (!file->opened())
            return cannotWrite(file->errorString());
        output = std::move(file);
    }

    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision); // decimals as exact text on MySQL/PostgreSQL
    if (!q.prepare(compiled->sql))
        return Error{{}, tr("the store rejected the export query: %1").arg(q.lastError().text())};
    for (const QVariant &p : compiled->params)
        q.addBindValue(p);
    if (!q.exec())
        return Error{{}, tr("the export query failed: %1").arg(q.lastError().text())};

    ExportWriter &writer = output->writer();
    errno = 0;
    if (Status st = writer.begin(*columns); !st)
        return writeFailed(st.error().message);

    const qsizetype n = columns->size();
    QList<ExportColumnType> types;
    for (const ExportColumn &c : *columns)
        types << c.type;
    QVariantList values(n);
    qint64 rows = 0;
    while (q.next()) {
        for (qsizetype i = 0; i < n; ++i)
            values[i] = exportValue(types[i], q.value(int(i)));
        if (Status st = writer.row(values); !st)
            return writeFailed(st.error().message);
        ++rows;
        if (progress && rows % kProgressEvery == 0 && !progress(rows))
            return Error{{}, QStringLiteral("cancelled")};
    }
    if (q.lastError().isValid())
        return Error{{}, tr("the export query failed: %1").arg(q.lastError().text())};
    q.finish();
    if (progress && (rows == 0 || rows % kProgressEvery != 0) && !progress(rows)) // the last, unless just reported
        return Error{{}, QStringLiteral("cancelled")};
    errno = 0;
    if (Status st = writer.finish(); !st)
        return writeFailed(st.error().message);
    if (Status st = output->commit(); !st)
        return writeFailed(st.error().message);
    return ExportSummary{rows, path, *columns};
}

} // namespace seg
