#include "demo/bulkinserter.h"

#include "demo/demodata.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <map>

namespace seg::demo {

// --- TableBuffer
// ----------------------------------------------------------------------------------

TableBuffer::TableBuffer(QString table, std::vector<QByteArray> columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{
}

TableBuffer &TableBuffer::ts(qint64 secs)
{
    if (secs < 0) return null();
    char buf[19];
    formatDateTime(secs, buf);
    return s(std::string_view(buf, 19));
}

TableBuffer &TableBuffer::date(qint64 days)
{
    char buf[10];
    formatDate(days, buf);
    return s(std::string_view(buf, 10));
}

void TableBuffer::endRow()
{
    if (m_cells.size() - m_rowStart != m_columns.size()) {
        m_malformed = true;
        m_cells.resize(m_rowStart); // drop the bad row; write() reports it
        return;
    }
    m_rowStart = m_cells.size();
    ++m_totalRows;
}

void TableBuffer::clear()
{
    m_cells.clear();
    m_arena.clear();
    m_rowStart = 0;
}

// --- BulkWriter
// -----------------------------------------------------------------------------------

QString BulkWriter::insertSql(const TableBuffer &buffer, int rows, Dialect)
{
    QString sql = QStringLiteral("INSERT INTO ") + buffer.table() + QStringLiteral(" (");
    for (size_t c = 0; c < buffer.columns().size(); ++c) {
        if (c) sql += QLatin1Char(',');
        sql += QString::fromLatin1(buffer.columns()[c]);
    }
    sql += QStringLiteral(") VALUES ");
    QString tuple = QStringLiteral("(");
    for (int c = 0; c < buffer.columnCount(); ++c)
        tuple += c ? QStringLiteral(",?") : QStringLiteral("?");
    tuple += QLatin1Char(')');
    sql.reserve(sql.size() + rows * (tuple.size() + 1));
    for (int r = 0; r < rows; ++r) {
        if (r) sql += QLatin1Char(',');
        sql += tuple;
    }
    return sql;
}

Status BulkWriter::begin()
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return Error{{},
                     QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()),
                     ErrorCode::Database};
    return success();
}

Status BulkWriter::commit()
{
    QSqlDatabase db = m_connection.database();
    if (!db.commit())
        return Error{{},
                     QStringLiteral("cannot commit: %1").arg(db.lastError().text()),
                     ErrorCode::Database};
    return success();
}

void BulkWriter::rollback()
{
    m_connection.database().rollback();
}

namespace {

// Rows per statement: the largest power of two within `limit` rows and `variables` bound values,
// and remainders split into powers of two, so that a table needs at most a handful of prepared
// statements.
int rowsPerStatement(int columns, int limit, int variables)
{
    int rows = 1;
    while (rows * 2 <= limit && rows * 2 * columns <= variables)
        rows *= 2;
    return rows;
}

int nextBatch(int remaining, int perStatement)
{
    int n = perStatement;
    while (n > remaining)
        n /= 2;
    return n;
}

Error malformed(const TableBuffer &buffer)
{
    return Error{{},
                 QStringLiteral("internal error: a row for %1 has the wrong number of values")
                     .arg(buffer.table()),
                 ErrorCode::Internal};
}

// SQLite: prepared statements on the connection's own handle, values bound with sqlite3_bind_*.
class SqliteWriter final : public BulkWriter
{
public:
    SqliteWriter(const StoreConnection &connection, sqlite3 *db) : BulkWriter(connection), m_db(db)
    {
    }
    ~SqliteWriter() override
    {
        for (auto &entry : m_statements)
            sqlite3_finalize(entry.second);
    }

