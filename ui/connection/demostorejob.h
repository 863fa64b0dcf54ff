#pragma once

#include "common/result.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

// Creates the SQLite demo store in a worker (seg::createDemoStoreFile), reporting progress
// here and in BackgroundWork; cancel() stops it and leaves no file behind.
class DemoStoreJob : public QObject
{
    Q_OBJECT
public:
    explicit DemoStoreJob(QObject *parent = nullptr);
    ~DemoStoreJob() override;

    // ~/.local/share/segmentor/demo.db ($XDG_DATA_HOME respected; $SEGMENTOR_DEMO_STORE overrides).
    static QString defaultPath();
    static constexpr int kDemoCustomers = 20000;
    static constexpr int kDemoSeed = 42;
    // kDemoCustomers, or $SEGMENTOR_DEMO_CUSTOMERS (tests and slow machines).
    static int defaultCustomers();

    // The store's activity ends on `anchor` (its "today"); an invalid date means today (UTC),
    // so a store created now shows this month's orders, carts and birthdays.
    void start(const QString &path, int customers = defaultCustomers(), quint64 seed = kDemoSeed,
               const QDate &anchor = QDate());
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

signals:
    void progressChanged(int percent);
    void finished(bool ok, const QString &error);

private:
    QFutureWatcher<seg::Status> m_watcher;
    QString m_path;
    int m_work = 0;
};
