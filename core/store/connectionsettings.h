#pragma once

#include "common/result.h"
#include "store/dialect.h"

#include <QString>

namespace seg {

// Where a store is and how to read it. Parsed from the CLI's --database URL or filled by
// the connection dialog. The password is never written anywhere by this class.
struct ConnectionSettings
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password;
    QString tablePrefix;   // Magento's db.table_prefix
    QString storeTimeZone; // IANA id for calendar-day readings; empty = UTC

    // sqlite:PATH, sqlite:///ABS, mysql://U:P@H:PORT/DB?prefix=, postgresql://... ; tz= sets the
    // store time zone.
    static Result<ConnectionSettings> fromUrl(const QString &url);
    QString toDisplayUrl() const; // without the password
};

} // namespace seg
