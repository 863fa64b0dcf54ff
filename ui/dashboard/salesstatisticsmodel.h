#pragma once

#include "dashboard/salesmetric.h"
#include "reports/salesreport.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The statistics table under the sales chart: one row per segment and a last row for all
// customers of the store (the base of the percentages). SortRole gives raw numbers.
class SalesStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Segment,
        Customers,
        CustomersPct,
        Orders,
        OrdersPct,
        Quantity,
        Discount,
        Shipping,
        Tax,
        Refunded,
        Subtotal,
        GrandTotal,
        Aov,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int TotalRowRole = Qt::UserRole + 2;

    explicit SalesStatisticsModel(QObject *parent = nullptr);

    void setReport(const seg::SalesReportResult &report, const MoneyFormat &format);
    void clear();
    const seg::SalesReportResult &report() const { return m_report; }
    bool hasReport() const { return m_has; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant raw(int row, int column) const;
    seg::SalesReportResult m_report;
    MoneyFormat m_format;
    bool m_has = false;
};

// Sorts the segment rows by SortRole and keeps the all-customers row last.
class SalesStatisticsSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
