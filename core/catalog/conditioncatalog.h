#pragma once

#include "catalog/nodekind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seg {

enum class ValueKind
{
    String,
    Number,
    Date,
    DateTime,
    Bool,
    Enum,
    Id
};

QString valueKindName(ValueKind kind); // "a string", "a number", ...

// How a number attribute is derived, which the compiler must know to translate it.
enum class Derivation
{
    Stored,           // read as it is
    DaysSince,        // (as-of − timestamp) in days: days_since_*
    Age,              // whole years from dob
    DaysUntilBirthday // days to the next birthday (Feb 29 → Feb 28 in other years)
};

struct EnumOption
{
    QString code;  // what the definition says: "male"
    int stored;    // what the database holds: 1
    QString label; // what the builder shows
};

struct AttributeSpec
{
    QString code;
    QString label;
    ValueKind kind = ValueKind::String;
    Derivation derivation = Derivation::Stored;
    QList<EnumOption> options; // enum kind only
    QStringList sources;       // product attributes: the sources that have it (empty = all)

    std::optional<int> storedEnumValue(const QString &code) const;
};

// A condition type as the builder's palette shows it.
struct ConditionTypeSpec
{
    QString id;       // "customer", "address", "orders", "products:ordered", "cart", "segment"
    QString category; // palette group: Customer, Address, Orders and lifetime value, ...
    QString label;
    NodeKind kind;
};

// The single source of truth for entities, attributes, operators and value kinds.
// The validator, compiler, evaluator and builder all read it.
class ConditionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(seg::ConditionCatalog)
public:
    static const ConditionCatalog &instance();

    // Leaf entities: customer, address, order, cart, product. Orders metrics via metric().
    const AttributeSpec *attribute(const QString &entity, const QString &code) const;
    const QList<AttributeSpec> &attributes(const QString &entity) const;
    const AttributeSpec *metric(const QString &code) const;
    const QList<AttributeSpec> &metrics() const { return m_metrics; }

    static QStringList operatorsFor(ValueKind kind);
    static bool
    isNegativeOperator(const QString &op); // !=, not_in, not_contains, not_within_last_days
    static bool takesNoValue(const QString &op)
    {
        return op == QLatin1String("is_empty") || op == QLatin1String("is_not_empty");
    }
    static QString operatorLabel(const QString &op);
    // The catalog stores its labels, categories and enum option labels in English (QT_TR_NOOP,
    // context seg::ConditionCatalog) so that they follow the translator installed at the time
    // they are shown: pass them through displayLabel() wherever a user sees them. Labels the
    // catalog does not know (a store's custom attribute) come back unchanged.
    static QString displayLabel(const QString &english);

    static QStringList addressKinds()
    {
        return {QStringLiteral("billing"), QStringLiteral("shipping"), QStringLiteral("any")};
    }
    static QStringList productSources()
    {
        return {QStringLiteral("cart"), QStringLiteral("wishlist"), QStringLiteral("ordered"),
                QStringLiteral("viewed")};
    }

    // RFM scores (recency, frequency, monetary) and the "of" of a products count (rows, qty,
    // amount, orders) with their English labels (displayLabel translates them).
    static QStringList rfmScores()
    {
        return {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary")};
    }
    static QString rfmScoreLabel(const QString &score);
    static QStringList countOfKinds()
    {
        return {QStringLiteral("rows"), QStringLiteral("qty"), QStringLiteral("amount"),
                QStringLiteral("orders")};
    }
    static QString countOfLabel(const QString &of);
    // The products sources a count "of" applies to: rows all; qty where items have a
    // quantity; amount ordered and cart; orders ordered only.
    static QStringList countOfSources(const QString &of);

    const QList<ConditionTypeSpec> &conditionTypes() const { return m_types; }

private:
    ConditionCatalog();
    QList<AttributeSpec> m_customer, m_address, m_order, m_cart, m_product, m_metrics;
    QList<ConditionTypeSpec> m_types;
};

} // namespace seg
