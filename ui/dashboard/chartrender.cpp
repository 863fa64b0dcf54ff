#include "dashboard/chartrender.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace chartrender {

QColor seriesColor(int index)
{
    // Tableau 10: distinguishable, also for most colour-blind readers.
    static const QList<QColor> palette = {
        QColor(0x4e79a7), QColor(0xf28e2b), QColor(0x59a14f), QColor(0xe15759), QColor(0x76b7b2),
        QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
    return palette[index % palette.size()];
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void styleChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont title = chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

namespace {

QValueAxis *valueAxis(const ValueAxisData &data)
{
    // A category axis on values lets every tick carry a formatted label ("£12.5k").
    auto *axis = new QCategoryAxis;
    axis->setRange(0, data.max);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < data.tickLabels.size(); ++i) {
        const double v = data.tickCount > 1 ? data.max * i / (data.tickCount - 1) : 0.0;
        axis->append(data.tickLabels[i], v);
    }
    axis->setTitleText(data.title);
    axis->setGridLineVisible(true);
    QPen grid = axis->gridLinePen();
    grid.setColor(QColor(0xe3e3e3));
    axis->setGridLinePen(grid);
    return axis;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

void drawBars(QChart *chart, const BarChartData &data)
{
    clear(chart);
    chart->setTitle(data.title);
    auto *series = new QBarSeries;
    for (int s = 0; s < data.sets.size(); ++s) {
        const BarChartData::Set &source = data.sets[s];
        auto *set = new QBarSet(
            s == 0
                ? source.label
                : QCoreApplication::translate("ChartRender", "%1 (comparison)").arg(source.label));
        for (double v : source.values)
            *set << v;
        set->setColor(s == 0 ? QColor(0x4e79a7) : QColor(0xa0cbe8));
        set->setBorderColor(set->color().darker(115));
        set->setLabelColor(QColor(0x333333));
        QObject::connect(set, &QBarSet::hovered, set, [tips = source.tooltips](bool on, int index) {
            if (on)
                showTip(tips.value(index));
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    series->setBarWidth(data.sets.size() > 1 ? 0.8 : 0.6);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(data.categories);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(data.axis);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void drawLines(QChart *chart, const LineChartData &data)
{
    clear(chart);
    chart->setTitle(
        data.legendNote.isEmpty()
            ? data.title
            : QStringLiteral("%1<br><span style=\"font-size:small; font-weight:normal\">%2</span>")
                  .arg(data.title.toHtmlEscaped(), data.legendNote.toHtmlEscaped()));
    auto *x = new QCategoryAxis;
    x->setRange(0, std::max(1, data.points - 1));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const auto &label : data.xLabels)
        x->append(label.second, label.first);
    QPen grid = x->gridLinePen();
    grid.setColor(QColor(0xeeeeee));
    x->setGridLinePen(grid);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(data.axis);
    chart->addAxis(y, Qt::AlignLeft);
    for (const LineChartData::Line &line : data.lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        for (int i = 0; i < line.values.size(); ++i)
            series->append(i, line.values[i]);
        QPen pen(line.comparison ? seriesColor(line.colorIndex).lighter(130)
                                 : seriesColor(line.colorIndex));
        pen.setWidthF(line.comparison ? 1.6 : 2.4);
        if (line.comparison) pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(data.points <= 40);
        QObject::connect(
            series, &QLineSeries::hovered, series,
            [tips = line.tooltips](const QPointF &p, bool on) {
                if (on)
                    showTip(tips.value(qBound(0, int(std::lround(p.x())), int(tips.size()) - 1)));
                else
                    QToolTip::hideText();
            });
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        // One legend entry per segment: the dashed comparison line shares its colour.
        if (line.comparison)
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void drawSizes(QChart *chart, const SizeChartData &data)
{
    clear(chart);
    chart->setTitle(data.title);
    auto *x = new QDateTimeAxis;
    const bool longSpan = data.maxTime - data.minTime > 3LL * 24 * 3600 * 1000;
    x->setFormat(longSpan ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(data.minTime, QTimeZone::utc()).toLocalTime(),
                QDateTime::fromMSecsSinceEpoch(data.maxTime, QTimeZone::utc()).toLocalTime());
    x->setTickCount(6);
    x->setTitleText(QCoreApplication::translate("ChartRender", "Refreshed at"));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(data.axis);
    chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < data.lines.size(); ++i) {
        const SizeChartData::Line &line = data.lines[i];
        auto *series = new QLineSeries;
        series->setName(line.name);
        for (const QPointF &p : line.points) {
            // Local time on the axis, like the rest of the desktop.
            const QDateTime local =
                QDateTime::fromMSecsSinceEpoch(qint64(p.x()), QTimeZone::utc()).toLocalTime();
            series->append(double(local.toMSecsSinceEpoch()), p.y());
        }
        QPen pen(seriesColor(i));
        pen.setWidthF(2.4);
        series->setPen(pen);
        series->setPointsVisible(line.points.size() <= 60);
        const QString name = line.name;
        QObject::connect(series, &QLineSeries::hovered, series, [name](const QPointF &p, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(p.x()));
            showTip(QCoreApplication::translate("ChartRender", "%1\n%2: %3 members")
                        .arg(name, QLocale().toString(at, QLocale::ShortFormat),
                             QLocale().toString(qint64(std::llround(p.y())))));
        });
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace chartrender
