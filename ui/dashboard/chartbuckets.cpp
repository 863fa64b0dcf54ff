#include "dashboard/chartbuckets.h"

#include "dashboard/chartbuilders.h"

#include <QCoreApplication>
#include <QLocale>

namespace chartbuckets {

QString name(const QDate &start, const QDate &periodEnd, seg::SeriesGranularity g,
             const QDate &nextStart)
{
    const QLocale l;
    switch (g) {
    case seg::SeriesGranularity::Day:
        return l.toString(start, QStringLiteral("ddd d MMM yyyy"));
    case seg::SeriesGranularity::Week: {
        const QDate end = nextStart.isValid() ? nextStart.addDays(-1) : periodEnd;
        return QCoreApplication::translate("ChartBuilders", "Week of %1")
            .arg(rangeLabel(seg::DateRange{start, end}));
    }
    case seg::SeriesGranularity::Month:
        return l.toString(start, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

QString tick(const QDate &start, seg::SeriesGranularity g, bool withYear)
{
    const QLocale l;
    if (g == seg::SeriesGranularity::Month)
        return l.toString(start, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    return l.toString(start, withYear ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM"));
}

bool isPartial(const QList<QDate> &bucketStarts, int i, const QDate &periodEnd,
               seg::SeriesGranularity g)
{
    if (g == seg::SeriesGranularity::Day) return false;
    const QDate start = bucketStarts[i];
    const QDate end = i + 1 < bucketStarts.size() ? bucketStarts[i + 1].addDays(-1) : periodEnd;
    const qint64 days = start.daysTo(end) + 1;
    if (g == seg::SeriesGranularity::Week) return days < 7;
    return start.day() != 1 || end != QDate(start.year(), start.month(), start.daysInMonth());
}

} // namespace chartbuckets
