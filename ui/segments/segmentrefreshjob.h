#pragma once

#include "common/result.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

// Refreshes several saved segments one after the other in a worker (seg::Refresher), with
// progress in BackgroundWork (and so the status bar) and cancel. A cancelled refresh keeps
// the previous membership of the segment it was working on.
class SegmentRefreshJob : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        QStringList refreshed;
        QStringList skipped;  // frozen ("static") segments, not recomputed
        QStringList failures; // "code: message"
        qint64 added = 0;
        qint64 removed = 0;
        bool cancelled = false;
        int keepHistoryDays = 0; // the retention asked for (0: none)
        qint64 purgedRows = -1;  // history and journal rows it deleted (-1: no purge ran)
    };

    explicit SegmentRefreshJob(QObject *parent = nullptr);
    ~SegmentRefreshJob() override;

    // keepHistoryDays > 0: afterwards, delete the history and journal rows older than that
    // many days (AppSettings::keepHistoryDays(); 0, the default, keeps everything).
    void start(const seg::ConnectionSettings &settings, const QStringList &codes,
               int keepHistoryDays = 0);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressChanged(int percent, const QString &step);
    void finished(const SegmentRefreshJob::Summary &summary);

private:
    QFutureWatcher<Summary> m_watcher;
    int m_work = 0;
};
