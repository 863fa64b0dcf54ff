#pragma once

#include "dashboard/salesmetric.h"
#include "reports/overlapreport.h"
#include "reports/salesreport.h"
#include "reports/segmentsizehistory.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Plain data the dashboard's charts draw. Built by the pure functions below from the core
// report results (and tested on their output); the views only turn them into Qt Charts items.

struct ValueAxisData
{
    QString title;
    double max = 1;         // a round number above the largest value
    int tickCount = 6;      // including 0
    QStringList tickLabels; // formatted, one per tick from 0 to max
};

struct BarChartData
{
    QString title;
    QStringList categories; // segment names as axis labels, biggest value first
    QStringList codes;
    struct Set
    {
        QString label;        // the period, e.g. "1 Jan – 1 Nov 2026"
        QList<double> values; // one per category
        QStringList tooltips; // "VIP Platinum · 1 Jan – 1 Nov 2026\nGrand total: £380,517.65"
        QStringList valueLabels; // short labels drawn on the bars
    };
    QList<Set> sets; // the period, then the comparison period when there is one
    ValueAxisData axis;
};

struct LineChartData
{
    QString title;
    QString legendNote;                 // "Dashed: 1 Jan – 31 Oct 2025" when comparing
    int points = 0;                     // buckets (x = 0 .. points-1)
    QList<QPair<int, QString>> xLabels; // the buckets that get a label, at most ~12; a
                                        // bucket the period cuts short is marked "(part)"
    QStringList bucketNames;            // every bucket, for tooltips
    struct Line
    {
        QString name;
        int colorIndex = 0;      // the segment's colour
        bool comparison = false; // drawn dashed
        QList<double> values;
        QStringList tooltips; // per point
    };
    QList<Line> lines;
    ValueAxisData axis;
};

struct SizeChartData
{
    QString title;
    struct Line
    {
        QString name;
        QList<QPointF> points; // x = msecs since epoch (UTC), y = members
    };
    QList<Line> lines;
    qint64 minTime = 0, maxTime = 0;
    ValueAxisData axis;
    bool empty = true;
};

struct OverlapGridData
{
    QStringList names;
    QStringList headers; // the names broken onto two lines when long
    QStringList codes;
    QList<QList<QString>> text; // "120\n40.0 %"; the diagonal shows the size
    QList<QList<QString>> tooltips;
    QList<QList<double>> share; // 0..1, the cell's shade
};

// A round axis maximum (1, 2, 2.5, 5 × 10^n) at or above `value`, and its tick labels.
ValueAxisData niceAxis(double value, const QString &title,
                       const std::function<QString(double)> &format);
// "1 – 31 Oct 2026", "28 Dec 2025 – 3 Jan 2026", "1 Nov 2026".
QString rangeLabel(const seg::DateRange &range);
// A segment name as an axis label (rich text): escaped, and a long one broken onto two
// lines at the space nearest the middle.
QString wrapCategory(const QString &name, int width = 12);
// The same as plain text with a line break.
QString wrapName(const QString &name, int width = 12);

BarChartData buildSalesBarChart(const seg::SalesReportResult &current,
                                const std::optional<seg::SalesReportResult> &compare,
                                SalesMetric metric, const MoneyFormat &format);
LineChartData buildSalesLineChart(const seg::SalesSeries &current,
                                  const std::optional<seg::SalesSeries> &compare,
                                  SalesMetric metric, const MoneyFormat &format);
SizeChartData buildSizeChart(const QList<seg::SizeHistoryLine> &lines);
OverlapGridData buildOverlapGrid(const seg::OverlapMatrix &matrix);
