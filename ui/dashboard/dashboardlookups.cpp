#include "dashboard/dashboardlookups.h"

#include "dashboard/checklistbutton.h"
#include "operations/reports.h"
#include "reports/salesreport.h"
#include "reports/storecurrency.h"
#include "session/storesession.h"

seg::Result<DashboardLookups> DashboardLookups::load(seg::StoreSession &session,
                                                     bool withAllCustomers)
{
    DashboardLookups out;
    seg::Result<QList<seg::ReportSegment>> segments = seg::ReportSql(session).segments({});
    if (!segments) return segments.error();
    out.segments = *segments;
    seg::Result<QList<seg::OrderStatus>> statuses = seg::OrderStatuses::load(session);
    if (!statuses) return statuses.error();
    out.statuses = *statuses;
    seg::Result<QString> currency = seg::StoreCurrency::baseCurrency(session);
    if (!currency) return currency.error();
    out.currency = *currency;
    if (withAllCustomers) {
        seg::Result<qint64> customers = seg::countStoreAudience(session);
        if (!customers) return customers.error();
        out.allCustomers = *customers;
    }
    return out;
}

bool DashboardLookups::sameChoices(const DashboardLookups &other) const
{
    if (currency != other.currency || segments.size() != other.segments.size() ||
        statuses.size() != other.statuses.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i)
        if (segments[i].id != other.segments[i].id || segments[i].code != other.segments[i].code ||
            segments[i].name != other.segments[i].name)
            return false;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        if (statuses[i].code != other.statuses[i].code ||
            statuses[i].label != other.statuses[i].label)
            return false;
    return true;
}

void offerDashboardChoices(const DashboardLookups &lookups, CheckListButton *segments,
                           CheckListButton *statuses, bool firstTime, int firstSegments)
{
    QList<QPair<QString, QString>> segmentItems, statusItems;
    QStringList allSegments;
    for (const seg::ReportSegment &s : lookups.segments) {
        segmentItems << qMakePair(s.code, s.name.isEmpty() ? s.code : s.name);
        allSegments << s.code;
    }
    for (const seg::OrderStatus &s : lookups.statuses)
        statusItems << qMakePair(s.code, s.label);
    const bool hadStatuses = !statuses->values().isEmpty();
    const QStringList keepStatuses = statuses->checked();
    if (firstTime)
        segments->setItems(segmentItems,
                           firstSegments < 0 ? allSegments : allSegments.mid(0, firstSegments));
    else
        segments->updateItems(segmentItems, allSegments);
    statuses->setItems(statusItems,
                       hadStatuses ? keepStatuses : QStringList{QStringLiteral("complete")});
}
