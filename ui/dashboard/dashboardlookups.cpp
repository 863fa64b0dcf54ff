#include "dashboard/dashboardlookups.h"

#include "reports/storecurrency.h"
#include "session/storesession.h"

seg::Result<DashboardLookups> DashboardLookups::load(seg::StoreSession &session)
{
    DashboardLookups out;
    seg::Result<QList<seg::ReportSegment>> segments = seg::ReportSql(session).segments({});
    if (!segments)
        return segments.error();
    out.segments = *segments;
    seg::Result<QList<seg::OrderStatus>> statuses = seg::OrderStatuses::load(session);
    if (!statuses)
        return statuses.error();
    out.statuses = *statuses;
    seg::Result<QString> currency = seg::StoreCurrency::baseCurrency(session);
    if (!currency)
        return currency.error();
    out.currency = *currency;
    return out;
}
