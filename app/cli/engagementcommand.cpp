// engagement import [CODE...] | show [CODE...] [--format csv|json]: the statistics of the email
// campaigns Mailchimp and Klaviyo sent to the segments pushed to them (API keys as the push reads
// them: SEGMENTOR_API_KEY, else the keychain; never printed).
#include "clicontext.h"

#include "export/csvwriter.h"
#include "operations/engagement.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seg;

namespace {

const char *kUsage = "error: engagement import [CODE...] | show [CODE...] [--format csv|json]\n";

int import(StoreSession &session, const QStringList &codes, const CliOptions &options,
           CliStreams io)
{
    std::function<bool(int, int)> progress;
    if (options.has(QStringLiteral("--verbose")))
        progress = [&](int done, int total) {
            io.err << QStringLiteral("engagement: %1/%2\n").arg(done).arg(total);
            io.err.flush();
            return true;
        };
    Result<EngagementImportSummary> summary = importEngagement(session, codes, progress);
    if (!summary) {
        io.err << "error: " << summary.error().toString() << "\n";
        return exitCodeFor(summary.error());
    }
    for (const QString &warning : summary->warnings)
        io.err << "warning: " << warning << "\n";
    io.out << QStringLiteral("%1 campaign(s) imported for %2 segment(s)\n")
                  .arg(summary->campaigns)
                  .arg(summary->segments);
    return ExitOk;
}

QByteArray csv(const QList<CampaignEngagement> &rows)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    CsvExportWriter writer(&buffer);
    auto column = [](const char *id, ExportColumnType type) {
        return ExportColumn{QLatin1String(id), QLatin1String(id), type};
    };
    using T = ExportColumnType;
    (void)writer.begin({column("segment", T::Text), column("provider", T::Text),
                        column("destination", T::Text), column("campaign_id", T::Text),
                        column("campaign_name", T::Text), column("sent_at", T::DateTime),
                        column("sent", T::Integer), column("delivered", T::Integer),
                        column("opens", T::Integer), column("unique_opens", T::Integer),
                        column("clicks", T::Integer), column("unique_clicks", T::Integer),
                        column("unsubscribes", T::Integer), column("open_rate", T::Text),
                        column("click_rate", T::Text), column("imported_at", T::DateTime)});
    for (const CampaignEngagement &r : rows)
        (void)writer.row({r.segmentCode, r.provider, r.destination, r.campaignId, r.campaignName,
                          r.sentAt, r.sent, r.delivered, r.opens, r.uniqueOpens, r.clicks,
                          r.uniqueClicks, r.unsubscribes, QString::number(r.openRate(), 'f', 2),
                          QString::number(r.clickRate(), 'f', 2), r.importedAt});
    (void)writer.finish();
    return data;
}

QByteArray json(const QList<CampaignEngagement> &rows)
{
    QJsonArray out;
    for (const CampaignEngagement &r : rows)
        out.append(campaignEngagementJson(r));
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace

int runEngagement(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    const QStringList codes = options.positional.mid(1);
    const QString format = options.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (action != QLatin1String("import") && action != QLatin1String("show")) {
        io.err << kUsage;
        return ExitUsage;
    }
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.err << "error: --format: expected csv or json\n";
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    if (action == QLatin1String("import")) return import(*session, codes, options, io);
    Result<QList<CampaignEngagement>> rows = segmentEngagement(*session, codes);
    if (!rows) {
        io.err << "error: " << rows.error().toString() << "\n";
        return exitCodeFor(rows.error());
    }
    return writeOutput(format == QLatin1String("csv") ? csv(*rows) : json(*rows),
                       options.value(QStringLiteral("--out")), io);
}
