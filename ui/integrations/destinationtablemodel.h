#pragma once

#include "net/destination.h"
#include "net/syncrepository.h"

#include <QAbstractTableModel>
#include <QHash>

// The push destinations as rows: name, tool, audience or list, last sync, its result. It
// adapts what DestinationsPane loaded and nothing else.
class DestinationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ToolColumn,
        ListColumn,
        LastSyncColumn,
        ResultColumn,
        ColumnCount
    };

    explicit DestinationTableModel(QObject *parent = nullptr);

    // `lastRuns`: each destination's latest sync, by destination id.
    void setDestinations(const QList<seg::Destination> &destinations,
                         const QHash<qint64, seg::SyncRun> &lastRuns);
    const seg::Destination &destination(int row) const { return m_destinations.at(row); }
    int rowOf(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<seg::Destination> m_destinations;
    QHash<qint64, seg::SyncRun> m_lastRuns;
};
