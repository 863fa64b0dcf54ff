#pragma once

#include "history/historylog.h"
#include "store/connectionsettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;
class QToolButton;

// A segment's history tab: time, action, affected rows, manual or scheduled, duration and
// error of each event; filtered by action (in SQL), exported to CSV. Loaded in a worker.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);

    void setSegment(const seg::ConnectionSettings &settings, const QString &code);
    void reload();
    // The event code shown (empty = every action).
    void setActionFilter(const QString &event);
    void exportTo(const QString &path);

    QTableView *tableView() const { return m_table; }
    int rowCount() const;

signals:
    void loaded(int rows);
    void exportFinished(bool ok, const QString &message);

private:
    void showRows(const QList<seg::HistoryLogRow> &rows);

    seg::ConnectionSettings m_settings;
    QString m_code;
    QList<seg::HistoryLogRow> m_rows;
    QComboBox *m_filter;
    QToolButton *m_export;
    QToolButton *m_reload;
    QLabel *m_status;
    QTableView *m_table;
    QStandardItemModel *m_model;
    int m_request = 0;
};
