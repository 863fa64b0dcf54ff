#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

// Counts the members of the definition being edited, and of each single-condition part, in a
// worker after a debounce. A newer request makes older runs stale: their results are dropped,
// queued runs never start and a running statement is interrupted on the server
// (seg::QueryCanceller).
class LiveCounter : public QObject
{
    Q_OBJECT

public:
    explicit LiveCounter(QObject *parent = nullptr);
    ~LiveCounter() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setDebounceMs(int ms); // default 400
    // Time travel ("Evaluate as of…"): count as of that time (UTC), the later rows ignored;
    // nullopt: now. Applies from the next request.
    void setAsOf(const std::optional<QDateTime> &asOf) { m_asOf = asOf; }
    int debounceMs() const;

    // After the debounce, counts `definition` and each part (keyed by an int the caller chooses).
    void request(const seg::SegmentDefinition &definition,
                 const QList<QPair<int, seg::SegmentDefinition>> &parts = {});
    // Drops the pending request and makes running ones stale.
    void cancel();

    // A request is waiting for its debounce or being counted.
    bool isBusy() const;
    // Counting runs started (the debounce collapses a burst of requests into one) and runs whose
    // worker actually reached the database (a run cancelled while queued never does).
    int runsStarted() const { return m_runsStarted; }
    int runsExecuted() const;

signals:
    void started();
    void totalCounted(qint64 count, qint64 elapsedMs);
    void partCounted(int key, qint64 count);
    // How long that part's count took (emitted right after partCounted).
    void partTimed(int key, qint64 elapsedMs);
    void failed(const QString &message);
    // Every count of the current request has arrived (or failed).
    void finished();

private:
    struct Run;
    void startRun();
    void stopRunning();

    seg::ConnectionSettings m_settings;
    std::optional<QDateTime> m_asOf;
    bool m_hasStore = false;
    QTimer m_debounce;
    seg::SegmentDefinition m_pendingDefinition;
    QList<QPair<int, seg::SegmentDefinition>> m_pendingParts;
    bool m_hasPending = false;
    quint64 m_generation = 0;
    std::shared_ptr<Run> m_running;
    QList<std::shared_ptr<Run>> m_stale; // cancelled runs whose workers have not finished yet
    int m_runsStarted = 0;
    std::shared_ptr<std::atomic<int>> m_runsExecuted;
};
