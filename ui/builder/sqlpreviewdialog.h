#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// "Show SQL": the statement that selects the segment's members in the connected store's dialect
// (or another one chosen), with its bound values listed, and a Copy button. The SQL is compiled
// in a worker with the store's own session (prefix, custom attributes, saved segments).
class SqlPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    SqlPreviewDialog(const seg::ConnectionSettings &settings,
                     const seg::SegmentDefinition &definition, QWidget *parent = nullptr);

    // Selects the dialect shown (the connected one at first) and compiles for it.
    void setDialect(seg::Dialect dialect);
    seg::Dialect dialect() const;
    // Time travel ("Evaluate as of…"): the statement as of that time (UTC); nullopt: now.
    void setAsOf(const std::optional<QDateTime> &asOf);

    QString sqlText() const;    // as shown (laid out for reading)
    QString copiedText() const; // what Copy puts on the clipboard: the SQL and its values
    int boundValueCount() const;
    QString errorText() const; // empty when the SQL is shown
    bool isCompiling() const { return m_compiling; }

signals:
    // The SQL (or an error) for the chosen dialect is shown.
    void ready();

private:
    void compile();
    void copyToClipboard();

    seg::ConnectionSettings m_settings;
    seg::SegmentDefinition m_definition;
    std::optional<QDateTime> m_asOf;
    QComboBox *m_dialect = nullptr;
    QPlainTextEdit *m_sql = nullptr;
    QTableWidget *m_values = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_rawSql;
    QVariantList m_params;
    QString m_error;
    quint64 m_generation = 0;
    bool m_compiling = false;
};
