#include "net/webhookdelivery.h"

#include "net/destinationrepository.h"
#include "net/integrationtables.h"
#include "refresh/refreshlock.h"

#include <QElapsedTimer>
#include <QUrl>

namespace seg {

namespace {

// HttpClient takes a base URL and a path: the webhook's scheme and authority, then its path
// and query.
std::pair<QString, QString> splitUrl(const QString &text)
{
    const QUrl url(text);
    const QString base = url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                      QUrl::RemoveUserInfo);
    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty()) target = QStringLiteral("/");
    if (url.hasQuery()) target += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return {base, target};
}

class WebhookPoster
{
public:
    WebhookPoster(const Destination &webhook, const QString &secret, const SyncOptions &options)
        : m_secret(secret.toUtf8())
    {
        const auto [base, target] = splitUrl(webhook.baseUrl);
        m_target = target;
        m_client = std::make_unique<HttpClient>(base, options.retry, options.cancelled);
        m_client->setHeader("User-Agent", "Segmentor-Webhooks/1");
        if (options.readTimeoutSeconds > 0)
            m_client->setTimeouts(qMin(10, options.readTimeoutSeconds), options.readTimeoutSeconds);
    }

    Result<HttpReply> post(const QByteArray &body, const QDateTime &now)
    {
        // Each attempt is signed with its own time (`now` moved on by the time spent retrying),
        // so a receiver that refuses old timestamps accepts a retry after a long Retry-After;
        // the body, and so the event ids, stay the same.
        QElapsedTimer clock;
        clock.start();
        m_client->setBeforeAttempt([this, &body, &now, &clock](int attempt) {
            const qint64 timestamp =
                (attempt == 1 ? now : now.addMSecs(clock.elapsed())).toSecsSinceEpoch();
            m_client->setHeader(WebhookDelivery::kTimestampHeader, QByteArray::number(timestamp));
            m_client->setHeader(WebhookDelivery::kSignatureHeader,
                                webhookSignature(m_secret, timestamp, body));
        });
        Result<HttpReply> reply = m_client->send("POST", m_target, body, "application/json");
        m_client->setBeforeAttempt({});
        return reply;
    }
    int retries() const { return m_client->retries(); }

private:
    QByteArray m_secret;
    QString m_target;
    std::unique_ptr<HttpClient> m_client;
};

QString replyText(const HttpReply &reply)
{
    const QString text = QString::fromUtf8(reply.body.left(300)).simplified();
    return QStringLiteral("HTTP %1%2")
        .arg(reply.status)
        .arg(text.isEmpty() ? QString() : QStringLiteral(": ") + text);
}

PushMember pushMemberOf(const WebhookEvent &e)
{
    return PushMember{e.member, e.email, e.firstname, e.lastname};
}

} // namespace

WebhookDelivery::WebhookDelivery(StoreSession &session) : m_session(session) {}

