#pragma once

#include "common/result.h"

#include <QString>

namespace seg {

struct StoreSession;

// The store's base currency (ISO 4217 code), which the base_* order columns are in:
// Magento's currency/options/base setting (core_config_data, default scope) when the store
// has that table, else the commonest base_currency_code of the latest 1,000 orders, else
// `fallback`.
class StoreCurrency
{
public:
    static Result<QString> baseCurrency(const StoreSession &session,
                                        const QString &fallback = QStringLiteral("USD"));
};

} // namespace seg
