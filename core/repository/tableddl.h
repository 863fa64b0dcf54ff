#pragma once

#include "store/dialect.h"

#include <QString>
#include <QStringList>

namespace seg {

// Column types and CREATE statements for Segmentor's own tables, per dialect, so every
// group of tables (segments, integrations) is declared the same way.
// Member keys compare byte for byte (a guest "émilie@x" is not "emilie@x"), hence the binary
// collation of `key` on MySQL.
class TableDdl
{
public:
    TableDdl(Dialect dialect, QString tablePrefix);

    QString id;   // an auto-increment primary key
    QString ts;   // a timestamp with milliseconds
    QString text; // long text
    QString key;  // a member key or other exact-match string

    // CREATE TABLE IF NOT EXISTS <prefix><name> (<body>) plus MySQL's engine and charset.
    QString table(const char *name, const QString &body) const;
    // MySQL (no CREATE INDEX IF NOT EXISTS): returns ", INDEX ..." to put inside the table
    // body; elsewhere queues a CREATE INDEX statement and returns "".
    QString index(const char *name, const char *table, const char *columns);
    // The queued CREATE INDEX statements: run them after the tables.
    const QStringList &indexStatements() const { return m_indexes; }

private:
    Dialect m_dialect;
    QString m_prefix;
    QString m_tail;
    QStringList m_indexes;
};

} // namespace seg
