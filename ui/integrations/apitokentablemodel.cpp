#include "integrations/apitokentablemodel.h"

#include "integrations/integrationstext.h"

using namespace seg;

ApiTokenTableModel::ApiTokenTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ApiTokenTableModel::setTokens(const QList<ApiToken> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

int ApiTokenTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_tokens.size(); ++row)
        if (m_tokens.at(row).name == name) return row;
    return -1;
}

int ApiTokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int ApiTokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiTokenTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiToken &t = m_tokens.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return t.name;
    case AccessColumn:
        return t.canWrite ? tr("read + refresh") : tr("read only");
    case CreatedColumn:
        return IntegrationsText::localTime(t.createdAt);
    }
    return {};
}

QVariant ApiTokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Token");
    case AccessColumn:
        return tr("Access");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}
