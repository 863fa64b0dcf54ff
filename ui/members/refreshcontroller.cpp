#include "members/refreshcontroller.h"

#include "members/memberpagequery.h"
#include "operations/refreshsegment.h"
#include "session/storetask.h"
#include "support/appsettings.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

using namespace seg;

namespace {

constexpr int kNamesShown = 300;

RefreshOptions optionsFor(QPromise<Result<RefreshResult>> *promise, bool dryRun)
{
    RefreshOptions o;
    o.dryRun = dryRun;
    o.progress = [promise](const RefreshProgress &p) {
        promise->setProgressValueAndText(p.percent, p.step);
        return !promise->isCanceled();
    };
    return o;
}

} // namespace

RefreshController::RefreshController(QWidget *parent) : QObject(parent), m_parentWidget(parent) {}

RefreshController *RefreshController::refreshSegment(const ConnectionSettings &settings,
                                                     const QString &code, QWidget *parent)
{
    auto *controller = new RefreshController(parent);
    connect(controller, &RefreshController::finished, controller, &QObject::deleteLater);
    controller->start(settings, code);
    return controller;
}

QProgressDialog *RefreshController::progressDialog(const QString &label)
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 100, m_parentWidget);
    dialog->setWindowTitle(tr("Refresh"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    m_progress = dialog;
    return dialog;
}

void RefreshController::start(const ConnectionSettings &settings, const QString &code)
{
    m_settings = settings;
    m_code = code;
    QFuture<Result<DryRunSummary>> future = runStoreTaskWithProgress<DryRunSummary>(
        settings,
        [code](StoreSession &session,
               QPromise<Result<DryRunSummary>> &promise) -> Result<DryRunSummary> {
            Result<std::optional<SegmentRecord>> record = session.segments->find(code);
            if (!record) return record.error();
            if (!record.value())
                return Error{
                    {}, tr("no segment with the code \"%1\"").arg(code), ErrorCode::NotFound};
            RefreshOptions o;
            o.dryRun = true;
            o.progress = [&promise](const RefreshProgress &p) {
                promise.setProgressValueAndText(p.percent, p.step);
                return !promise.isCanceled();
            };
            Result<RefreshOutcome> outcome = seg::refreshSegment(session, code, RefreshArgs{o, {}});
            if (!outcome) return outcome.error();
            const RefreshResult *result = &outcome->result;
            DryRunSummary s;
            s.segmentName = record.value()->definition.name;
            s.currentCount = record.value()->memberCount;
            s.entering = result->entering.size();
            s.leaving = result->leaving.size();
            s.memberCount = result->memberCount;
            const QList<MemberKey> entering = result->entering.mid(0, kNamesShown);
            const QList<MemberKey> leaving = result->leaving.mid(0, kNamesShown);
            Result<QHash<MemberKey, QString>> labels = memberLabels(session, entering + leaving);
            for (const MemberKey &k : entering)
                s.enteringNames << (labels ? labels->value(k, k.toString()) : k.toString());
            for (const MemberKey &k : leaving)
                s.leavingNames << (labels ? labels->value(k, k.toString()) : k.toString());
            return s;
        },
        false);

    QProgressDialog *progress = progressDialog(tr("Computing who would enter and leave…"));
    auto *watcher = new QFutureWatcher<Result<DryRunSummary>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, progress,
            &QProgressDialog::setLabelText);
    connect(progress, &QProgressDialog::canceled, watcher,
            [watcher] { watcher->future().cancel(); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_progress) {
            m_progress->disconnect(watcher); // closing a progress dialog emits canceled()
            m_progress->close();
        }
        if (watcher->future().isCanceled() || watcher->future().resultCount() == 0)
            return done(false, tr("Dry run cancelled."));
        const Result<DryRunSummary> result = watcher->future().result();
        if (!result) return done(false, result.error().toString());
        emit dryRunReady(*result);
        if (m_autoConfirm) return runRefresh();
        m_dialog = new DryRunDialog(*result, m_parentWidget);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, &RefreshController::runRefresh);
        connect(m_dialog, &QDialog::rejected, this,
                [this] { done(false, tr("Refresh not run.")); });
        m_dialog->open();
    });
    watcher->setFuture(future);
}

void RefreshController::runRefresh()
{
    const QString code = m_code;
    // Pushes to destinations that follow this segment, written by the worker before it finishes.
    auto pushProblems = std::make_shared<QStringList>();
    // The retention set in Preferences (0, the default: keep all history); rows deleted, -1 none.
    const int keepDays = AppSettings().keepHistoryDays();
    auto purged = std::make_shared<qint64>(-1);
    auto purgeError = std::make_shared<QString>();
    QFuture<Result<RefreshResult>> future = runStoreTaskWithProgress<RefreshResult>(
        m_settings,
        [code, pushProblems, keepDays, purged,
         purgeError](StoreSession &session,
                     QPromise<Result<RefreshResult>> &promise) -> Result<RefreshResult> {
            Result<RefreshOutcome> outcome =
                seg::refreshSegment(session, code, RefreshArgs{optionsFor(&promise, false), {}});
            if (!outcome) return outcome.error();
            *pushProblems = outcome->pushProblems();
            if (keepDays > 0) {
                if (Result<qint64> n = session.segments->purgeHistory(keepDays))
                    *purged = *n;
                else
                    *purgeError = n.error().message;
            }
            return outcome->result;
        },
        true);
    QProgressDialog *progress = progressDialog(tr("Refreshing…"));
    auto *watcher = new QFutureWatcher<Result<RefreshResult>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, progress,
            &QProgressDialog::setLabelText);
    connect(progress, &QProgressDialog::canceled, watcher,
            [watcher] { watcher->future().cancel(); });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, pushProblems, keepDays, purged, purgeError] {
                watcher->deleteLater();
                if (m_progress) {
                    m_progress->disconnect(watcher); // closing a progress dialog emits canceled()
                    m_progress->close();
                }
                if (watcher->future().isCanceled() || watcher->future().resultCount() == 0)
                    return done(false, tr("Refresh cancelled: the membership is unchanged."));
                const Result<RefreshResult> result = watcher->future().result();
                if (!result) return done(false, result.error().toString());
                const QLocale locale;
                QString message =
                    tr("Refreshed: +%1, −%2, %3 members.")
                        .arg(locale.toString(result->added), locale.toString(result->removed),
                             locale.toString(result->memberCount));
                if (*purged >= 0)
                    message += QLatin1Char(' ') + tr("History older than %1 days deleted: %2 rows.")
                                                      .arg(keepDays)
                                                      .arg(locale.toString(*purged));
                if (!purgeError->isEmpty())
                    message += QLatin1Char(' ') +
                               tr("The old history could not be deleted: %1").arg(*purgeError);
                if (!pushProblems->isEmpty())
                    message +=
                        QLatin1Char(' ') +
                        tr("Push problems: %1").arg(pushProblems->join(QStringLiteral("; ")));
                done(true, message);
            });
    watcher->setFuture(future);
}

void RefreshController::done(bool refreshed, const QString &message)
{
    emit finished(refreshed, message);
}
