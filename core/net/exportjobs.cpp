#include "net/exportjobs.h"

#include "export/exportcolumns.h"
#include "operations/exportmembers.h"
#include "session/storesession.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace seg {

namespace {

std::optional<ExportFormat> formatOf(const QString &name)
{
    if (name == QLatin1String("csv")) return ExportFormat::Csv;
    if (name == QLatin1String("xlsx")) return ExportFormat::Xlsx;
    if (name == QLatin1String("xml")) return ExportFormat::SpreadsheetXml;
    return std::nullopt;
}

} // namespace

struct ExportJobs::Private
{
    int keepSeconds = 3600;
    QTemporaryDir dir;
    mutable std::mutex mutex;
    std::condition_variable wake;
    std::deque<QString> queue;
    QHash<QString, ExportJob> jobs;
    QHash<QString, ConnectionSettings> stores; // per queued job (with its password, in memory)
    std::atomic_bool stopping{false};
    std::thread worker;

    void run()
    {
        for (;;) {
            QString id;
            ConnectionSettings store;
            ExportJob job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || !queue.empty(); });
                if (stopping) return;
                id = queue.front();
                queue.pop_front();
                store = stores.take(id);
                jobs[id].state = QStringLiteral("running");
                job = jobs[id];
            }
            const Result<ExportSummary> done = exportOne(store, job);
            std::lock_guard lock(mutex);
            ExportJob &j = jobs[id];
            j.finishedAt = QDateTime::currentDateTimeUtc();
            if (done) {
                j.state = QStringLiteral("done");
                j.rows = done->rows;
                j.path = done->path;
            } else {
                j.state = QStringLiteral("failed");
                j.error = done.error().toString();
            }
            dropExpired();
        }
    }

    Result<ExportSummary> exportOne(const ConnectionSettings &store, const ExportJob &job)
    {
        Result<StoreSession> session = StoreSession::open(store, true);
        if (!session) return session.error();
        ExportOptions options;
        options.format = *formatOf(job.format);
        options.columns = job.columns;
        options.path = dir.filePath(job.id + QLatin1Char('.') + job.format);
        return exportSegmentMembers(session.value(), ExportSelection{job.segment, {}, {}}, options,
                                    [this, id = job.id](qint64 rows) {
                                        std::lock_guard lock(mutex);
                                        jobs[id].rows = rows;
                                        return !stopping.load();
                                    });
    }

    // Under the mutex: finished jobs older than keepSeconds go, with their files.
    void dropExpired()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (auto it = jobs.begin(); it != jobs.end();) {
            if (it->finishedAt && it->finishedAt->secsTo(now) > keepSeconds) {
                if (!it->path.isEmpty()) QFile::remove(it->path);
                it = jobs.erase(it);
            } else {
                ++it;
            }
        }
    }
};

ExportJobs::ExportJobs(int keepSeconds) : d(std::make_unique<Private>())
{
    d->keepSeconds = keepSeconds;
    d->worker = std::thread([p = d.get()] { p->run(); });
}

ExportJobs::~ExportJobs()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->worker.join(); // the running export sees `stopping` at its next 1000 rows
}

Result<ExportJob> ExportJobs::start(const ConnectionSettings &store, const QString &owner,
                                    const QString &segment, const QString &format,
                                    const QStringList &columns, qint64 expectedRows)
{
    if (!formatOf(format))
        return Error{QStringLiteral("format"),
                     QStringLiteral("unknown export format \"%1\" (csv, xlsx or xml)").arg(format),
                     ErrorCode::InvalidArgument};
    if (Result<QList<ExportColumn>> known = ExportColumns::select(columns); !known)
        return Error{QStringLiteral("columns"), known.error().message, ErrorCode::InvalidArgument};
    if (!d->dir.isValid())
        return Error{{}, QStringLiteral("no temporary folder for exports"), ErrorCode::Io};
    ExportJob job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.owner = owner;
    job.segment = segment;
    job.format = format;
    job.columns = columns;
    job.expectedRows = expectedRows;
    job.createdAt = QDateTime::currentDateTimeUtc();
    {
        std::lock_guard lock(d->mutex);
        d->dropExpired();
        d->jobs.insert(job.id, job);
        d->stores.insert(job.id, store);
        d->queue.push_back(job.id);
    }
    d->wake.notify_one();
    return job;
}

std::optional<ExportJob> ExportJobs::find(const QString &id, const QString &owner) const
{
    std::lock_guard lock(d->mutex);
    const auto it = d->jobs.constFind(id);
    if (it == d->jobs.constEnd() || it->owner != owner) return std::nullopt;
    return *it;
}

QString ExportJobs::contentType(const QString &format)
{
    if (format == QLatin1String("xlsx"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    if (format == QLatin1String("xml")) return QStringLiteral("application/xml");
    return QStringLiteral("text/csv; charset=utf-8");
}

} // namespace seg
