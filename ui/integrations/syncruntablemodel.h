#pragma once

#include "net/syncrepository.h"

#include <QAbstractTableModel>
#include <QHash>

// The sync history as rows, newest first: started, destination, segment, result, added,
// removed, refused, retries, problem. A preview shows its planned counts in parentheses.
class SyncRunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartedColumn,
        DestinationColumn,
        SegmentColumn,
        ResultColumn,
        AddedColumn,
        RemovedColumn,
        RefusedColumn,
        RetriesColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit SyncRunTableModel(QObject *parent = nullptr);

    // `destinationNames`: destination id -> name.
    void setRuns(const QList<seg::SyncRun> &runs, const QHash<qint64, QString> &destinationNames);
    const seg::SyncRun &run(int row) const { return m_runs.at(row); }
    int rowOf(qint64 runId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<seg::SyncRun> m_runs;
    QHash<qint64, QString> m_destinationNames;
};
