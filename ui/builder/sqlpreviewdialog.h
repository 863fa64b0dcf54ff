#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

// "Show SQL": the statement that selects the segment's members in the connected store's dialect
// (or another one chosen), with its bound values listed, and a Copy button.
class SqlPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    SqlPreviewDialog(const seg::ConnectionSettings &settings, const seg::SegmentDefinition &definition,
                     QWidget *parent = nullptr);

    QString sqlText() const;
    int boundValueCount() const;
    // Selects the dialect shown (the connected one at first).
    void setDialect(seg::Dialect dialect);

private:
    void recompile();
    void copyToClipboard();

    seg::ConnectionSettings m_settings;
    seg::SegmentDefinition m_definition;
    QComboBox *m_dialect = nullptr;
    QPlainTextEdit *m_sql = nullptr;
    QTableWidget *m_values = nullptr;
    QLabel *m_status = nullptr;
};
