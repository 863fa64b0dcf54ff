#pragma once

#include "history/scheduledruns.h"
#include "operations/schedule.h"
#include "store/connectionsettings.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Segment > Schedule refreshes…: installs, shows and removes the scheduled refresh (the marked
// block in the user's crontab, through operations/schedule) for the open store, with its next run
// and the outcome of the last scheduled runs (the refresh log). The crontab and the store are read
// in workers; the dialog never waits for them.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(const seg::ConnectionSettings &store, const seg::ScheduleTarget &target,
                   QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    // The expression the form describes; empty when the custom one is empty.
    QString expression() const;
    void selectPreset(const QString &cron); // tests and the current schedule
    void install();
    void remove();
    void reload();
    bool isBusy() const;

signals:
    void loaded(); // after each reload, install or remove (tests wait for it)

private:
    struct Snapshot
    {
        seg::Result<seg::ScheduleState> state = seg::ScheduleState{};
        seg::Result<QList<seg::ScheduledRun>> runs = QList<seg::ScheduledRun>{};
    };
    void start(std::function<Snapshot()> work);
    void showSnapshot(const Snapshot &snapshot);
    void updateExpression();

    seg::ConnectionSettings m_store;
    seg::ScheduleTarget m_target;
    QComboBox *m_repeat = nullptr;
    QLineEdit *m_cron = nullptr;
    QLabel *m_cronStatus = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_runs = nullptr;
    QPushButton *m_install = nullptr;
    QPushButton *m_remove = nullptr;
    QFutureWatcher<Snapshot> m_watcher;
};
