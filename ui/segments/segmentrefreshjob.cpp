#include "segmentrefreshjob.h"

#include "operations/refreshsegment.h"
#include "operations/segmentsets.h"

#include "session/storesession.h"
#include "support/backgroundwork.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

SegmentRefreshJob::SegmentRefreshJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Summary>::progressValueChanged, this, [this](int value) {
        BackgroundWork::instance().progress(m_work, value, 100);
        emit progressChanged(value, m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<Summary>::progressTextChanged, this,
            [this](const QString &text) { BackgroundWork::instance().setLabel(m_work, text); });
    connect(&m_watcher, &QFutureWatcher<Summary>::finished, this, [this] {
        BackgroundWork::instance().end(m_work);
        m_work = 0;
        Summary summary;
        if (m_watcher.future().resultCount() > 0)
            summary = m_watcher.result();
        else
            summary.cancelled = true;
        emit finished(summary);
    });
}

SegmentRefreshJob::~SegmentRefreshJob()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    if (m_work) BackgroundWork::instance().end(m_work);
}

void SegmentRefreshJob::start(const seg::ConnectionSettings &settings, const QStringList &codes,
                              int keepHistoryDays)
{
    m_work = BackgroundWork::instance().begin(
        tr("Refreshing %n segment(s)", nullptr, int(codes.size())), [this] { cancel(); });
    const QString stepFormat = tr("Refreshing %1: %2");
    m_watcher.setFuture(QtConcurrent::run(
        [settings, codes, stepFormat, keepHistoryDays](QPromise<Summary> &promise) {
            Summary summary;
            summary.keepHistoryDays = keepHistoryDays;
            promise.setProgressRange(0, 100);
            seg::Result<seg::StoreSession> session = seg::StoreSession::open(settings, true);
            if (!session) {
                for (const QString &code : codes)
                    summary.failures << QStringLiteral("%1: %2").arg(code, session.error().message);
                promise.addResult(summary);
                return;
            }
            // A segment after those whose stored members it reads.
            const seg::Result<QStringList> ordered = seg::refreshOrder(*session->segments, codes);
            if (!ordered) {
                summary.failures << ordered.error().toString();
                promise.addResult(summary);
                return;
            }
            for (int i = 0; i < ordered->size(); ++i) {
                const QString &code = ordered->at(i);
                seg::RefreshArgs args;
                args.options.progress = [&](const seg::RefreshProgress &p) {
                    promise.setProgressValueAndText((i * 100 + p.percent) / int(codes.size()),
                                                    stepFormat.arg(code, p.step));
                    return !promise.isCanceled();
                };
                // Destinations set to follow this segment get its changes too (as the CLI does).
                const seg::Result<seg::RefreshOutcome> r =
                    seg::refreshSegment(session.value(), code, args);
                if (promise.isCanceled()) {
                    summary.cancelled = true;
                    break;
                }
                if (!r) {
                    summary.failures << QStringLiteral("%1: %2").arg(code, r.error().message);
                    continue;
                }
                if (!r->result.skipped.isEmpty()) {
                    summary.skipped << code;
                    continue;
                }
                summary.refreshed << code;
                summary.failures << r->pushProblems();
                summary.added += r->result.added;
                summary.removed += r->result.removed;
            }
            if (keepHistoryDays > 0 && !summary.cancelled) {
                const seg::Result<qint64> purged = session->segments->purgeHistory(keepHistoryDays);
                if (purged)
                    summary.purgedRows = *purged;
                else
                    summary.failures << purged.error().message;
            }
            promise.setProgressValue(100);
            promise.addResult(summary);
        }));
}

void SegmentRefreshJob::cancel()
{
    m_watcher.cancel();
}
