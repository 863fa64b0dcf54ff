#pragma once

#include "common/result.h"
#include "engine/sqltext.h"
#include "reports/reportperiod.h"

#include <QList>
#include <QSqlDatabase>
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

    // The store's schema must be loaded. Segmentor's tables may be in the store or in a
    // local workspace (inWorkspace()): the reports then join there (see SalesReport).
    Status requireStoreTables() const;
    bool inWorkspace() const;
    // Where Segmentor's tables (segmentor_member, ...) are: the store, or the workspace.
    QSqlDatabase ownDatabase() const;
    // The saved segments `codes` names (in that order), or all of them by code when empty.
    // An unknown code fails naming it.
    Result<QList<ReportSegment>> segments(const QStringList &codes) const;

    QString store(const char *magentoTable) const; // a Magento table with the prefix
    QString own(const char *segmentorTable) const; // a segmentor_* table with its prefix
    // The member key of a guest order's email, comparable with segmentor_member.member_key
    // (and using its index).
    QString guestKey(const QString &emailExpr) const;
    // o.created_at within the period (in `zone`) and o.status among `statuses` (all when empty).
    SqlText orderFilter(const DateRange &period, const QTimeZone &zone,
                        const QStringList &statuses) const;
    // "?, ?, ?" for the ids ("NULL" for none).
    static SqlText idList(const QList<ReportSegment> &segments);
    // Per segment (and bucket): rows (segment_id, bucket, customers, orders, qty, discount,
    // shipping, tax, refunded, subtotal, grand_total) over the members' counted orders, plus
    // rows with segment_id -1 for the whole store. The orders are read once and summed per
    // owner (and bucket) — so "customers who ordered" needs no DISTINCT — then joined with
    // the members. A segment may get two rows (registered and guest members): add them up.
    // `bucket` is an SQL expression over o.created_at ("-1" for none).
    SqlText segmentTotals(const QList<ReportSegment> &segments, const SqlText &filter,
                          const SqlText &bucket) const;

    // Workspace mode, step 1 (run on the store): the period's orders summed per owner (and
    // bucket) as rows (owner, bucket, n, qty, discount, shipping, tax, refunded, subtotal,
    // grand_total): registered customers by customer_id, or (guests) folded emails.
    SqlText ownerTotals(const SqlText &filter, const SqlText &bucket, bool guests) const;
    // Step 2 (run on the workspace): the rows of segmentTotals() from the temporary table
    // `staged` (kind 0 registered / 1 guest, customer_id, guest_key, bucket, n, and the sums
    // in ten-thousandths as integers, so that they add up exactly).
    SqlText stagedSegmentTotals(const QList<ReportSegment> &segments, const QString &staged) const;

    const StoreSession &session() const { return m_session; }

private:
    const StoreSession &m_session;
};

double roundMoney(double value);

} // namespace seg
