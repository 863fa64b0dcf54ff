#pragma once

#include "net/destination.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The words the Integrations panes and their models share: a sync run's status, a tool's
// name, a time shown the short way.
class IntegrationsText
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationsText)
public:
    static QString runStatus(const QString &status);
    static QString kind(seg::DestinationKind kind);
    // "14:05" today, "3 Nov 14:05" this year, else the locale's short date and time.
    static QString localTime(const QDateTime &utc);
};