    Status write(TableBuffer &buffer) override
    {
        if (buffer.malformed()) return malformed(buffer);
        const int columns = buffer.columnCount();
        const int perStatement =
            rowsPerStatement(columns, 256, 32000); // SQLite allows 32766 variables
        const int rows = buffer.rowCount();
        size_t cell = 0;
        for (int done = 0; done < rows;) {
            const int n = nextBatch(rows - done, perStatement);
            auto stmt = statement(buffer, n);
            if (!stmt) return stmt.error();
            sqlite3_stmt *st = *stmt;
            for (int p = 1; p <= n * columns; ++p, ++cell) {
                const TableBuffer::Cell &c = buffer.cell(cell);
                switch (c.kind) {
                case TableBuffer::Cell::Null:
                    sqlite3_bind_null(st, p);
                    break;
                case TableBuffer::Cell::Int:
                    sqlite3_bind_int64(st, p, c.integer);
                    break;
                case TableBuffer::Cell::Real:
                    sqlite3_bind_double(st, p, c.real);
                    break;
                case TableBuffer::Cell::Text: {
                    const std::string_view t = buffer.text(c);
                    sqlite3_bind_text(st, p, t.data(), int(t.size()), SQLITE_STATIC);
                    break;
                }
                }
            }
            const int rc = sqlite3_step(st);
            sqlite3_reset(st); // every parameter is bound again for the next rows (NULLs included)
            if (rc != SQLITE_DONE)
                return Error{{},
                             QStringLiteral("inserting into %1 failed: %2")
                                 .arg(buffer.table(), QString::fromUtf8(sqlite3_errmsg(m_db))),
                             ErrorCode::Database};
            done += n;
        }
        buffer.clear();
        return success();
    }

private:
    Result<sqlite3_stmt *> statement(const TableBuffer &buffer, int rows)
    {
        const auto key = std::make_pair(buffer.table(), rows);
        if (const auto it = m_statements.find(key); it != m_statements.end()) return it->second;
        const QByteArray sql = insertSql(buffer, rows, Dialect::Sqlite).toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                               &st, nullptr) != SQLITE_OK)
            return Error{{},
                         QStringLiteral("cannot prepare the insert into %1: %2")
                             .arg(buffer.table(), QString::fromUtf8(sqlite3_errmsg(m_db))),
                         ErrorCode::Database};
        m_statements.emplace(key, st);
        return st;
    }

    sqlite3 *m_db;
    std::map<std::pair<QString, int>, sqlite3_stmt *> m_statements;
};

// MySQL / PostgreSQL: QSqlQuery with positional placeholders, values bound by index.
class QtWriter final : public BulkWriter
{
public:
    using BulkWriter::BulkWriter;

    Status write(TableBuffer &buffer) override
    {
        if (buffer.malformed()) return malformed(buffer);
        const int columns = buffer.columnCount();
        const int perStatement = rowsPerStatement(columns, 128, 8000);
        const int rows = buffer.rowCount();
        size_t cell = 0;
        for (int done = 0; done < rows;) {
            const int n = nextBatch(rows - done, perStatement);
            auto prepared = query(buffer, n);
            if (!prepared) return prepared.error();
            QSqlQuery &q = **prepared;
            for (int p = 0; p < n * columns; ++p, ++cell) {
                const TableBuffer::Cell &c = buffer.cell(cell);
                switch (c.kind) {
                case TableBuffer::Cell::Null:
                    q.bindValue(p, QVariant());
                    break;
                case TableBuffer::Cell::Int:
                    q.bindValue(p, QVariant(c.integer));
                    break;
                case TableBuffer::Cell::Real:
                    q.bindValue(p, QVariant(c.real));
                    break;
                case TableBuffer::Cell::Text: {
                    const std::string_view t = buffer.text(c);
                    q.bindValue(p, QVariant(QString::fromUtf8(t.data(), qsizetype(t.size()))));
                    break;
                }
                }
            }
            if (!q.exec())
                return Error{{},
                             QStringLiteral("inserting into %1 failed: %2")
                                 .arg(buffer.table(), q.lastError().text()),
                             ErrorCode::Database};
            done += n;
        }
        buffer.clear();
        return success();
    }

private:
    Result<QSqlQuery *> query(const TableBuffer &buffer, int rows)
    {
        const auto key = std::make_pair(buffer.table(), rows);
        if (const auto it = m_queries.find(key); it != m_queries.end()) return it->second.get();
        auto q = std::make_unique<QSqlQuery>(m_connection.database());
        q->setForwardOnly(true);
        if (!q->prepare(insertSql(buffer, rows, m_connection.dialect())))
            return Error{{},
                         QStringLiteral("cannot prepare the insert into %1: %2")
                             .arg(buffer.table(), q->lastError().text()),
                         ErrorCode::Database};
        return m_queries.emplace(key, std::move(q)).first->second.get();
    }

    std::map<std::pair<QString, int>, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace

Result<std::unique_ptr<BulkWriter>> BulkWriter::create(const StoreConnection &connection)
{
    if (connection.dialect() == Dialect::Sqlite) {
        const QVariant handle = connection.database().driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return Error{
                {}, QStringLiteral("no SQLite handle on this connection"), ErrorCode::Internal};
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
        if (!db)
            return Error{
                {}, QStringLiteral("the SQLite connection is not open"), ErrorCode::Internal};
        return std::unique_ptr<BulkWriter>(new SqliteWriter(connection, db));
    }
    return std::unique_ptr<BulkWriter>(new QtWriter(connection));
}

} // namespace seg::demo
