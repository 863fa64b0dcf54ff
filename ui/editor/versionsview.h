#pragma once

#include "operations/definitionversions.h"
#include "store/connectionsettings.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

// A saved segment's Versions tab: each saved version (number, time, who saved it, what it
// changed), and for the selected one what restoring it would change, as condition sentences
// (added, removed, changed). "Restore this version…" asks the editor to restore it: restoring
// is a save of its own, so the current definition stays in the list. Loaded in a worker.
class VersionsView : public QWidget
{
    Q_OBJECT
public:
    explicit VersionsView(QWidget *parent = nullptr);

    void setSegment(const seg::ConnectionSettings &settings, const QString &code);
    void reload();

    QTableView *tableView() const { return m_table; }
    int rowCount() const;
    void selectVersion(int number);
    QString diffText() const; // the diff pane, as plain text

signals:
    void loaded(int rows);
    void restoreRequested(int number);

private:
    void showVersions(const QList<seg::VersionEntry> &versions);
    void showDiff();
    const seg::VersionEntry *selected() const;

    seg::ConnectionSettings m_settings;
    QString m_code;
    QList<seg::VersionEntry> m_versions;
    QLabel *m_status;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_diffTitle;
    QTextBrowser *m_diff;
    QPushButton *m_restore;
    int m_request = 0;
};
