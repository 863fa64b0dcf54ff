#pragma once

#include "common/result.h"
#include "session/storesession.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace seg {

// Runs `work` on a pool thread with a StoreSession opened on that thread (Qt SQL connections
// may not cross threads) and closed when the work ends. The UI watches the QFuture with a
// QFutureWatcher; the GUI thread never touches the database.
//
//   QFuture<Result<qint64>> f = runStoreTask<qint64>(settings, [](StoreSession &s) { ... });
template <typename T>
QFuture<Result<T>> runStoreTask(const ConnectionSettings &settings,
                                std::function<Result<T>(StoreSession &)> work, bool writes = false)
{
    return QtConcurrent::run([settings, work = std::move(work), writes]() -> Result<T> {
        Result<StoreSession> session = StoreSession::open(settings, writes);
        if (!session) return session.error();
        return work(session.value());
    });
}

// The same with progress and cancel: `work` reports through the promise
// (setProgressRange/setProgressValue) and checks promise.isCanceled().
template <typename T>
QFuture<Result<T>>
runStoreTaskWithProgress(const ConnectionSettings &settings,
                         std::function<Result<T>(StoreSession &, QPromise<Result<T>> &)> work,
                         bool writes = false)
{
    return QtConcurrent::run(
        [settings, work = std::move(work), writes](QPromise<Result<T>> &promise) {
            Result<StoreSession> session = StoreSession::open(settings, writes);
            if (!session) {
                promise.addResult(Result<T>(session.error()));
                return;
            }
            promise.addResult(work(session.value(), promise));
        });
}

} // namespace seg
