#pragma once

#include "dashboard/performancebuilders.h"

#include <QFrame>

// One segment's KPI card on the Performance tab: its name, then each figure as a caption, a
// large value and its change (green when better, red when worse).
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const KpiTileData &data, QWidget *parent = nullptr);
    const KpiTileData &data() const { return m_data; }

private:
    KpiTileData m_data;
};
