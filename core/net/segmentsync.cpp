#include "net/segmentsync.h"

#include "net/destinationrepository.h"
#include "net/integrationtables.h"
#include "net/webhookdelivery.h"
#include "refresh/refreshlock.h"
#include "secrets/systemsecretstore.h"

namespace seg {

SegmentSync::SegmentSync(StoreSession &session) : m_session(session) {}

Result<SyncResult> SegmentSync::run(const QString &destinationName, const QString &segmentCode,
                                    const QString &apiKey, const SyncOptions &options)
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

    DestinationRepository destinations(storage, prefix);
    Result<std::optional<Destination>> found = destinations.find(destinationName);
    if (!found) return found.error();
    if (!*found)
        return Error{
            {}, QStringLiteral("no destination \"%1\"").arg(destinationName), ErrorCode::NotFound};
    const Destination destination = **found;
    if (destination.isWebhook())
        return WebhookDelivery(m_session).run(destination, segmentCode, apiKey, options);
    if (apiKey.isEmpty() && !options.dryRun && !options.clientFactory)
        return Error{{},
                     QStringLiteral("no API key for destination \"%1\"").arg(destinationName),
                     ErrorCode::Secrets};

    // One push per destination and segment at a time, across processes (the app and cron);
    // a dry run changes no state and needs no lock.
    std::unique_ptr<RefreshLock> lock;
    if (!options.dryRun) {
        Result<std::unique_ptr<RefreshLock>> acquired = RefreshLock::acquire(
            storage, prefix, QStringLiteral("push-%1-%2").arg(destination.id).arg(segmentCode));
        if (!acquired)
            return Error{
                {},
                QStringLiteral(
                    "a push of %1 to %2 is already running; try again when it has finished")
                    .arg(segmentCode, destinationName),
                ErrorCode::Busy};
        lock = std::move(acquired).value();
    }

    SyncRepository repository(storage, prefix);
    SyncResult result;
    Result<qint64> interrupted = repository.markInterrupted(destination.id, segmentCode, now());
    if (!interrupted) return interrupted.error();
    result.interruptedBefore = *interrupted;

    // The difference.
    report(0, 0, QStringLiteral("reading the members"));
    Result<QList<PushMember>> members =
        PushMemberLoader::load(m_session, segmentCode, &result.withoutEmail);
    if (!members) return members.error();
    Result<QHash<QString, QString>> sent = repository.state(destination.id, segmentCode);
    if (!sent) return sent.error();
    QHash<QString, const PushMember *> current;
    for (const PushMember &m : *members)
        current.insert(m.key, &m);
    for (const PushMember &m : *members) {
        const auto it = sent->constFind(m.key);
        if (it == sent->constEnd()) {
            result.adds << m;
        } else if (it.value().compare(m.email, Qt::CaseInsensitive) != 0) {
            result.removes << PushMember{
                m.key, it.value(), {}, {}}; // the old address leaves the list
            result.adds << m;
        }
    }
    for (auto it = sent->constBegin(); it != sent->constEnd(); ++it)
        if (!current.contains(it.key())) result.removes << PushMember{it.key(), it.value(), {}, {}};
    std::sort(result.adds.begin(), result.adds.end(),
              [](const PushMember &a, const PushMember &b) { return a.key < b.key; });
    std::sort(result.removes.begin(), result.removes.end(),
              [](const PushMember &a, const PushMember &b) { return a.key < b.key; });
    result.toAdd = result.adds.size();
    result.toRemove = result.removes.size();

    Result<qint64> runId = repository.startRun(destination.id, segmentCode, options.dryRun,
                                               result.toAdd, result.toRemove, now());
    if (!runId) return runId.error();
    result.runId = *runId;
    if (options.dryRun) {
        result.status = QStringLiteral("dry_run");
        return result;
    }

