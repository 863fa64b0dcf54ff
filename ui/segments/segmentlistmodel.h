#pragma once

#include "repository/segmentrecord.h"
#include "store/connectionsettings.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

// The saved segments of one store, as the segment list shows them. Loaded in a worker
// (its own StoreSession); a newer reload discards an older one still running.
// Display text is localized; SortRole gives raw values (numbers, times) for sorting.
class SegmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Code,
        Active,
        RefreshMode,
        Members,
        LastRefresh,
        RefreshStatus,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        CodeRole
    };

    explicit SegmentListModel(QObject *parent = nullptr);
    ~SegmentListModel() override;

    void setStore(const seg::ConnectionSettings &settings);
    void reload();
    bool isLoading() const { return m_loading; } // until the rows of the last reload are in

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const seg::SegmentRecord &record(int row) const { return m_records.at(row); }
    QList<seg::SegmentRecord> records() const { return m_records; }
    int rowOfCode(const QString &code) const;
    qint64 totalMembers() const;

    static QString refreshStatusText(const QString &status);

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void applyLoaded(const QList<seg::SegmentRecord> &records);

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    QList<seg::SegmentRecord> m_records;
    QFutureWatcher<seg::Result<QList<seg::SegmentRecord>>> m_watcher;
    int m_generation = 0;
    int m_watchedGeneration = 0;
    int m_work = 0;
    bool m_loading = false;
};
