#include "integrations/syncruntablemodel.h"

#include "integrations/integrationstext.h"

#include <QColor>

using namespace seg;

SyncRunTableModel::SyncRunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SyncRunTableModel::setRuns(const QList<SyncRun> &runs,
                                const QHash<qint64, QString> &destinationNames)
{
    beginResetModel();
    m_runs = runs;
    m_destinationNames = destinationNames;
    endResetModel();
}

int SyncRunTableModel::rowOf(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == runId) return row;
    return -1;
}

int SyncRunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncRunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &r = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StartedColumn:
            return IntegrationsText::localTime(r.startedAt);
        case DestinationColumn:
            return m_destinationNames.value(r.destinationId);
        case SegmentColumn:
            return r.segmentCode;
        case ResultColumn:
            return IntegrationsText::runStatus(r.status);
        case AddedColumn:
            return r.dryRun ? QStringLiteral("(%1)").arg(r.toAdd) : QString::number(r.added);
        case RemovedColumn:
            return r.dryRun ? QStringLiteral("(%1)").arg(r.toRemove) : QString::number(r.removed);
        case RefusedColumn:
            return QString::number(r.failed);
        case RetriesColumn:
            return QString::number(r.retries);
        case ProblemColumn:
            return r.error;
        }
        break;
    case Qt::ToolTipRole:
        if (column == ProblemColumn && !r.error.isEmpty()) return r.error;
        break;
    case Qt::TextAlignmentRole:
        if (column >= AddedColumn && column <= RetriesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ForegroundRole:
        if (column == ResultColumn && (r.status == QLatin1String("failed") || r.failed > 0))
            return QColor(0xb0, 0x00, 0x20);
        break;
    }
    return {};
}

QVariant SyncRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case DestinationColumn:
        return tr("Destination");
    case SegmentColumn:
        return tr("Segment");
    case ResultColumn:
        return tr("Result");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    case RefusedColumn:
        return tr("Refused");
    case RetriesColumn:
        return tr("Retries");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}
