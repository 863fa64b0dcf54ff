#pragma once

#include "common/result.h"
#include "export/memberexporter.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace seg {

// One asynchronous export of a saved segment's members (POST /v1/segments/{code}/exports).
struct ExportJob
{
    QString id;      // random, unguessable
    QString owner;   // the token that asked; only it may read the job and its file
    QString segment; // code
    QString format;  // csv | xlsx | xml
    QStringList columns;
    QString state = QStringLiteral("queued"); // queued, running, done, failed
    qint64 rows = 0;                          // written so far
    qint64 expectedRows = 0;                  // the segment's member count when asked
    QString error;                            // failed: why
    QString path;                             // done: the file
    QDateTime createdAt;
    std::optional<QDateTime> finishedAt;
};

// The REST API's export queue: one worker thread runs the jobs one after the other, each on its
// own StoreSession, through exportSegmentMembers (the same export as `segmentor-cli members` and
// the grid's Export). Files live in a private temporary folder and, with their jobs, are dropped an
// hour after they finished and when the server stops (they are not meant to be stored here).
class ExportJobs
{
public:
    explicit ExportJobs(int keepSeconds = 3600);
    ~ExportJobs(); // cancels the running job, deletes the files

    ExportJobs(const ExportJobs &) = delete;
    ExportJobs &operator=(const ExportJobs &) = delete;

    // Queues an export (format and columns checked now: InvalidArgument naming the field).
    Result<ExportJob> start(const ConnectionSettings &store, const QString &owner,
                            const QString &segment, const QString &format,
                            const QStringList &columns, qint64 expectedRows);
    // The job as it is now; nullopt for an unknown id or another token's job.
    std::optional<ExportJob> find(const QString &id, const QString &owner) const;

    static QString contentType(const QString &format);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg
