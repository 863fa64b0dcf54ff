#pragma once

#include "net/syncrepository.h"

#include <QAbstractTableModel>

// The members one sync run could not send: member, email, action (add or remove), reason.
class SyncFailureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MemberColumn,
        EmailColumn,
        ActionColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit SyncFailureTableModel(QObject *parent = nullptr);

    void setFailures(const QList<seg::SyncFailure> &failures);
    void clear() { setFailures({}); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<seg::SyncFailure> m_failures;
};
