#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <memory>

namespace seg {
class QueryCanceller;
}

// Counts the members of the definition being edited, and of each single-condition part, in a
// worker after a debounce. A newer request makes older runs stale: their results are dropped,
// queued runs never start and a running query is interrupted on the server where possible.
class LiveCounter : public QObject
{
    Q_OBJECT

public:
    explicit LiveCounter(QObject *parent = nullptr);
    ~LiveCounter() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setDebounceMs(int ms); // default 400
    int debounceMs() const;

    // After the debounce, counts `definition` and each part (keyed by an int the caller chooses).
    void request(const seg::SegmentDefinition &definition,
                 const QList<QPair<int, seg::SegmentDefinition>> &parts = {});
    // Drops the pending request and makes running ones stale.
    void cancel();

    bool isBusy() const;
    // How many counting runs were started (the debounce collapses bursts into one).
    int runsStarted() const;

signals:
    void started();
    void totalCounted(qint64 count, qint64 elapsedMs);
    void partCounted(int key, qint64 count);
    void failed(const QString &message);
    // Every count of the current request has arrived (or failed).
    void finished();

private:
    struct Run;
    void startRun();
    void cancelRunning();

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    QTimer m_debounce;
    seg::SegmentDefinition m_pendingDefinition;
    QList<QPair<int, seg::SegmentDefinition>> m_pendingParts;
    bool m_hasPending = false;
    quint64 m_generation = 0;
    std::shared_ptr<Run> m_running;
    int m_runsStarted = 0;
};
