#include "demostorejob.h"

#include "demo/demostorefile.h"
#include "support/backgroundwork.h"

#include <QDir>
#include <QPromise>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

DemoStoreJob::DemoStoreJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<seg::Status>::progressValueChanged, this,
            [this](int value) {
                BackgroundWork::instance().progress(m_work, value, 100);
                emit progressChanged(value);
            });
    connect(&m_watcher, &QFutureWatcher<seg::Status>::finished, this, [this] {
        BackgroundWork::instance().end(m_work);
        m_work = 0;
        const QFuture<seg::Status> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0) {
            emit finished(false, tr("Cancelled: no demo store was created."));
            return;
        }
        const seg::Status st = future.result();
        emit finished(st.ok(), st.ok() ? QString() : st.error().message);
    });
}

DemoStoreJob::~DemoStoreJob()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    if (m_work) BackgroundWork::instance().end(m_work);
}

QString DemoStoreJob::defaultPath()
{
    const QString overridden = qEnvironmentVariable("SEGMENTOR_DEMO_STORE");
    if (!overridden.isEmpty()) return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("segmentor/demo.db"));
}

int DemoStoreJob::defaultCustomers()
{
    const int customers = qEnvironmentVariableIntValue("SEGMENTOR_DEMO_CUSTOMERS");
    return customers > 0 ? customers : kDemoCustomers;
}

void DemoStoreJob::start(const QString &path, int customers, quint64 seed, const QDate &anchor)
{
    m_path = path;
    seg::DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    options.anchor = anchor.isValid() ? anchor : seg::demoAnchorToday();
    m_work = BackgroundWork::instance().begin(tr("Creating the demo store"), [this] { cancel(); });
    m_watcher.setFuture(QtConcurrent::run([path, options](QPromise<seg::Status> &promise) {
        promise.setProgressRange(0, 100);
        const seg::Status st = seg::createDemoStoreFile(path, options, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        });
        promise.addResult(st);
    }));
}

void DemoStoreJob::cancel()
{
    m_watcher.cancel();
}
