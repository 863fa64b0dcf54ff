#include "integrations/integrationstext.h"

#include <QLocale>

QString IntegrationsText::runStatus(const QString &status)
{
    if (status == QLatin1String("completed")) return tr("Completed");
    if (status == QLatin1String("partial")) return tr("Completed with failures");
    if (status == QLatin1String("failed")) return tr("Failed");
    if (status == QLatin1String("cancelled")) return tr("Cancelled");
    if (status == QLatin1String("interrupted")) return tr("Interrupted (resumed by the next sync)");
    if (status == QLatin1String("running")) return tr("Running");
    if (status == QLatin1String("dry_run")) return tr("Preview only");
    return status;
}

QString IntegrationsText::kind(seg::DestinationKind kind)
{
    switch (kind) {
    case seg::DestinationKind::Mailchimp:
        return tr("Mailchimp");
    case seg::DestinationKind::Klaviyo:
        return tr("Klaviyo");
    case seg::DestinationKind::Webhook:
        return tr("Webhook");
    }
    return {};
}

QString IntegrationsText::localTime(const QDateTime &utc)
{
    if (!utc.isValid()) return QString();
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today) return QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date().year() == today.year())
        return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
    return QLocale().toString(local, QLocale::ShortFormat);
}
