#include "integrations/syncfailuretablemodel.h"

using namespace seg;

SyncFailureTableModel::SyncFailureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SyncFailureTableModel::setFailures(const QList<SyncFailure> &failures)
{
    beginResetModel();
    m_failures = failures;
    endResetModel();
}

int SyncFailureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int SyncFailureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncFailureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncFailure &f = m_failures.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case MemberColumn:
            return f.memberKey;
        case EmailColumn:
            return f.email;
        case ActionColumn:
            return f.operation == QLatin1String("add") ? tr("add") : tr("remove");
        case ReasonColumn:
            return f.error;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && !f.error.isEmpty())
        return f.error;
    return {};
}

QVariant SyncFailureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case EmailColumn:
        return tr("Email");
    case ActionColumn:
        return tr("Action");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}
