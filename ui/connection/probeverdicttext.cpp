#include "probeverdicttext.h"

#include <QLocale>

using V = seg::ProbeResult::Verdict;

QString ProbeVerdictText::headline(const seg::ProbeResult &result)
{
    switch (result.verdict) {
    case V::Ok:
        return tr("Connected");
    case V::FileMissing:
        return tr("File not found");
    case V::DriverMissing:
        return tr("Database driver missing");
    case V::HostUnreachable:
        return tr("Host unreachable");
    case V::LoginRefused:
        return tr("Login refused");
    case V::DatabaseMissing:
        return tr("Database not found");
    case V::NotMagento:
        return tr("Not a Magento schema");
    case V::MissingTables:
        return tr("Missing tables");
    case V::Failed:
        return tr("Connection failed");
    }
    return {};
}

QString ProbeVerdictText::explanation(const seg::ProbeResult &result,
                                      const seg::ConnectionSettings &settings)
{
    const QLocale locale;
    switch (result.verdict) {
    case V::Ok:
        if (!result.serverVersion.isEmpty())
            return tr("A Magento 2 store with %1 customers (server %2).")
                .arg(locale.toString(result.customers),
                     result.serverVersion.section(QLatin1Char(' '), 0, 1));
        return tr("A Magento 2 store with %1 customers.").arg(locale.toString(result.customers));
    case V::FileMissing:
        return tr("There is no store file at %1.").arg(settings.path);
    case V::DriverMissing:
        return tr("The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or "
                  "libqt6sql6-psql).")
            .arg(result.detail);
    case V::HostUnreachable:
        return tr("Nothing answers at %1:%2. Check the host name and the port, and that the "
                  "database server is running "
                  "and reachable from this computer.")
            .arg(settings.host)
            .arg(settings.port);
    case V::LoginRefused:
        return tr("The server answered but refused user \"%1\": check the user name and the "
                  "password.")
            .arg(settings.user);
    case V::DatabaseMissing:
        return tr("The server has no database named \"%1\" (or this user may not use it).")
            .arg(settings.database);
    case V::NotMagento:
        return settings.tablePrefix.isEmpty()
                   ? tr("None of Magento's tables are in this database. Is it the right database, "
                        "or do its tables "
                        "have a prefix?")
                   : tr("None of Magento's tables with the prefix \"%1\" are in this database. "
                        "Check the table prefix.")
                         .arg(settings.tablePrefix);
    case V::MissingTables:
        return tr("This Magento schema lacks %n table(s) Segmentor reads: %1.", nullptr,
                  int(result.missingTables.size()))
            .arg(result.missingTables.join(QStringLiteral(", ")));
    case V::Failed:
        return tr("The database said: %1").arg(result.detail);
    }
    return {};
}
