#pragma once

#include "common/result.h"
#include "reports/orderstatuses.h"
#include "reports/reportsql.h"

#include <QList>
#include <QString>

class CheckListButton;

namespace seg {
struct StoreSession;
}

// What every dashboard tab needs to offer its choices: the saved segments, the order
// statuses, the store's base currency and how many customers it has. Loaded once per store in a
// worker.
struct DashboardLookups
{
    QList<seg::ReportSegment> segments;
    QList<seg::OrderStatus> statuses;
    QString currency;
    qint64 allCustomers = 0; // registered + guests, the base of "% of all customers"

    // withAllCustomers: also count the store's customers (a pass over every guest order).
    static seg::Result<DashboardLookups> load(seg::StoreSession &session,
                                              bool withAllCustomers = true);
    // The same choices (segments, statuses, currency), whatever the customer count.
    bool sameChoices(const DashboardLookups &other) const;
};

// Offers the lookups' segments and order statuses in a tab's two choosers. The first time,
// `firstSegments` segments are ticked (all when negative) and the status "complete"; when the
// lookups are read again (segments imported, saved or refreshed) the user's ticks stay.
void offerDashboardChoices(const DashboardLookups &lookups, CheckListButton *segments,
                           CheckListButton *statuses, bool firstTime, int firstSegments = -1);
