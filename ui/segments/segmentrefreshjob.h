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
        QStringList failures; // "code: message"
        qint64 added = 0;
        qint64 removed = 0;
        bool cancelled = false;
    };

    explicit SegmentRefreshJob(QObject *parent = nullptr);
    ~SegmentRefreshJob() override;

    void start(const seg::ConnectionSettings &settings, const QStringList &codes);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressChanged(int percent, const QString &step);
    void finished(const SegmentRefreshJob::Summary &summary);

private:
    QFutureWatcher<Summary> m_watcher;
    int m_work = 0;
};
