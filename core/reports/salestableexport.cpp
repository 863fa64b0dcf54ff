#include "reports/salestableexport.h"

#include "export/csvwriter.h"
#include "export/exportcolumns.h"
#include "export/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>
#include <memory>

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
    return QString::number(std::round(v * 10000.0) / 10000.0, 'f', 4);
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

Status writeAll(ExportWriter &writer, const SalesReportResult &report)
{
    if (Status s = writer.begin(columns()); !s) return s;
    for (const SalesRow &row : report.rows)
        if (Status s = writer.row(rowValues(row.name.isEmpty() ? row.code : row.name, row.figures,
                                            report.customersPct(row.figures),
                                            report.ordersPct(row.figures)));
            !s)
            return s;
    if (Status s = writer.row(rowValues(SalesTableExport::allCustomersLabel(), report.store,
                                        report.store.customers > 0 ? 100.0 : 0.0,
                                        report.store.orders > 0 ? 100.0 : 0.0));
        !s)
        return s;
    return writer.finish();
}

} // namespace

QString SalesTableExport::allCustomersLabel()
{
    return tr("All customers");
}

Status SalesTableExport::write(const SalesReportResult &report, Format format, const QString &path)
{
    if (format == Format::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{
                {}, tr("cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
        CsvOptions options;
        options.bom = true; // Excel opens it as UTF-8
        CsvExportWriter writer(&file, options);
        if (Status s = writeAll(writer, report); !s) {
            file.cancelWriting();
            return s;
        }
        if (!file.commit())
            return Error{
                {}, tr("cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
        return success();
    }
    const QFileInfo target(path);
    const QString temporary =
        target.dir().filePath(QStringLiteral(".%1.partial").arg(target.fileName()));
    {
        XlsxExportWriter writer(temporary);
        if (Status s = writeAll(writer, report); !s) {
            QFile::remove(temporary);
            return s;
        }
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error{{}, tr("cannot write %1").arg(path), ErrorCode::Io};
    }
    return success();
}

} // namespace seg
