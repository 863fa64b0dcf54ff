#pragma once

#include "reports/salesreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the sales charts plot.
enum class SalesMetric
{
    GrandTotal,
    Subtotal,
    Orders,
    CustomersOrdered,
    AverageOrderValue,
    Quantity,
    Discount,
    Shipping,
    Tax,
    Refunded
};

class SalesMetrics
{
    Q_DECLARE_TR_FUNCTIONS(SalesMetrics)
public:
    static QList<SalesMetric> all();
    static QString label(SalesMetric metric);
    static bool isMoney(SalesMetric metric);
    static bool isCount(SalesMetric metric); // whole numbers: orders, customers
    static double value(const seg::SalesFigures &figures, SalesMetric metric);
};

// Money and numbers as the dashboard shows them: the store's base currency with its symbol
// where it has a well-known one ("£1,234.50"), else the code ("CHF 1,234.50").
class MoneyFormat
{
public:
    explicit MoneyFormat(QString currencyCode = QStringLiteral("USD"));
    const QString &currencyCode() const { return m_code; }
    QString symbol() const;
    QString money(double value) const;      // two decimals
    QString moneyShort(double value) const; // axis ticks: "£12.5k", "£1.2M"
    static QString number(double value, int decimals = 0);
    static QString percent(double value); // "12.3 %"
    QString metricValue(SalesMetric metric, double value) const;

private:
    QString m_code;
};
