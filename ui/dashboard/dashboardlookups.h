#pragma once

#include "common/result.h"
#include "reports/orderstatuses.h"
#include "reports/reportsql.h"

#include <QList>
#include <QString>

namespace seg {
struct StoreSession;
}

// What every dashboard tab needs to offer its choices: the saved segments, the order
// statuses and the store's base currency. Loaded once per store in a worker.
struct DashboardLookups
{
    QList<seg::ReportSegment> segments;
    QList<seg::OrderStatus> statuses;
    QString currency;

    static seg::Result<DashboardLookups> load(seg::StoreSession &session);
};
