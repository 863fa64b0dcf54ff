#pragma once

#include "dashboard/chartbuilders.h"
#include "dashboard/salesmetric.h"
#include "operations/performancecomparison.h"

#include <QList>
#include <QString>

// Plain data for the Performance tab, built from the core's PerformanceComparison by pure
// functions (tested on their output); the widgets only lay it out.

struct KpiData
{
    QString label; // "Conversion rate"
    QString value; // "12.3 %"
    QString delta; // "+1.2 pts" against the comparison period; empty without one
    int trend = 0; // +1 better, -1 worse, 0 same or none (the delta's colour)
};

struct KpiTileData
{
    QString code;
    QString title;   // the segment's name
    QString tooltip; // the figures behind the tile in words
    QList<KpiData> kpis;
};

// One tile per segment of the period's totals, in their order: members at the end of the
// period and their change over it, conversion rate, revenue, AOV and revenue per member, each
// against the comparison period when there is one.
QList<KpiTileData> buildKpiTiles(const seg::PerformanceComparison &data, const MoneyFormat &format);

// Conversion rate per bucket, one line per segment, the comparison period dashed.
LineChartData buildConversionChart(const seg::PerformanceReportResult &series,
                                   const std::optional<seg::PerformanceReportResult> &compare);

// "Orders counted for today's members" / "… while the customer was a member".
QString membershipCaption(seg::MembershipMode mode);
// The line above the tiles: the mode, and the comparison period the changes are against.
QString performanceCaption(const seg::PerformanceComparison &data);
