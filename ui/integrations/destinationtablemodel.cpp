#include "integrations/destinationtablemodel.h"

#include "integrations/integrationstext.h"

#include <QColor>

using namespace seg;

DestinationTableModel::DestinationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DestinationTableModel::setDestinations(const QList<Destination> &destinations,
                                            const QHash<qint64, SyncRun> &lastRuns)
{
    beginResetModel();
    m_destinations = destinations;
    m_lastRuns = lastRuns;
    endResetModel();
}

int DestinationTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_destinations.size(); ++row)
        if (m_destinations.at(row).name == name) return row;
    return -1;
}

int DestinationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_destinations.size());
}

int DestinationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestinationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Destination &d = m_destinations.at(index.row());
    const auto last = m_lastRuns.constFind(d.id);
    const bool synced = last != m_lastRuns.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case ToolColumn:
            return IntegrationsText::kind(d.kind);
        case ListColumn:
            if (d.isWebhook())
                return tr("%1 → %2").arg(d.events.join(QStringLiteral(", ")), d.baseUrl);
            return d.listId;
        case LastSyncColumn:
            return synced ? tr("%1 · %2").arg(IntegrationsText::localTime(last->startedAt),
                                              last->segmentCode)
                          : tr("never");
        case ResultColumn:
            return synced ? IntegrationsText::runStatus(last->status) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ListColumn) return d.baseUrl;
        if (index.column() == ResultColumn && synced && !last->error.isEmpty()) return last->error;
        break;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && synced &&
            (last->status == QLatin1String("failed") || last->status == QLatin1String("partial")))
            return QColor(0xb0, 0x00, 0x20);
        break;
    }
    return {};
}

QVariant DestinationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ToolColumn:
        return tr("Tool");
    case ListColumn:
        return tr("Audience / list / URL");
    case LastSyncColumn:
        return tr("Last sync");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}
