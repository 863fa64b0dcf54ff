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

    // The matched-customers grid's columns (MemberPageQuery column ids, in order); empty =
    // the default set.
    QStringList gridColumns() const;
    void setGridColumns(const QStringList &ids);
    // Folder last used for exports from the grid and the history.
    QString lastExportDir() const;
    void setLastExportDir(const QString &dir);

private:
    mutable QSettings m_settings;
};
