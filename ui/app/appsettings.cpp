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