Result<SyncResult> WebhookDelivery::run(const Destination &webhook, const QString &segmentCode,
                                        const QString &secret, const SyncOptions &options)
{
    const StoreConnection &storage = *m_session.storage.connection;
    const QString prefix = m_session.storage.tablePrefix;
    if (auto st = IntegrationTables::ensure(storage, prefix); !st) return st.error();
    auto now = [&] {
        return options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    };
    auto report = [&](qint64 done, qint64 total, const QString &step) {
        if (options.progress) options.progress(SyncProgress{done, total, step});
    };
    if (secret.isEmpty() && !options.dryRun)
        return Error{{},
                     QStringLiteral("no signing secret for webhook \"%1\"").arg(webhook.name),
                     ErrorCode::Secrets};
    Result<std::optional<SegmentRecord>> record = m_session.segments->find(segmentCode);
    if (!record) return record.error();
    if (!*record)
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(segmentCode), ErrorCode::NotFound};
    const qint64 segmentId = (*record)->id;
    const QString segmentName = (*record)->definition.name;

    // One delivery per webhook and segment at a time, across processes (as pushes).
    std::unique_ptr<RefreshLock> lock;
    if (!options.dryRun) {
        Result<std::unique_ptr<RefreshLock>> acquired = RefreshLock::acquire(
            storage, prefix, QStringLiteral("push-%1-%2").arg(webhook.id).arg(segmentCode));
        if (!acquired)
            return Error{{},
                         QStringLiteral("a delivery of %1 to %2 is already running; try again "
                                        "when it has finished")
                             .arg(segmentCode, webhook.name),
                         ErrorCode::Busy};
        lock = std::move(acquired).value();
    }

    SyncRepository runs(storage, prefix);
    WebhookRepository hooks(storage, prefix);
    SyncResult result;
    Result<qint64> interrupted = runs.markInterrupted(webhook.id, segmentCode, now());
    if (!interrupted) return interrupted.error();
    result.interruptedBefore = *interrupted;

    Result<qint64> cursor = hooks.cursor(webhook.id, segmentCode, segmentId);
    if (!cursor) return cursor.error();
    const bool entered = webhook.wants(QStringLiteral("enter"));
    const bool left = webhook.wants(QStringLiteral("exit"));
    Result<std::pair<qint64, qint64>> counts = hooks.pendingCounts(segmentId, *cursor);
    if (!counts) return counts.error();
    result.toAdd = entered ? counts->first : 0;
    result.toRemove = left ? counts->second : 0;
    Result<qint64> runId = runs.startRun(webhook.id, segmentCode, options.dryRun, result.toAdd,
                                         result.toRemove, now());
    if (!runId) return runId.error();
    result.runId = *runId;

    const int size = qMax(1, options.batchSize > 0 ? qMin(options.batchSize, webhook.batchSize)
                                                   : webhook.batchSize);
    if (options.dryRun) {
        qint64 from = *cursor;
        for (;;) {
            Result<QList<JournalChange>> changes =
                hooks.pending(segmentId, from, entered, left, size);
            if (!changes) return changes.error();
            if (changes->isEmpty()) break;
            Result<QList<WebhookEvent>> events =
                webhookEvents(m_session, segmentCode, segmentName, *changes);
            if (!events) return events.error();
            for (const WebhookEvent &e : *events)
                (e.type == QLatin1String("segment.entered") ? result.adds : result.removes)
                    << pushMemberOf(e);
            from = changes->last().journalId;
        }
        result.status = QStringLiteral("dry_run");
        return result;
    }

    WebhookPoster poster(webhook, secret, options);
    const qint64 total = result.toAdd + result.toRemove;
    auto finish = [&](const QString &status, const QString &error) -> Result<SyncResult> {
        result.status = status;
        result.retries = poster.retries();
        if (auto st = runs.finishRun(result.runId, status, error, result.retries, now()); !st)
            return st.error();
        if (!error.isEmpty() && status == QLatin1String("failed"))
            return Error{{}, error, ErrorCode::Network};
        return result;
    };
    auto cancelled = [&] { return options.cancelled && options.cancelled->load(); };

    qint64 from = *cursor, done = 0;
    int batches = 0;
    for (;;) {
        if (cancelled()) return finish(QStringLiteral("cancelled"), QStringLiteral("cancelled"));
        Result<QList<JournalChange>> changes = hooks.pending(segmentId, from, entered, left, size);
        if (!changes) return finish(QStringLiteral("failed"), changes.error().message);
        if (changes->isEmpty()) break;
        Result<QList<WebhookEvent>> events =
            webhookEvents(m_session, segmentCode, segmentName, *changes);
        if (!events) return finish(QStringLiteral("failed"), events.error().message);
        qint64 in = 0, out = 0;
        for (const WebhookEvent &e : *events)
            ++(e.type == QLatin1String("segment.entered") ? in : out);
        report(done, total, QStringLiteral("sending %1 events").arg(events->size()));
        const QByteArray body = webhookBody(*events);
        Result<HttpReply> reply = poster.post(body, now());
        if (!reply)
            return finish(cancelled() ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                          reply.error().message);
        const qint64 last = changes->last().journalId;
        if (reply->status >= 200 && reply->status < 300) {
            if (auto st = hooks.commitBatch(result.runId, webhook.id, segmentCode, last, in, out,
                                            {}, nullptr, poster.retries(), now());
                !st)
                return finish(QStringLiteral("failed"), st.error().message);
            result.added += in;
            result.removed += out;
            for (const WebhookEvent &e : *events)
                (e.type == QLatin1String("segment.entered") ? result.adds : result.removes)
                    << pushMemberOf(e);
        } else {
            // Refused (a 4xx other than 429, or a redirect): never retried. The batch is kept
            // with its body, its events are recorded as failures, and the run stops here.
            const QString why = replyText(*reply);
            QList<SyncFailure> failures;
            for (const WebhookEvent &e : *events)
                failures << SyncFailure{e.member, e.email,
                                        e.type == QLatin1String("segment.entered")
                                            ? QStringLiteral("enter")
                                            : QStringLiteral("exit"),
                                        why, now()};
            const RefusedBatch refused{
                0, result.runId, segmentCode, int(events->size()), reply->status, why, body, now()};
            if (auto st = hooks.commitBatch(result.runId, webhook.id, segmentCode, last, 0, 0,
                                            failures, &refused, poster.retries(), now());
                !st)
                return finish(QStringLiteral("failed"), st.error().message);
            result.failed += failures.size();
            result.failures << failures;
            return finish(QStringLiteral("partial"),
                          QStringLiteral("the webhook refused a batch of %1 events: %2")
                              .arg(events->size())
                              .arg(why));
        }
        from = last;
        done += events->size();
        ++batches;
        report(done, total, QStringLiteral("sent"));
        if (options.afterBatch && !options.afterBatch(batches)) {
            result.status = QStringLiteral("running");
            result.retries = poster.retries();
            return result; // as if the process had been killed here
        }
    }
    return finish(QStringLiteral("completed"), {});
}

