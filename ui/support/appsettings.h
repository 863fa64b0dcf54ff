#pragma once

#include "support/connectionprofile.h"

#include <QByteArray>
#include <QList>
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

    // The matched-customers grid's columns (MemberPageQuery column ids, in order); empty =
    // the default set.
    QStringList gridColumns() const;
    void setGridColumns(const QStringList &ids);
    // Folder last used for exports from the grid and the history.
    QString lastExportDir() const;
    void setLastExportDir(const QString &dir);

    // Remembered connections, most recent first (at most maxRecentConnections()); passwords
    // are never written here, whatever the profiles hold.
    QList<ConnectionProfile> recentConnections() const;
    void setRecentConnections(const QList<ConnectionProfile> &profiles);
    // Puts `profile` first (replacing the same store) and trims the list.
    void rememberConnection(const ConnectionProfile &profile);
    void forgetConnection(const QString &id);
    static int maxRecentConnections() { return 8; }

    // False until the application has once opened a store (the first start opens the demo store).
    bool firstStartDone() const;
    void setFirstStartDone(bool done);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // How long refreshes in the application keep the segments' history and journal: 0 (the
    // default) keeps everything; N > 0 deletes, after each refresh, what is older than N days.
    int keepHistoryDays() const;
    void setKeepHistoryDays(int days);

    // Where segment definitions were last imported from or exported to.
    QString definitionsFolder() const;
    void setDefinitionsFolder(const QString &folder);

private:
    mutable QSettings m_settings;
};
