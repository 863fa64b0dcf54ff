// segmentor-cli destinations add|list|remove, push CODE --destination NAME [--dry-run],
// and the push that follows a refresh of a segment a destination lists in --sync-after-refresh.
#include "clicontext.h"

#include "net/destinationrepository.h"
#include "net/segmentsync.h"
#include "net/webhookrepository.h"
#include "secrets/systemsecretstore.h"

#include <QProcessEnvironment>

using namespace seg;

namespace {

QString envApiKey()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("SEGMENTOR_API_KEY"));
}

// A destination's API key: SEGMENTOR_API_KEY when set, else the system keychain (where the
// desktop application and `destinations add` keep it). Empty when neither has one.
QString apiKey(const QString &destination)
{
    if (const QString fromEnv = envApiKey(); !fromEnv.isEmpty()) return fromEnv;
    std::unique_ptr<SecretStore> keychain = makeSystemSecretStore();
    if (!keychain->available()) return {};
    const Result<QString> stored = keychain->read(Destination::secretKeyFor(destination));
    return stored ? *stored : QString();
}

// A webhook's signing secret: the variable named by --secret-env, else the keychain.
QString webhookSecret(const Destination &webhook)
{
    if (!webhook.secretEnv.isEmpty())
        if (const QString fromEnv =
                QProcessEnvironment::systemEnvironment().value(webhook.secretEnv);
            !fromEnv.isEmpty())
            return fromEnv;
    std::unique_ptr<SecretStore> keychain = makeSystemSecretStore();
    if (!keychain->available()) return {};
    const Result<QString> stored = keychain->read(webhook.secretKey());
    return stored ? *stored : QString();
}

