#include "dashboard/reporttablemodel.h"

#include "dashboard/salesmetric.h"

#include <QDateTime>
#include <QLocale>

using seg::ExportColumnType;

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const seg::ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({});
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() ||
        index.column() >= m_table.columns.size())
        return {};
    const QVariant raw = m_table.rows[index.row()].value(index.column());
    const ExportColumnType type = m_table.columns[index.column()].type;
    switch (role) {
    case Qt::DisplayRole:
        switch (type) {
        case ExportColumnType::Integer:
            return MoneyFormat::number(raw.toDouble());
        case ExportColumnType::Money:
            return MoneyFormat::number(raw.toDouble(), 2);
        case ExportColumnType::DateTime:
            return raw.isNull()
                       ? QString()
                       : QLocale().toString(raw.toDateTime().toLocalTime(), QLocale::ShortFormat);
        case ExportColumnType::Text:
            return raw.toString();
        }
        return {};
    case Qt::TextAlignmentRole:
        return type == ExportColumnType::Integer || type == ExportColumnType::Money
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return type == ExportColumnType::Money ? QVariant(raw.toDouble()) : raw;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole ||
        section >= m_table.columns.size())
        return {};
    return m_table.columns[section].label;
}
