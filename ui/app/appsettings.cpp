#include "appsettings.h"

AppSettings::AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
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
    return m_settings.value(QStringLiteral("integrations/restApiListen"), QStringLiteral("127.0.0.1:8080")).toString();
}

void AppSettings::setRestApiListenAddress(const QString &address)
{
    m_settings.setValue(QStringLiteral("integrations/restApiListen"), address);
}
