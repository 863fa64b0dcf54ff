#include "dashboard/salesmetric.h"

#include <QLocale>

#include <cmath>

QList<SalesMetric> SalesMetrics::all()
{
    return {SalesMetric::GrandTotal,       SalesMetric::Subtotal,          SalesMetric::Orders,
            SalesMetric::CustomersOrdered, SalesMetric::AverageOrderValue, SalesMetric::Quantity,
            SalesMetric::Discount,         SalesMetric::Shipping,          SalesMetric::Tax,
            SalesMetric::Refunded};
}

QString SalesMetrics::label(SalesMetric metric)
{
    switch (metric) {
    case SalesMetric::GrandTotal:
        return tr("Grand total");
    case SalesMetric::Subtotal:
        return tr("Subtotal");
    case SalesMetric::Orders:
        return tr("Orders");
    case SalesMetric::CustomersOrdered:
        return tr("Customers who ordered");
    case SalesMetric::AverageOrderValue:
        return tr("Average order value");
    case SalesMetric::Quantity:
        return tr("Quantity");
    case SalesMetric::Discount:
        return tr("Discount");
    case SalesMetric::Shipping:
        return tr("Shipping");
    case SalesMetric::Tax:
        return tr("Tax");
    case SalesMetric::Refunded:
        return tr("Refunded");
    }
    return {};
}

bool SalesMetrics::isMoney(SalesMetric metric)
{
    return !isCount(metric) && metric != SalesMetric::Quantity;
}

bool SalesMetrics::isCount(SalesMetric metric)
{
    return metric == SalesMetric::Orders || metric == SalesMetric::CustomersOrdered;
}

double SalesMetrics::value(const seg::SalesFigures &f, SalesMetric metric)
{
    switch (metric) {
    case SalesMetric::GrandTotal:
        return f.grandTotal;
    case SalesMetric::Subtotal:
        return f.subtotal;
    case SalesMetric::Orders:
        return double(f.orders);
    case SalesMetric::CustomersOrdered:
        return double(f.customersOrdered);
    case SalesMetric::AverageOrderValue:
        return f.aov();
    case SalesMetric::Quantity:
        return f.qty;
    case SalesMetric::Discount:
        return f.discount;
    case SalesMetric::Shipping:
        return f.shipping;
    case SalesMetric::Tax:
        return f.tax;
    case SalesMetric::Refunded:
        return f.refunded;
    }
    return 0;
}

MoneyFormat::MoneyFormat(QString currencyCode) : m_code(currencyCode.trimmed().toUpper())
{
    if (m_code.isEmpty()) m_code = QStringLiteral("USD");
}

QString MoneyFormat::symbol() const
{
    static const QHash<QString, QString> symbols = {
        {"USD", "$"},   {"EUR", "€"}, {"GBP", "£"},  {"JPY", "¥"},   {"CNY", "¥"},
        {"INR", "₹"},   {"KRW", "₩"}, {"AUD", "A$"}, {"CAD", "CA$"}, {"NZD", "NZ$"},
        {"BRL", "R$"},  {"ILS", "₪"}, {"TRY", "₺"},  {"UAH", "₴"},   {"PLN", "zł"},
        {"RUB", "₽"}, {"VND", "₫"}, {"PHP", "₱"},  {"NGN", "₦"}};
    return symbols.value(m_code);
}

namespace {
QString withSymbol(const QString &symbol, const QString &code, const QString &amount, bool negative)
{
    const QString sign = negative ? QStringLiteral("−") : QString();
    if (symbol.isEmpty()) return QStringLiteral("%1%2 %3").arg(sign, code, amount);
    return QStringLiteral("%1%2%3").arg(sign, symbol, amount);
}
} // namespace

QString MoneyFormat::money(double value) const
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return withSymbol(symbol(), m_code, QLocale().toString(std::fabs(rounded), 'f', 2),
                      rounded < 0);
}

QString MoneyFormat::moneyShort(double value) const
{
    const double a = std::fabs(value);
    QString amount;
    if (a >= 1e6)
        amount = QLocale().toString(a / 1e6, 'f', a >= 1e7 ? 0 : 1) + QStringLiteral("M");
    else if (a >= 1e4)
        amount = QLocale().toString(a / 1e3, 'f', 0) + QStringLiteral("k");
    else if (a >= 1e3)
        amount = QLocale().toString(a / 1e3, 'f', 1) + QStringLiteral("k");
    else
        amount = QLocale().toString(a, 'f', 0);
    return withSymbol(symbol(), m_code, amount, value < 0);
}

QString MoneyFormat::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString MoneyFormat::percent(double value)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(value, 'f', 1));
}

QString MoneyFormat::metricValue(SalesMetric metric, double value) const
{
    if (SalesMetrics::isMoney(metric)) return money(value);
    if (SalesMetrics::isCount(metric)) return number(value, 0);
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    return number(value, whole ? 0 : 2);
}
