#pragma once

#include "net/apitokenrepository.h"

#include <QAbstractTableModel>

// The REST API's tokens: name, access (read only, or read + refresh), created. The secrets
// are never here: the store keeps only their hashes.
class ApiTokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AccessColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit ApiTokenTableModel(QObject *parent = nullptr);

    void setTokens(const QList<seg::ApiToken> &tokens);
    const seg::ApiToken &token(int row) const { return m_tokens.at(row); }
    int rowOf(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<seg::ApiToken> m_tokens;
};
