#pragma once

#include "store/connectionsettings.h"
#include "store/storeprobe.h"

#include <QCoreApplication>
#include <QString>

// A "Test connection" verdict in words for people: what failed and what to check.
class ProbeVerdictText
{
    Q_DECLARE_TR_FUNCTIONS(ProbeVerdictText)
public:
    static QString headline(const seg::ProbeResult &result);
    static QString explanation(const seg::ProbeResult &result,
                               const seg::ConnectionSettings &settings);
};
