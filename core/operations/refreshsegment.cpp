#include "operations/refreshsegment.h"

#include "common/localdays.h"
#include "net/webhookdelivery.h"
#include "secrets/systemsecretstore.h"
#include "session/storesession.h"

#include <memory>

namespace seg {

namespace {

// SEGMENTOR_API_KEY first (cron and `serve`), else the keychain, opened only when a destination
// asks for a key.
std::function<QString(const Destination &)> storedKeys()
{
    auto keychain = std::make_shared<std::unique_ptr<SecretStore>>();
    return [keychain](const Destination &d) -> QString {
        // A webhook's signing secret: the variable it names (the CLI), else the keychain.
        if (d.isWebhook() && !d.secretEnv.isEmpty()) {
            if (const QString fromEnv = qEnvironmentVariable(d.secretEnv.toLocal8Bit().constData());
                !fromEnv.isEmpty())
                return fromEnv;
        }
        if (const QString fromEnv = qEnvironmentVariable("SEGMENTOR_API_KEY");
            !fromEnv.isEmpty() && !d.isWebhook())
            return fromEnv;
        if (!*keychain) *keychain = makeSystemSecretStore();
        if (!(*keychain)->available()) return {};
        const Result<QString> key = (*keychain)->read(Destination::secretKeyFor(d.name));
        return key ? *key : QString();
    };
}

} // namespace

QStringList RefreshOutcome::pushProblems() const
{
    QStringList problems;
    for (const AfterRefreshPush &push : pushes) {
        if (!push.result)
            problems << QStringLiteral("%1 -> %2: %3")
                            .arg(segment, push.destination, push.result.error().message);
        else if (push.result->failed > 0)
            problems << QStringLiteral("%1 -> %2: %3 member(s) refused")
                            .arg(segment, push.destination)
                            .arg(push.result->failed);
    }
    if (exported && !exported->ok())
        problems << QStringLiteral("%1 -> export: %2").arg(segment, exported->error().message);
    if (snapshot && !snapshot->ok())
        problems << QStringLiteral("%1 -> snapshot: %2").arg(segment, snapshot->error().message);
    return problems;
}

Result<RefreshOutcome> refreshSegment(StoreSession &session, const QString &code,
                                      const RefreshArgs &args)
{
    const QDateTime refreshedAt =
        args.options.now.isValid() ? args.options.now.toUTC() : QDateTime::currentDateTimeUtc();
    Refresher refresher(*session.connection, *session.schema, *session.segments);
    Result<RefreshResult> refreshed = refresher.refresh(code, args.options);
    if (!refreshed) {
        // Alerting: a scheduled refresh that failed is told to the webhooks that ask for it
        // (a busy segment is not a failure: another run is doing the work).
        if (args.options.trigger == RefreshTrigger::Scheduled && !args.options.dryRun &&
            refreshed.error().code != ErrorCode::Busy)
            alertRefreshFailed(session, code, refreshed.error().message,
                               args.apiKey ? args.apiKey : storedKeys(), args.sync);
        return refreshed.error();
    }
    RefreshOutcome outcome;
    outcome.segment = code;
    outcome.result = std::move(refreshed).value();
    if (!outcome.result.skipped.isEmpty()) return outcome; // frozen: nothing changed to send
    if (!args.options.dryRun) {
        // The members file first (local and quick), then the pushes. Neither fails the refresh.
        Result<std::optional<ExportAfterRefresh>> exportSettings =
            exportAfterRefreshSettings(session, code);
        if (!exportSettings)
            outcome.exported = Result<ExportAfterRefreshResult>(exportSettings.error());
        else if (*exportSettings)
            outcome.exported = exportAfterRefresh(session, code, **exportSettings, refreshedAt);
        // The day's snapshot of the segment, after the refresh committed (its failure is
        // reported, the refresh stands).
        outcome.snapshot = takeDailySnapshots(
            session, {code}, localDateOf(refreshedAt, session.timeContext().storeZone()));
    }
    if (!args.options.dryRun)
        outcome.pushes =
            pushAfterRefresh(session, code, args.apiKey ? args.apiKey : storedKeys(), args.sync);
    return outcome;
}

} // namespace seg
