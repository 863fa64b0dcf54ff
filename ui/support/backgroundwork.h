#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// The one place long work is announced, so the status bar can show it with progress and a
// cancel button. Any pane may report there; call it from the GUI thread (a QFutureWatcher's
// signals arrive there). ids are never reused.
class BackgroundWork : public QObject
{
    Q_OBJECT
public:
    struct Task
    {
        int id = 0;
        QString label;
        int value = 0;
        int maximum = 0; // 0 = unknown (busy indicator)
        std::function<void()> cancel;
    };

    static BackgroundWork &instance();

    int begin(const QString &label, std::function<void()> cancel = {});
    void progress(int id, int value, int maximum);
    void setLabel(int id, const QString &label);
    void end(int id);
    // Asks the task to stop (its cancel function); it still calls end() when it has.
    void cancel(int id);

    QList<Task> tasks() const; // oldest first
    bool isBusy() const { return !m_tasks.isEmpty(); }

signals:
    void changed();

private:
    BackgroundWork() = default;
    QHash<int, Task> m_tasks;
    int m_next = 1;
};
