#pragma once

#include "dashboard/chartbuilders.h"

#include <QColor>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Turns the plain chart data into Qt Charts items on `chart` (its old series and axes are
// removed), with tooltips showing the exact values.
namespace chartrender {

QColor seriesColor(int index);
void clear(QChart *chart);
void drawBars(QChart *chart, const BarChartData &data);
void drawLines(QChart *chart, const LineChartData &data);
void drawSizes(QChart *chart, const SizeChartData &data);
void styleChart(QChart *chart);

} // namespace chartrender
