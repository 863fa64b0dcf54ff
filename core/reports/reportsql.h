#pragma once

#include "common/result.h"
#include "engine/sqltext.h"
#include "reports/reportperiod.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace seg {

struct StoreSession;

// A saved segment as the reports address it.
struct ReportSegment
{
    qint64 id = 0;
    QString code;
    QString name;
};

// SQL pieces the report classes share; every value is bound.
class ReportSql
{
public:
    explicit ReportSql(const StoreSession &session);

    // Reports join Segmentor's member table with the store's orders, so both must live in
    // the same database (not a read-only store with a local workspace).
    Status requireStoreTables() const;
    // The saved segments `codes` names (in that order), or all of them by code when empty.
    // An unknown code fails naming it.
    Result<QList<ReportSegment>> segments(const QStringList &codes) const;

    QString store(const char *magentoTable) const;  // a Magento table with the prefix
    QString own(const char *segmentorTable) const;  // a segmentor_* table with its prefix
    // The member key of a guest order's email, comparable with segmentor_member.member_key
    // (and using its index).
    QString guestKey(const QString &emailExpr) const;
    // o.created_at within the period (in `zone`) and o.status among `statuses` (all when empty).
    SqlText orderFilter(const DateRange &period, const QTimeZone &zone, const QStringList &statuses) const;
    // "?, ?, ?" for the ids.
    static SqlText idList(const QList<ReportSegment> &segments);
    // The rows (segment_id, member_key, created_at, qty, discount, shipping, tax, refunded,
    // subtotal, grand_total): one per counted order of a member of one of the segments.
    SqlText memberOrderRows(const QList<ReportSegment> &segments, const SqlText &filter) const;

    const StoreSession &session() const { return m_session; }

private:
    const StoreSession &m_session;
};

double roundMoney(double value);

} // namespace seg
