#pragma once

// Buffered multi-row INSERTs for the demo store generator. Rows are collected in a TableBuffer
// (typed cells, text in one arena) and written by a BulkWriter with prepared multi-row statements
// and bound values only: on SQLite through the connection's own sqlite3 handle (no QVariant per
// value, which is what makes a million-customer store fast), elsewhere through QSqlQuery.

#include "common/result.h"
#include "store/storeconnection.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg::demo {

class TableBuffer
{
public:
    struct Cell
    {
        enum Kind : quint8
        {
            Null,
            Int,
            Real,
            Text
        };
        Kind kind = Null;
        quint32 length = 0;
        union {
            qint64 integer;
            double real;
            quint64 offset;
        };
        Cell() : integer(0) {}
    };

    TableBuffer(QString table, std::vector<QByteArray> columns);

    const QString &table() const { return m_table; }
    const std::vector<QByteArray> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    int rowCount() const { return int(m_cells.size() / m_columns.size()); }
    qint64 totalRows() const { return m_totalRows; }

    TableBuffer &null()
    {
        m_cells.emplace_back();
        return *this;
    }
    TableBuffer &i(qint64 v)
    {
        Cell &c = m_cells.emplace_back();
        c.kind = Cell::Int;
        c.integer = v;
        return *this;
    }
    TableBuffer &iOrNull(qint64 v) { return v ? i(v) : null(); } // 0 -> NULL
    TableBuffer &d(double v)
    {
        Cell &c = m_cells.emplace_back();
        c.kind = Cell::Real;
        c.real = v;
        return *this;
    }
    TableBuffer &money(qint64 cents) { return d(double(cents) / 100.0); }
    TableBuffer &s(std::string_view v)
    {
        Cell &c = m_cells.emplace_back();
        c.kind = Cell::Text;
        c.offset = m_arena.size();
        c.length = quint32(v.size());
        m_arena.append(v.data(), v.size());
        return *this;
    }
    TableBuffer &sOrNull(std::string_view v) { return v.empty() ? null() : s(v); }
    TableBuffer &sOrNull(const std::string &v) { return sOrNull(std::string_view(v)); }
    TableBuffer &s(const char *v) { return s(std::string_view(v)); }
    TableBuffer &s(const std::string &v) { return s(std::string_view(v)); }
    TableBuffer &s(const QString &v) { return s(std::string_view(v.toStdString())); }
    TableBuffer &ts(qint64 secs);   // 'YYYY-MM-DD HH:MM:SS', secs < 0 -> NULL
    TableBuffer &date(qint64 days); // 'YYYY-MM-DD'
    // Ends a row; a row with the wrong number of cells is a programming error, reported by write().
    void endRow();

    const Cell &cell(size_t index) const { return m_cells[index]; }
    std::string_view text(const Cell &c) const
    {
        return std::string_view(m_arena.data() + c.offset, c.length);
    }
    bool malformed() const { return m_malformed; }
    void clear();

private:
    QString m_table;
    std::vector<QByteArray> m_columns;
    std::vector<Cell> m_cells;
    std::string m_arena;
    qint64 m_totalRows = 0;
    size_t m_rowStart = 0;
    bool m_malformed = false;
};

class BulkWriter
{
public:
    static Result<std::unique_ptr<BulkWriter>> create(const StoreConnection &connection);
    virtual ~BulkWriter() = default;

    // Inserts every buffered row, then clears the buffer.
    virtual Status write(TableBuffer &buffer) = 0;
    Status begin();
    Status commit();
    void rollback();

protected:
    explicit BulkWriter(const StoreConnection &connection) : m_connection(connection) {}
    const StoreConnection &m_connection;
    static QString insertSql(const TableBuffer &buffer, int rows, Dialect dialect);
};

} // namespace seg::demo
