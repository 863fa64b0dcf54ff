#include "support/appsettings.h"

#include <QDir>

#include <algorithm>

AppSettings::AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

int AppSettings::keepHistoryDays() const
{
    return std::max(0, m_settings.value(QStringLiteral("history/keepDays"), 0).toInt());
}

void AppSettings::setKeepHistoryDays(int days)
{
    m_settings.setValue(QStringLiteral("history/keepDays"), std::max(0, days));
}

QStringList AppSettings::gridColumns() const
{
    return m_settings.value(QStringLiteral("grid/columns")).toStringList();
}

void AppSettings::setGridColumns(const QStringList &ids)
{
    m_settings.setValue(QStringLiteral("grid/columns"), ids);
}

QString AppSettings::lastExportDir() const
{
    return m_settings.value(QStringLiteral("grid/lastExportDir")).toString();
}

void AppSettings::setLastExportDir(const QString &dir)
{
    m_settings.setValue(QStringLiteral("grid/lastExportDir"), dir);
}

QList<ConnectionProfile> AppSettings::recentConnections() const
{
    QList<ConnectionProfile> profiles;
    const int n = m_settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings.value(QStringLiteral("id")).toString();
        p.name = m_settings.value(QStringLiteral("name")).toString();
        const QString dialect = m_settings.value(QStringLiteral("dialect")).toString();
        p.settings.dialect = dialect == QLatin1String("mysql")        ? seg::Dialect::MySql
                             : dialect == QLatin1String("postgresql") ? seg::Dialect::PostgreSql
                                                                      : seg::Dialect::Sqlite;
        p.settings.path = m_settings.value(QStringLiteral("path")).toString();
        p.settings.host = m_settings.value(QStringLiteral("host")).toString();
        p.settings.port = m_settings.value(QStringLiteral("port")).toInt();
        p.settings.database = m_settings.value(QStringLiteral("database")).toString();
        p.settings.user = m_settings.value(QStringLiteral("user")).toString();
        p.settings.tablePrefix = m_settings.value(QStringLiteral("tablePrefix")).toString();
        p.settings.storeTimeZone = m_settings.value(QStringLiteral("storeTimeZone")).toString();
        p.passwordInKeychain = m_settings.value(QStringLiteral("passwordInKeychain")).toBool();
        if (!p.id.isEmpty()) profiles << p;
    }
    m_settings.endArray();
    return profiles;
}

void AppSettings::setRecentConnections(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(QStringLiteral("connections"));
    m_settings.beginWriteArray(QStringLiteral("connections"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), p.id);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("dialect"), seg::dialectName(p.settings.dialect));
        m_settings.setValue(QStringLiteral("path"), p.settings.path);
        m_settings.setValue(QStringLiteral("host"), p.settings.host);
        m_settings.setValue(QStringLiteral("port"), p.settings.port);
        m_settings.setValue(QStringLiteral("database"), p.settings.database);
        m_settings.setValue(QStringLiteral("user"), p.settings.user);
        m_settings.setValue(QStringLiteral("tablePrefix"), p.settings.tablePrefix);
        m_settings.setValue(QStringLiteral("storeTimeZone"), p.settings.storeTimeZone);
        m_settings.setValue(QStringLiteral("passwordInKeychain"), p.passwordInKeychain);
        // No password key, ever.
    }
    m_settings.endArray();
}

void AppSettings::rememberConnection(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> profiles = recentConnections();
    profiles.removeIf(
        [&](const ConnectionProfile &p) { return p.id == profile.id || p.sameStoreAs(profile); });
    profiles.prepend(profile);
    while (profiles.size() > maxRecentConnections())
        profiles.removeLast();
    setRecentConnections(profiles);
}

void AppSettings::forgetConnection(const QString &id)
{
    QList<ConnectionProfile> profiles = recentConnections();
    profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    setRecentConnections(profiles);
}

bool AppSettings::firstStartDone() const
{
    return m_settings.value(QStringLiteral("app/firstStartDone")).toBool();
}

void AppSettings::setFirstStartDone(bool done)
{
    m_settings.setValue(QStringLiteral("app/firstStartDone"), done);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("mainWindow/geometry"), geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(QStringLiteral("mainWindow/state")).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("mainWindow/state"), state);
}

QString AppSettings::definitionsFolder() const
{
    return m_settings.value(QStringLiteral("segments/definitionsFolder"), QDir::homePath())
        .toString();
}

void AppSettings::setDefinitionsFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("segments/definitionsFolder"), folder);
}

bool AppSettings::restApiEnabled() const
{
    return m_settings.value(QStringLiteral("integrations/restApiEnabled"), false).toBool();
}

void AppSettings::setRestApiEnabled(bool enabled)
{
    m_settings.setValue(QStringLiteral("integrations/restApiEnabled"), enabled);
}

QString AppSettings::restApiListenAddress() const
{
    return m_settings
        .value(QStringLiteral("integrations/restApiListen"), QStringLiteral("127.0.0.1:8080"))
        .toString();
}

void AppSettings::setRestApiListenAddress(const QString &address)
{
    m_settings.setValue(QStringLiteral("integrations/restApiListen"), address);
}