    std::unique_ptr<DestinationClient> client =
        options.clientFactory
            ? options.clientFactory(destination)
            : DestinationClient::create(destination, apiKey, options.retry, options.cancelled);
    const qint64 total = result.toAdd + result.toRemove;
    auto finish = [&](const QString &status, const QString &error) -> Result<SyncResult> {
        result.status = status;
        result.retries = client->retries();
        if (auto st = repository.finishRun(result.runId, status, error, result.retries, now()); !st)
            return st.error();
        if (!error.isEmpty() && status == QLatin1String("failed"))
            return Error{{}, error, ErrorCode::Network};
        return result;
    };
    auto cancelled = [&] { return options.cancelled && options.cancelled->load(); };

    if (total == 0) return finish(QStringLiteral("completed"), {});
    report(0, total, QStringLiteral("preparing %1").arg(destination.name));
    if (Status st = client->prepare(segmentCode); !st)
        return finish(QStringLiteral("failed"), st.error().message);

    int batches = 0;
    qint64 done = 0;
    const int size = qMax(1, options.batchSize > 0 ? qMin(options.batchSize, client->batchSize())
                                                   : client->batchSize());
    for (const bool add : {false, true}) {
        const QList<PushMember> &list = add ? result.adds : result.removes;
        for (qsizetype from = 0; from < list.size(); from += size) {
            if (cancelled())
                return finish(QStringLiteral("cancelled"), QStringLiteral("cancelled"));
            const QList<PushMember> batch = list.mid(from, size);
            report(done, total, add ? QStringLiteral("adding") : QStringLiteral("removing"));
            Result<BatchOutcome> outcome = add ? client->upsert(batch) : client->remove(batch);
            if (!outcome)
                return finish(cancelled() ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                              outcome.error().message);
            QList<PushMember> succeeded;
            QList<SyncFailure> failures;
            for (const PushMember &m : batch) {
                const auto failed = outcome->failed.constFind(m.emailKey());
                if (failed == outcome->failed.constEnd())
                    succeeded << m;
                else
                    failures << SyncFailure{m.key, m.email,
                                            add ? QStringLiteral("add") : QStringLiteral("remove"),
                                            failed.value(), now()};
            }
            if (auto st = repository.commitBatch(result.runId, destination.id, segmentCode, add,
                                                 succeeded, outcome->remoteIds, failures,
                                                 client->retries(), now());
                !st)
                return finish(QStringLiteral("failed"), st.error().message);
            (add ? result.added : result.removed) += succeeded.size();
            result.failed += failures.size();
            result.failures << failures;
            done += batch.size();
            ++batches;
            report(done, total, add ? QStringLiteral("adding") : QStringLiteral("removing"));
            if (options.afterBatch && !options.afterBatch(batches)) {
                result.status = QStringLiteral("running");
                result.retries = client->retries();
                return result; // as if the process had been killed here
            }
        }
    }
    return finish(result.failed > 0 ? QStringLiteral("partial") : QStringLiteral("completed"), {});
}

} // namespace seg

namespace seg {

QList<AfterRefreshPush> pushAfterRefresh(StoreSession &session, const QString &segmentCode,
                                         const std::function<QString(const Destination &)> &apiKey,
                                         const SyncOptions &options)
{
    QList<AfterRefreshPush> out;
    if (!IntegrationTables::ensure(*session.storage.connection, session.storage.tablePrefix))
        return out; // no integrations' tables (a read-only place): nothing is configured
    Result<QList<Destination>> all =
        DestinationRepository(*session.storage.connection, session.storage.tablePrefix).list();
    if (!all) return {AfterRefreshPush{QString(), all.error()}};
    for (const Destination &d : *all) {
        if (!d.syncAfterRefresh.contains(segmentCode)) continue;
        const QString key = apiKey(d);
        if (d.isWebhook() && !d.wants(QStringLiteral("enter")) && !d.wants(QStringLiteral("exit")))
            continue; // only refresh.failed
        if (key.isEmpty() && !options.clientFactory) {
            out << AfterRefreshPush{
                d.name,
                Error{{},
                      d.isWebhook()
                          ? QStringLiteral("no signing secret for webhook \"%1\"").arg(d.name)
                          : QStringLiteral("no API key for destination \"%1\"").arg(d.name),
                      ErrorCode::Secrets}};
            continue;
        }
        out << AfterRefreshPush{d.name,
                                SegmentSync(session).run(d.name, segmentCode, key, options)};
    }
    return out;
}

} // namespace seg
