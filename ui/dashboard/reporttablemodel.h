#pragma once

#include "reports/reporttablefile.h"

#include <QAbstractTableModel>

// A dashboard table (seg::ReportTable, the same rows an export writes) for a QTableView:
// numbers right-aligned and grouped, money and rates with two decimals, dates local. The raw
// value is the sort role so a proxy sorts numbers as numbers.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReportTableModel(QObject *parent = nullptr);
    void setTable(const seg::ReportTable &table);
    void clear();
    const seg::ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    seg::ReportTable m_table;
};