int webhookAdd(StoreSession &session, const CliOptions &options, CliStreams io)
{
    const QString name = options.positional.value(1);
    if (name.isEmpty() || options.value(QStringLiteral("--url")).isEmpty() ||
        options.value(QStringLiteral("--segments")).isEmpty() ||
        options.value(QStringLiteral("--events")).isEmpty()) {
        io.err << "error: destinations add NAME --kind webhook --url URL --segments CODE,... "
                  "--events enter,exit[,failed] [--batch-size N] [--secret-env VAR]\n";
        return ExitUsage;
    }
    Destination d;
    d.name = name;
    d.kind = DestinationKind::Webhook;
    d.baseUrl = options.value(QStringLiteral("--url"));
    d.syncAfterRefresh =
        options.value(QStringLiteral("--segments")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.events =
        options.value(QStringLiteral("--events")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &e : d.events)
        e = e.trimmed().toLower();
    for (QString &c : d.syncAfterRefresh)
        c = c.trimmed();
    if (options.values.contains(QStringLiteral("--batch-size"))) {
        bool ok = false;
        d.batchSize = options.value(QStringLiteral("--batch-size")).toInt(&ok);
        if (!ok) d.batchSize = 0; // refused below, with the repository's message
    }
    d.secretEnv = options.value(QStringLiteral("--secret-env"));
    DestinationRepository repository(*session.storage.connection, session.storage.tablePrefix);
    Result<Destination> saved = repository.save(d);
    if (!saved) {
        io.err << "error: " << saved.error().toString() << "\n";
        return ExitUsage;
    }
    QString secretNote;
    if (d.secretEnv.isEmpty())
        secretNote = QStringLiteral("the signing secret comes from the system keychain (set it in "
                                    "the application), or name a variable with --secret-env");
    else if (QProcessEnvironment::systemEnvironment().value(d.secretEnv).isEmpty())
        secretNote = QStringLiteral("warning: %1 is not set: deliveries need the signing secret "
                                    "in it")
                         .arg(d.secretEnv);
    else
        secretNote =
            QStringLiteral("the signing secret is read from %1 at each delivery").arg(d.secretEnv);
    if (!options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral("webhook %1 saved (%2 to %3 for %4, batches of %5); %6\n")
                      .arg(saved->name, saved->events.join(QLatin1Char(',')), saved->baseUrl,
                           saved->syncAfterRefresh.join(QLatin1Char(',')))
                      .arg(saved->batchSize)
                      .arg(secretNote);
    return ExitOk;
}

void printSync(const QString &destination, const QString &segment, const SyncResult &r,
               CliStreams io, bool dryRun)
{
    if (dryRun) {
        for (const PushMember &m : r.removes)
            io.out << "-" << m.key << " " << m.email << "\n";
        for (const PushMember &m : r.adds)
            io.out << "+" << m.key << " " << m.email << "\n";
        io.err << QStringLiteral("%1 -> %2: %3 to add, %4 to remove (dry run, nothing sent)\n")
                      .arg(segment, destination)
                      .arg(r.toAdd)
                      .arg(r.toRemove);
        return;
    }
    io.out << QStringLiteral("%1 -> %2: %3, +%4 -%5, %6 failed, %7 retries\n")
                  .arg(segment, destination, r.status)
                  .arg(r.added)
                  .arg(r.removed)
                  .arg(r.failed)
                  .arg(r.retries);
    for (const SyncFailure &f : r.failures)
        io.err << QStringLiteral("failed: %1 %2 (%3): %4\n")
                      .arg(f.operation, f.memberKey, f.email, f.error);
}

int destinationsAdd(StoreSession &session, const CliOptions &options, CliStreams io)
{
    const QString name = options.positional.value(1);
    const std::optional<DestinationKind> kind =
        destinationKindFrom(options.value(QStringLiteral("--kind")));
    if (kind == DestinationKind::Webhook) return webhookAdd(session, options, io);
    if (name.isEmpty() || !kind || options.value(QStringLiteral("--list")).isEmpty()) {
        io.err << "error: destinations add NAME --kind mailchimp|klaviyo --list ID [--base-url "
                  "URL] [--status-if-new STATUS] [--sync-after-refresh CODE,...], or --kind "
                  "webhook --url URL --segments CODE,... --events enter,exit[,failed]\n";
        return ExitUsage;
    }
    Destination d;
    d.name = name;
    d.kind = *kind;
    d.listId = options.value(QStringLiteral("--list"));
    d.baseUrl = options.value(QStringLiteral("--base-url"),
                              Destination::defaultBaseUrl(*kind, envApiKey()));
    if (options.values.contains(QStringLiteral("--status-if-new")))
        d.statusIfNew = options.value(QStringLiteral("--status-if-new"));
    if (options.values.contains(QStringLiteral("--sync-after-refresh")))
        d.syncAfterRefresh = options.value(QStringLiteral("--sync-after-refresh"))
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    DestinationRepository repository(*session.storage.connection, session.storage.tablePrefix);
    Result<Destination> saved = repository.save(d);
    if (!saved) {
        io.err << "error: " << saved.error().toString() << "\n";
        return ExitUsage;
    }
    QString keyNote = QStringLiteral("pushes read the API key from SEGMENTOR_API_KEY");
    if (!envApiKey().isEmpty()) {
        std::unique_ptr<SecretStore> keychain = makeSystemSecretStore();
        if (keychain->available() && keychain->write(saved->secretKey(), envApiKey()))
            keyNote =
                QStringLiteral("its API key (from SEGMENTOR_API_KEY) is in the system keychain");
        else
            keyNote = QStringLiteral(
                "no keychain answers: pushes read the API key from SEGMENTOR_API_KEY");
    }
    if (!options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral("destination %1 saved (%2 %3 at %4); %5\n")
                      .arg(saved->name, destinationKindName(saved->kind), saved->listId,
                           saved->baseUrl, keyNote);
    return ExitOk;
}

// The batches a webhook refused, newest first; --verbose adds each kept body.
int destinationsRefused(StoreSession &session, const CliOptions &options, CliStreams io)
{
    const QString name = options.positional.value(1);
    Result<std::optional<Destination>> d =
        DestinationRepository(*session.storage.connection, session.storage.tablePrefix).find(name);
    if (!d || !*d) {
        io.err << "error: "
               << (d ? QStringLiteral("no destination \"%1\"").arg(name) : d.error().message)
               << "\n";
        return ExitFailure;
    }
    Result<QList<RefusedBatch>> refused =
        WebhookRepository(*session.storage.connection, session.storage.tablePrefix)
            .refused((*d)->id,
                     options.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt());
    if (!refused) {
        io.err << "error: " << refused.error().message << "\n";
        return ExitFailure;
    }
    for (const RefusedBatch &b : *refused) {
        io.out << QStringLiteral("%1  %2  %3 events  %4\n")
                      .arg(b.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.segmentCode)
                      .arg(b.events)
                      .arg(b.error);
        if (options.has(QStringLiteral("--verbose"))) io.out << b.body << "\n";
    }
    return ExitOk;
}

} // namespace

int runDestinations(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    if (!QStringList{"add", "list", "remove", "refused"}.contains(action)) {
        io.err << "error: destinations needs add NAME --kind mailchimp|klaviyo|webhook ..., list, "
                  "remove NAME or refused NAME\n";
        return ExitUsage;
    }
    if ((action == QLatin1String("remove") || action == QLatin1String("refused")) &&
        options.positional.value(1).isEmpty()) {
        io.err << QStringLiteral("error: destinations %1 needs a NAME\n").arg(action);
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    if (action == QLatin1String("add")) return destinationsAdd(*session, options, io);
    if (action == QLatin1String("refused")) return destinationsRefused(*session, options, io);
    DestinationRepository repository(*session->storage.connection, session->storage.tablePrefix);
    if (action == QLatin1String("remove")) {
        const QString name = options.positional.value(1);
        Result<bool> removed = repository.remove(name);
        if (!removed || !*removed) {
            io.err << "error: "
                   << (removed ? QStringLiteral("no destination \"%1\"").arg(name)
                               : removed.error().message)
                   << "\n";
            return ExitFailure;
        }
        if (std::unique_ptr<SecretStore> keychain = makeSystemSecretStore(); keychain->available())
            keychain->remove(Destination::secretKeyFor(name));
        return ExitOk;
    }
    Result<QList<Destination>> all = repository.list();
    if (!all) {
        io.err << "error: " << all.error().message << "\n";
        return ExitFailure;
    }
    SyncRepository syncs(*session->storage.connection, session->storage.tablePrefix);
    io.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                  .arg(QStringLiteral("name"), -20)
                  .arg(QStringLiteral("kind"), -9)
                  .arg(QStringLiteral("list"), -16)
                  .arg(QStringLiteral("base url"), -40)
                  .arg(QStringLiteral("last sync"));
    for (const Destination &d : *all) {
        Result<std::optional<SyncRun>> last = syncs.lastRun(d.id);
        QString lastText = QStringLiteral("never");
        if (last && *last)
            lastText = QStringLiteral("%1 %2 %3")
                           .arg((*last)->startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                (*last)->segmentCode, (*last)->status);
        io.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(d.name, -20)
                      .arg(destinationKindName(d.kind), -9)
                      .arg(d.isWebhook() ? d.events.join(QLatin1Char(',')) : d.listId, -16)
                      .arg(d.baseUrl, -40)
                      .arg(lastText);
    }
    return ExitOk;
}

int runPush(const CliOptions &options, CliStreams io)
{
    const QString segment = options.positional.value(0);
    const QString destination = options.value(QStringLiteral("--destination"));
    if (segment.isEmpty() || destination.isEmpty()) {
        io.err << "error: push needs CODE --destination NAME [--dry-run]\n";
        return ExitUsage;
    }
    const bool dryRun = options.has(QStringLiteral("--dry-run"));
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    Result<std::optional<Destination>> target =
        DestinationRepository(*session->storage.connection, session->storage.tablePrefix)
            .find(destination);
    const bool webhook = target && *target && (*target)->isWebhook();
    const QString key = dryRun    ? QString()
                        : webhook ? webhookSecret(**target)
                                  : apiKey(destination);
    if (!dryRun && key.isEmpty()) {
        io.err << (webhook ? QStringLiteral("error: no signing secret for webhook %1: set the "
                                            "variable its --secret-env names, or store it in the "
                                            "application\n")
                           : QStringLiteral("error: no API key for %1: set SEGMENTOR_API_KEY, or "
                                            "store it with `destinations add` or the "
                                            "application\n"))
                      .arg(destination);
        return ExitUsage;
    }
    SyncOptions o;
    o.dryRun = dryRun;
    if (options.has(QStringLiteral("--verbose")))
        o.progress = [&](const SyncProgress &p) {
            io.err << QStringLiteral("%1: %2/%3 %4\n")
                          .arg(segment)
                          .arg(p.done)
                          .arg(p.total)
                          .arg(p.step);
            io.err.flush();
        };
    Result<SyncResult> r = SegmentSync(*session).run(destination, segment, key, o);
    if (!r) {
        io.err
            << QStringLiteral("error: %1 -> %2: %3\n").arg(segment, destination, r.error().message);
        return ExitFailure;
    }
    if (r->interruptedBefore > 0 && !options.has(QStringLiteral("--quiet")))
        io.err << "note: an earlier push was interrupted; this one resumed from what it had sent\n";
    printSync(destination, segment, *r, io, dryRun);
    return r->failed > 0 ? ExitFailure : ExitOk;
}

int printPushesAfterRefresh(const QString &segment, const QList<AfterRefreshPush> &pushes,
                            CliStreams io)
{
    int exit = ExitOk;
    for (const AfterRefreshPush &push : pushes) {
        if (!push.result) {
            io.err << QStringLiteral("error: %1 -> %2: %3\n")
                          .arg(segment, push.destination, push.result.error().message);
            exit = ExitFailure;
            continue;
        }
        printSync(push.destination, segment, *push.result, io, false);
        if (push.result->failed > 0) exit = ExitFailure;
    }
    return exit;
}
