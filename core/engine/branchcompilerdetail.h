#pragma once
// Private to core/engine: small pieces shared by the branch compiler's files
// (branchcompiler.cpp, branchcompilerscopes.cpp).

#include "engine/branchcompiler.h"

namespace seg::branchdetail {

inline const QString kCustomer = QStringLiteral("customer");

// customer_entity columns read as they are.
inline const QStringList kCustomerColumns = {
    "email",        "firstname",     "lastname",     "middlename", "prefix",
    "suffix",       "gender",        "dob",          "created_at", "updated_at",
    "group_id",     "website_id",    "store_id",     "created_in", "is_active",
    "failures_num", "first_failure", "lock_expires", "taxvat"};

inline const QStringList kAddressColumns = {"country_id", "region",   "region_id", "city",
                                            "postcode",   "street",   "telephone", "company",
                                            "firstname",  "lastname", "vat_id",    "vat_is_valid"};

inline ValueExpr column(const QString &expr, bool nullable = true)
{
    return ValueExpr{SqlText(expr), nullable, false};
}

inline QVariantList intParams(const QList<int> &ids)
{
    QVariantList out;
    for (int id : ids)
        out << QVariant::fromValue(qint64(id));
    return out;
}

inline QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

inline Error unknownAttribute(const ConditionNode &node)
{
    return Error{{},
                 QStringLiteral("unknown %1 attribute \"%2\"").arg(node.type, node.attribute),
                 ErrorCode::InvalidDefinition};
}

// For a count of rows: whether the test holds for every count >= 1, and for none.
struct CountShape
{
    bool allPositive = false;
    bool nonePositive = false;
};

inline CountShape countShape(const AttributeSpec &spec, const Comparison &c)
{
    const QString &op = c.op;
    const double v = c.value.toDouble();
    CountShape out;
    if (op == QLatin1String(">") || op == QLatin1String(">="))
        out.allPositive = holdsForNumber(1, spec, c);
    else if (op == QLatin1String("<") || op == QLatin1String("<="))
        out.nonePositive = !holdsForNumber(1, spec, c);
    else if (op == QLatin1String("=="))
        out.nonePositive = v < 1;
    else if (op == QLatin1String("!="))
        out.allPositive = v < 1;
    else if (op == QLatin1String("is_not_empty"))
        out.allPositive = true;
    else if (op == QLatin1String("is_empty"))
        out.nonePositive = true;
    return out;
}

} // namespace seg::branchdetail
