#include "operations/engagement.h"

#include "net/campaignreports.h"
#include "net/destinationrepository.h"
#include "net/engagementrepository.h"
#include "net/integrationtables.h"
#include "secrets/systemsecretstore.h"
#include "session/storesession.h"

#include <QSet>

#include <memory>

namespace seg {

namespace {

// SEGMENTOR_API_KEY first (cron and `serve`), else the keychain, as the push reads them.
std::function<QString(const Destination &)> storedKeys()
{
    auto keychain = std::make_shared<std::unique_ptr<SecretStore>>();
    return [keychain](const Destination &d) -> QString {
        if (const QString fromEnv = qEnvironmentVariable("SEGMENTOR_API_KEY"); !fromEnv.isEmpty())
            return fromEnv;
        if (!*keychain) *keychain = makeSystemSecretStore();
        if (!(*keychain)->available()) return {};
        const Result<QString> key = (*keychain)->read(Destination::secretKeyFor(d.name));
        return key ? *key : QString();
    };
}

struct Target
{
    Destination destination;
    QString segment;
};

// The (destination, segment) pairs to import: every Mailchimp or Klaviyo destination a segment
// was pushed to, or that pushes it after each refresh. Sorted by segment, then destination.
Result<QList<Target>> targets(const StoreSession &session)
{
    const StoreConnection &storage = *session.storage.connection;
    Result<QList<Destination>> all =
        DestinationRepository(storage, session.storage.tablePrefix).list();
    if (!all) return all.error();
    Result<QList<QPair<qint64, QString>>> pushed =
        EngagementRepository(storage, session.storage.tablePrefix).pushedSegments();
    if (!pushed) return pushed.error();
    QList<Target> out;
    QSet<QString> seen;
    auto add = [&](const Destination &d, const QString &code) {
        const QString key = QString::number(d.id) + QLatin1Char('/') + code;
        if (d.isWebhook() || seen.contains(key)) return;
        seen.insert(key);
        out << Target{d, code};
    };
    for (const Destination &d : *all) {
        for (const auto &[id, code] : *pushed)
            if (id == d.id) add(d, code);
        for (const QString &code : d.syncAfterRefresh)
            add(d, code);
    }
    std::sort(out.begin(), out.end(), [](const Target &a, const Target &b) {
        return a.segment != b.segment ? a.segment < b.segment
                                      : a.destination.name < b.destination.name;
    });
    return out;
}

} // namespace

Result<EngagementImportSummary>
importEngagement(const StoreSession &session, const QStringList &codes,
                 const std::function<bool(int done, int total)> &progress)
{
    return importEngagement(session, codes, EngagementImportOptions{}, progress);
}

Result<EngagementImportSummary>
importEngagement(const StoreSession &session, const QStringList &codes,
                 const EngagementImportOptions &options,
                 const std::function<bool(int done, int total)> &progress)
{
    const StoreConnection &storage = *session.storage.connection;
    const QString prefix = session.storage.tablePrefix;
    if (Status st = IntegrationTables::ensure(storage, prefix); !st) return st.error();
    Result<QList<Target>> all = targets(session);
    if (!all) return all.error();

    EngagementImportSummary summary;
    QList<Target> work;
    if (codes.isEmpty()) {
        work = *all;
        if (work.isEmpty())
            summary.warnings << QStringLiteral("no segment has been pushed to Mailchimp or Klaviyo "
                                               "yet: nothing to import");
    }
    for (const QString &code : codes) {
        qsizetype before = work.size();
        for (const Target &t : *all)
            if (t.segment == code) work << t;
        if (work.size() > before) continue;
        Result<std::optional<SegmentRecord>> segment = session.segments->find(code);
        if (segment && !*segment)
            summary.warnings << QStringLiteral("no segment \"%1\"").arg(code);
        else
            summary.warnings << QStringLiteral("segment %1 is not synced to Mailchimp or Klaviyo "
                                               "(push it first): no campaign to import")
                                    .arg(code);
    }

    const std::function<QString(const Destination &)> keyOf =
        options.apiKey ? options.apiKey : storedKeys();
    EngagementRepository repository(storage, prefix);
    QHash<qint64, std::shared_ptr<CampaignReports>> clients; // one per destination
    QSet<qint64> withoutKey;
    QSet<QString> segments;
    const QDateTime importedAt =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < work.size(); ++i) {
        const Target &t = work.at(i);
        if (progress && !progress(int(i), int(work.size()))) return Error::cancelled();
        if (withoutKey.contains(t.destination.id)) continue;
        std::shared_ptr<CampaignReports> &client = clients[t.destination.id];
        if (!client) {
            const QString key = keyOf(t.destination);
            if (key.isEmpty()) {
                withoutKey.insert(t.destination.id);
                summary.warnings << QStringLiteral("no API key for destination \"%1\": set "
                                                   "SEGMENTOR_API_KEY or store it in the "
                                                   "application")
                                        .arg(t.destination.name);
                continue;
            }
            client = CampaignReports::create(t.destination, key, options.retry, options.cancelled,
                                             options.pageSize);
        }
        Result<QList<CampaignEngagement>> sent = client->sentTo(t.segment);
        if (!sent) {
            Error e = sent.error();
            e.path =
                QStringLiteral("destination %1, segment %2").arg(t.destination.name, t.segment);
            return e;
        }
        QList<CampaignEngagement> rows = *sent;
        for (CampaignEngagement &row : rows) {
            row.segmentCode = t.segment;
            row.destination = t.destination.name;
            row.importedAt = importedAt;
        }
        if (Status st = repository.store(rows); !st) return st.error();
        summary.campaigns += int(rows.size());
        summary.warnings << client->warnings();
        segments.insert(t.segment);
    }
    if (progress) progress(int(work.size()), int(work.size()));
    summary.segments = int(segments.size());
    summary.warnings.removeDuplicates();
    return summary;
}

Result<QList<CampaignEngagement>> segmentEngagement(const StoreSession &session,
                                                    const QStringList &codes)
{
    const StoreConnection &storage = *session.storage.connection;
    const QString prefix = session.storage.tablePrefix;
    // A reader whose place cannot get the tables has imported nothing.
    if (Status st = IntegrationTables::ensure(storage, prefix); !st)
        return QList<CampaignEngagement>();
    return EngagementRepository(storage, prefix).list(codes);
}

} // namespace seg
