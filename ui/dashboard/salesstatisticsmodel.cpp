#include "dashboard/salesstatisticsmodel.h"

#include "reports/salestableexport.h"

#include <QFont>

#include <cmath>

SalesStatisticsModel::SalesStatisticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SalesStatisticsModel::setReport(const seg::SalesReportResult &report,
                                     const MoneyFormat &format)
{
    beginResetModel();
    m_report = report;
    m_format = format;
    m_has = true;
    endResetModel();
}

void SalesStatisticsModel::clear()
{
    beginResetModel();
    m_report = {};
    m_has = false;
    endResetModel();
}

int SalesStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_has ? 0 : int(m_report.rows.size()) + 1;
}

int SalesStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesStatisticsModel::raw(int row, int column) const
{
    const bool total = row == m_report.rows.size();
    const seg::SalesFigures &f = total ? m_report.store : m_report.rows[row].figures;
    switch (column) {
    case Segment:
        return total ? seg::SalesTableExport::allCustomersLabel()
                     : (m_report.rows[row].name.isEmpty() ? m_report.rows[row].code
                                                          : m_report.rows[row].name);
    case Customers:
        return f.customers;
    case CustomersPct:
        return total ? 100.0 : m_report.customersPct(f);
    case Orders:
        return f.orders;
    case OrdersPct:
        return total ? 100.0 : m_report.ordersPct(f);
    case Quantity:
        return f.qty;
    case Discount:
        return f.discount;
    case Shipping:
        return f.shipping;
    case Tax:
        return f.tax;
    case Refunded:
        return f.refunded;
    case Subtotal:
        return f.subtotal;
    case GrandTotal:
        return f.grandTotal;
    case Aov:
        return f.aov();
    }
    return {};
}

QVariant SalesStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_has) return {};
    const int row = index.row(), column = index.column();
    const bool total = row == m_report.rows.size();
    switch (role) {
    case SortRole:
        return raw(row, column);
    case TotalRowRole:
        return total;
    case Qt::DisplayRole: {
        const QVariant v = raw(row, column);
        switch (column) {
        case Segment:
            return v;
        case Customers:
        case Orders:
            return MoneyFormat::number(v.toDouble());
        case CustomersPct:
        case OrdersPct:
            return MoneyFormat::percent(v.toDouble());
        case Quantity:
            return MoneyFormat::number(v.toDouble(),
                                       v.toDouble() == std::round(v.toDouble()) ? 0 : 2);
        default:
            return m_format.money(v.toDouble());
        }
    }
    case Qt::TextAlignmentRole:
        return column == Segment ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (total)
            return tr("Every order of the period with the chosen statuses, and all customers of "
                      "the store (registered and guests): "
                      "the base of the percentages. Segments may overlap, so their rows do not add "
                      "up to it.");
        if (column == Segment) return m_report.rows[row].code;
        return {};
    }
    return {};
}

QVariant SalesStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Customers:
            return tr("Current members of the segment");
        case CustomersPct:
            return tr("Members as a share of all customers of the store");
        case Orders:
            return tr("The members' orders in the period with the chosen statuses");
        case OrdersPct:
            return tr("Share of all orders in the period with the chosen statuses");
        case Discount:
            return tr("Discounts granted, as a positive amount");
        case Aov:
            return tr("Average order value: grand total / orders");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Segment:
        return tr("Segment");
    case Customers:
        return tr("Customers");
    case CustomersPct:
        return tr("% customers");
    case Orders:
        return tr("Orders");
    case OrdersPct:
        return tr("% orders");
    case Quantity:
        return tr("Qty");
    case Discount:
        return tr("Discount");
    case Shipping:
        return tr("Shipping");
    case Tax:
        return tr("Tax");
    case Refunded:
        return tr("Refunded");
    case Subtotal:
        return tr("Subtotal");
    case GrandTotal:
        return tr("Grand total");
    case Aov:
        return tr("AOV");
    }
    return {};
}

bool SalesStatisticsSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotal = left.data(SalesStatisticsModel::TotalRowRole).toBool();
    const bool rightTotal = right.data(SalesStatisticsModel::TotalRowRole).toBool();
    if (leftTotal != rightTotal) // the totals row sorts last whichever the order
        return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
    const QVariant a = left.data(SalesStatisticsModel::SortRole),
                   b = right.data(SalesStatisticsModel::SortRole);
    if (a.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}
