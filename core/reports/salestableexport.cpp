#include "reports/salestableexport.h"

#include "export/exportcolumns.h"
#include "reports/reporttablefile.h"

namespace seg {

namespace {

QList<ExportColumn> columns()
{
    using T = ExportColumnType;
    return {{QStringLiteral("segment"), SalesTableExport::tr("Segment"), T::Text},
            {QStringLiteral("customers"), SalesTableExport::tr("Customers"), T::Integer},
            {QStringLiteral("customers_pct"), SalesTableExport::tr("% of all customers"), T::Money},
            {QStringLiteral("customers_ordered"), SalesTableExport::tr("Customers who ordered"),
             T::Integer},
            {QStringLiteral("orders"), SalesTableExport::tr("Orders"), T::Integer},
            {QStringLiteral("orders_pct"), SalesTableExport::tr("% of all orders"), T::Money},
            {QStringLiteral("qty"), SalesTableExport::tr("Quantity"), T::Money},
            {QStringLiteral("discount"), SalesTableExport::tr("Discount"), T::Money},
            {QStringLiteral("shipping"), SalesTableExport::tr("Shipping"), T::Money},
            {QStringLiteral("tax"), SalesTableExport::tr("Tax"), T::Money},
            {QStringLiteral("refunded"), SalesTableExport::tr("Refunded"), T::Money},
            {QStringLiteral("subtotal"), SalesTableExport::tr("Subtotal"), T::Money},
            {QStringLiteral("grand_total"), SalesTableExport::tr("Grand total"), T::Money},
            {QStringLiteral("aov"), SalesTableExport::tr("Average order value"), T::Money}};
}

QVariant money(double v)
{
    return ReportTableFile::money(v);
}

QVariantList rowValues(const QString &label, const SalesFigures &f, double customersPct,
                       double ordersPct)
{
    return {label,
            f.customers,
            money(customersPct),
            f.customersOrdered,
            f.orders,
            money(ordersPct),
            money(f.qty),
            money(f.discount),
            money(f.shipping),
            money(f.tax),
            money(f.refunded),
            money(f.subtotal),
            money(f.grandTotal),
            money(f.aov())};
}

} // namespace

QString SalesTableExport::allCustomersLabel()
{
    return tr("All customers");
}

Status SalesTableExport::write(const SalesReportResult &report, Format format, const QString &path)
{
    ReportTable table;
    table.columns = columns();
    for (const SalesRow &row : report.rows)
        table.rows << rowValues(row.name.isEmpty() ? row.code : row.name, row.figures,
                                report.customersPct(row.figures), report.ordersPct(row.figures));
    table.rows << rowValues(allCustomersLabel(), report.store,
                            report.store.customers > 0 ? 100.0 : 0.0,
                            report.store.orders > 0 ? 100.0 : 0.0);
    return ReportTableFile::write(
        table, format == Format::Csv ? ReportFileFormat::Csv : ReportFileFormat::Xlsx, path);
}

} // namespace seg
