#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

namespace seg {

// Creates the Magento 2.4 tables the engine reads (schema transcribed from Magento's
// declarative schema, see resources/schema/) on an empty database, with a table prefix.
// For demo stores and tests only: it never touches an existing Magento database.
class SchemaInstaller
{
public:
    static Status install(const StoreConnection &connection, const QString &tablePrefix);
    static QStringList statements(Dialect dialect, const QString &tablePrefix);
};

} // namespace seg