Result<SyncResult> WebhookDelivery::refreshFailed(const Destination &webhook,
                                                  const QString &segmentCode, const QString &error,
                                                  const QString &secret, const SyncOptions &options)
{
    const StoreConnection &storage = *m_session.storage.connection;
    const QString prefix = m_session.storage.tablePrefix;
    const QDateTime at =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    if (secret.isEmpty())
        return Error{{},
                     QStringLiteral("no signing secret for webhook \"%1\"").arg(webhook.name),
                     ErrorCode::Secrets};
    WebhookEvent e;
    e.type = QStringLiteral("refresh.failed");
    e.id =
        webhookEventId(QStringLiteral("%1/failed/%2").arg(segmentCode).arg(at.toMSecsSinceEpoch()));
    e.segment = segmentCode;
    if (Result<std::optional<SegmentRecord>> record = m_session.segments->find(segmentCode);
        record && *record)
        e.segmentName = (*record)->definition.name;
    e.occurredAt = at;
    e.error = error;

    SyncRepository runs(storage, prefix);
    SyncResult result;
    Result<qint64> runId = runs.startRun(webhook.id, segmentCode, false, 0, 0, at);
    if (!runId) return runId.error();
    result.runId = *runId;
    WebhookPoster poster(webhook, secret, options);
    const QByteArray body = webhookBody({e});
    Result<HttpReply> reply = poster.post(body, at);
    QString problem;
    if (!reply)
        problem = reply.error().message;
    else if (reply->status < 200 || reply->status >= 300)
        problem = QStringLiteral("the webhook refused the refresh.failed event: %1")
                      .arg(replyText(*reply));
    result.retries = poster.retries();
    result.status = problem.isEmpty() ? QStringLiteral("completed") : QStringLiteral("failed");
    if (auto st = runs.finishRun(
            result.runId, result.status,
            problem.isEmpty() ? QStringLiteral("refresh.failed sent: %1").arg(error) : problem,
            result.retries, QDateTime::currentDateTimeUtc());
        !st)
        return st.error();
    if (!problem.isEmpty()) return Error{{}, problem, ErrorCode::Network};
    return result;
}

QList<AfterRefreshPush>
alertRefreshFailed(StoreSession &session, const QString &segmentCode, const QString &error,
                   const std::function<QString(const Destination &)> &secret,
                   const SyncOptions &options)
{
    QList<AfterRefreshPush> out;
    if (!IntegrationTables::ensure(*session.storage.connection, session.storage.tablePrefix))
        return out;
    Result<QList<Destination>> all =
        DestinationRepository(*session.storage.connection, session.storage.tablePrefix).list();
    if (!all) return {AfterRefreshPush{QString(), all.error()}};
    for (const Destination &d : *all) {
        if (!d.isWebhook() || !d.wants(QStringLiteral("failed")) ||
            !d.syncAfterRefresh.contains(segmentCode))
            continue;
        out << AfterRefreshPush{d.name, WebhookDelivery(session).refreshFailed(
                                            d, segmentCode, error, secret(d), options)};
    }
    return out;
}

} // namespace seg
