#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

// The one typed settings class: every remembered choice has a getter and a setter here, so
// no QSettings key string is scattered through the UI. Never stores a password or API key
// (those go to the SecretStore). Add your typed accessors here, one pair per setting.
class AppSettings
{
public:
    AppSettings();

    // "", "en", "fr", "de": an explicit language; empty follows the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    // Integrations: whether the desktop app serves the REST API, and where (HOST:PORT).
    bool restApiEnabled() const;
    void setRestApiEnabled(bool enabled);
    QString restApiListenAddress() const; // default 127.0.0.1:8080
    void setRestApiListenAddress(const QString &address);

private:
    mutable QSettings m_settings;
};
