#pragma once

#include "store/connectionsettings.h"

#include <QString>

// A remembered connection: the settings without their password, and the key under which
// the password lives in the SecretStore (when the user chose to keep it there).
struct ConnectionProfile
{
    QString id;                       // stable, random; the secret key is "connection/<id>"
    QString name;                     // what the user calls it; may be empty
    seg::ConnectionSettings settings; // password always empty here
    bool passwordInKeychain = false;

    QString secretKey() const { return QStringLiteral("connection/") + id; }
    // The name, else a short description ("demo.db", "magento on db.example.com").
    QString displayName() const;
    // Same store (dialect, path or host/port/database/user, prefix): a new test of a known store
    // updates its profile instead of adding another.
    bool sameStoreAs(const ConnectionProfile &other) const;
    bool needsPassword() const { return settings.dialect != seg::Dialect::Sqlite; }

    static QString newId();
};
