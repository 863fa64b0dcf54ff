#include "dashboard/kpitile.h"

#include <QGridLayout>
#include <QLabel>

KpiTile::KpiTile(const KpiTileData &data, QWidget *parent) : QFrame(parent), m_data(data)
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#kpiTile { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 6px; }"));
    setToolTip(data.tooltip);
    setMinimumWidth(250);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 8, 12, 8);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(0);
    auto *title = new QLabel(data.title, this);
    title->setStyleSheet(QStringLiteral("font-weight: 700; font-size: 11pt;"));
    grid->addWidget(title, 0, 0, 1, 2);
    // Two columns of figures: members, conversion, revenue | AOV, revenue per member.
    for (int i = 0; i < data.kpis.size(); ++i) {
        const KpiData &k = data.kpis[i];
        const int column = i < 3 ? 0 : 1;
        const int row = 1 + (i < 3 ? i : i - 3) * 3;
        auto *label = new QLabel(k.label, this);
        label->setStyleSheet(QStringLiteral("color: palette(dark); font-size: 8pt;"));
        auto *value = new QLabel(k.value, this);
        value->setObjectName(QStringLiteral("kpiValue"));
        value->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
        auto *delta = new QLabel(k.delta, this);
        const char *colour = k.trend > 0 ? "#1a7f37" : k.trend < 0 ? "#c62828" : "palette(dark)";
        delta->setStyleSheet(
            QStringLiteral("color: %1; font-size: 8pt;").arg(QLatin1String(colour)));
        grid->addWidget(label, row, column);
        grid->addWidget(value, row + 1, column);
        grid->addWidget(delta, row + 2, column);
    }
    grid->setRowStretch(grid->rowCount(), 1);
}
