#pragma once

#include "reports/salesreport.h"

#include <QDate>
#include <QList>
#include <QString>

// How the line charts name their buckets (a day, a week, a month), shared by the sales and
// the performance charts.
namespace chartbuckets {

// "Mon 3 Nov 2026", "Week of 3 – 9 Nov 2026", "November 2026" (tooltips).
QString name(const QDate &start, const QDate &periodEnd, seg::SeriesGranularity g,
             const QDate &nextStart);
// "3 Nov", "Nov", with the year when the period spans years (axis ticks).
QString tick(const QDate &start, seg::SeriesGranularity g, bool withYear);
// Whether the period cuts bucket i short (a month or week it only partly covers).
bool isPartial(const QList<QDate> &bucketStarts, int i, const QDate &periodEnd,
               seg::SeriesGranularity g);

} // namespace chartbuckets
