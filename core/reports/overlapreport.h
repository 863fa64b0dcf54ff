#pragma once

#include "common/result.h"
#include "engine/memberkey.h"
#include "reports/reportsql.h"
#include "reports/salesreport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seg {

struct StoreSession;

// Members shared by every pair of the chosen segments. both[i][j] = |Si ∩ Sj|; the diagonal
// holds the sizes.
struct OverlapMatrix
{
    QList<ReportSegment> segments;
    QList<QList<qint64>> both;

    qint64 size(int i) const { return both[i][i]; }
    // |Si ∩ Sj| as a percentage of the row segment Si.
    double pctOfRow(int i, int j) const
    {
        return both[i][i] > 0 ? 100.0 * double(both[i][j]) / double(both[i][i]) : 0.0;
    }
};

// One member in a drill-down list, with what the store knows to recognise them.
struct OverlapMember
{
    MemberKey key;
    QString email;
    QString name;
};

enum class OverlapPart
{
    Both,
    OnlyFirst
}; // A∩B, A−B

class OverlapReport
{
public:
    explicit OverlapReport(const StoreSession &session);

    Result<OverlapMatrix> matrix(const QStringList &codes,
                                 const ReportProgress &progress = {}) const;
    // The members of A∩B or A−B in member-key order, at most `limit` of them; `total` gets
    // how many there are in all.
    Result<QList<OverlapMember>> members(const QString &a, const QString &b, OverlapPart part,
                                         int limit = 1000, qint64 *total = nullptr) const;

private:
    const StoreSession &m_session;
};

} // namespace seg
