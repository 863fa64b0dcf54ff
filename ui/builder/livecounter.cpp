#include "livecounter.h"

#include "operations/memberqueries.h"
#include "session/storetask.h"
#include "store/querycanceller.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>

namespace {

// One message of a counting run: the total, one part, or the end.
struct CountEvent
{
    enum Kind
    {
        Total,
        Part,
        Done
    };
    Kind kind = Done;
    int key = 0;
    qint64 count = 0;
    qint64 elapsedMs = 0;
};

} // namespace

struct LiveCounter::Run
{
    quint64 generation = 0;
    std::shared_ptr<seg::QueryCanceller> canceller = std::make_shared<seg::QueryCanceller>();
    QFutureWatcher<seg::Result<CountEvent>> watcher;
};

LiveCounter::LiveCounter(QObject *parent)
    : QObject(parent), m_runsExecuted(std::make_shared<std::atomic<int>>(0))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &LiveCounter::startRun);
}

LiveCounter::~LiveCounter()
{
    stopRunning();
}

void LiveCounter::setStore(const seg::ConnectionSettings &settings)
{
    cancel();
    m_settings = settings;
    m_hasStore = true;
}

void LiveCounter::setDebounceMs(int ms)
{
    m_debounce.setInterval(std::max(0, ms));
}

int LiveCounter::debounceMs() const
{
    return m_debounce.interval();
}

int LiveCounter::runsExecuted() const
{
    return m_runsExecuted->load();
}

bool LiveCounter::isBusy() const
{
    return m_hasPending || m_running != nullptr;
}

void LiveCounter::request(const seg::SegmentDefinition &definition,
                          const QList<QPair<int, seg::SegmentDefinition>> &parts)
{
    // What is being counted no longer matches the definition: drop it now, count again later.
    stopRunning();
    m_pendingDefinition = definition;
    m_pendingParts = parts;
    m_hasPending = true;
    m_debounce.start();
}

void LiveCounter::cancel()
{
    m_debounce.stop();
    m_hasPending = false;
    stopRunning();
}

void LiveCounter::stopRunning()
{
    ++m_generation; // whatever still arrives from older runs is stale
    if (!m_running) return;
    std::shared_ptr<Run> run = std::move(m_running);
    m_running.reset();
    run->watcher.disconnect(this);
    // A queued run never starts; a running one stops between counts...
    run->watcher.future().cancel();
    // ...and its statement is interrupted (on MySQL/PostgreSQL through a second connection, so
    // off the GUI thread). The run object lives until its worker has finished.
    std::shared_ptr<seg::QueryCanceller> canceller = run->canceller;
    if (m_settings.dialect == seg::Dialect::Sqlite)
        canceller->cancel();
    else
        (void)QtConcurrent::run([canceller] { canceller->cancel(); });
    // The watcher lives until its worker has finished.
    if (!run->watcher.isFinished()) {
        m_stale.append(run);
        Run *raw = run.get();
        connect(
            &run->watcher, &QFutureWatcherBase::finished, this,
            [this, raw] {
                m_stale.removeIf([raw](const std::shared_ptr<Run> &r) { return r.get() == raw; });
            },
            Qt::QueuedConnection);
    } else {
        // Possibly inside one of its signals: released once control is back in the event loop.
        QTimer::singleShot(0, this, [run] {});
    }
}

void LiveCounter::startRun()
{
    if (!m_hasPending) return;
    m_hasPending = false;
    if (!m_hasStore) {
        emit failed(tr("No store is connected."));
        return;
    }
    stopRunning();
    const quint64 generation = m_generation;
    ++m_runsStarted;

    auto run = std::make_shared<Run>();
    run->generation = generation;
    m_running = run;

    const seg::SegmentDefinition definition = m_pendingDefinition;
    const QList<QPair<int, seg::SegmentDefinition>> parts = m_pendingParts;
    std::shared_ptr<seg::QueryCanceller> canceller = run->canceller;
    std::shared_ptr<std::atomic<int>> executed = m_runsExecuted;
    const std::optional<QDateTime> asOf = m_asOf;

    using Promise = QPromise<seg::Result<CountEvent>>;
    std::function<seg::Result<CountEvent>(seg::StoreSession &, Promise &)> work =
        [definition, parts, canceller, executed,
         asOf](seg::StoreSession &session, Promise &promise) -> seg::Result<CountEvent> {
        if (promise.isCanceled() || canceller->isCancelled()) return CountEvent{};
        executed->fetch_add(1);
        (void)canceller->attach(
            *session.connection); // without it the run still counts, it just cannot be interrupted
        struct Detach
        {
            seg::QueryCanceller &c;
            ~Detach() { c.detach(); }
        } detach{*canceller};

        const seg::TimeContext time =
            session.timeContext(asOf.value_or(QDateTime::currentDateTimeUtc()), asOf.has_value());
        QElapsedTimer timer;
        timer.start();
        seg::Result<qint64> total = seg::countMembers(session, definition, time);
        if (promise.isCanceled() || canceller->isCancelled()) return CountEvent{};
        if (!total)
            promise.addResult(seg::Result<CountEvent>(total.error()));
        else
            promise.addResult(
                seg::Result<CountEvent>(CountEvent{CountEvent::Total, 0, *total, timer.elapsed()}));
        for (const auto &[key, part] : parts) {
            if (promise.isCanceled() || canceller->isCancelled()) return CountEvent{};
            QElapsedTimer partTimer;
            partTimer.start();
            seg::Result<qint64> count = seg::countMembers(session, part, time);
            if (promise.isCanceled() || canceller->isCancelled()) return CountEvent{};
            if (!count) {
                promise.addResult(seg::Result<CountEvent>(count.error()));
            } else {
                promise.addResult(seg::Result<CountEvent>(
                    CountEvent{CountEvent::Part, key, *count, partTimer.elapsed()}));
            }
        }
        return CountEvent{};
    };

    Run *raw = run.get(); // the connections must not own the run (it owns them)
    connect(&run->watcher, &QFutureWatcherBase::resultReadyAt, this,
            [this, generation, raw](int index) {
                if (generation != m_generation || m_running.get() != raw) return; // stale
                const seg::Result<CountEvent> result = raw->watcher.resultAt(index);
                if (!result) {
                    emit failed(result.error().toString());
                    return;
                }
                switch (result->kind) {
                case CountEvent::Total:
                    emit totalCounted(result->count, result->elapsedMs);
                    break;
                case CountEvent::Part:
                    emit partCounted(result->key, result->count);
                    emit partTimed(result->key, result->elapsedMs);
                    break;
                case CountEvent::Done:
                    break;
                }
            });
    connect(&run->watcher, &QFutureWatcherBase::finished, this, [this, generation, raw] {
        if (generation != m_generation || m_running.get() != raw) return;
        // Not destroyed inside its own signal: released once control is back in the event loop.
        QTimer::singleShot(0, this, [done = std::move(m_running)] {});
        m_running.reset();
        emit finished();
    });
    emit started();
    run->watcher.setFuture(seg::runStoreTaskWithProgress<CountEvent>(m_settings, work));
}
