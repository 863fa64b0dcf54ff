#include "support/connectionprofile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

QString ConnectionProfile::displayName() const
{
    if (!name.isEmpty()) return name;
    if (settings.dialect == seg::Dialect::Sqlite) return QFileInfo(settings.path).fileName();
    return QCoreApplication::translate("ConnectionProfile", "%1 on %2")
        .arg(settings.database, settings.host);
}

bool ConnectionProfile::sameStoreAs(const ConnectionProfile &other) const
{
    const seg::ConnectionSettings &a = settings, &b = other.settings;
    if (a.dialect != b.dialect || a.tablePrefix != b.tablePrefix) return false;
    if (a.dialect == seg::Dialect::Sqlite)
        return QFileInfo(a.path).absoluteFilePath() == QFileInfo(b.path).absoluteFilePath();
    return a.host == b.host && a.port == b.port && a.database == b.database && a.user == b.user;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
