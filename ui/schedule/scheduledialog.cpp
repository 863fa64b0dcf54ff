#include "schedule/scheduledialog.h"

#include "schedule/cronexpression.h"
#include "session/storesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace seg;

namespace {

// The scheduled runs, read on the worker's own connection.
Result<QList<ScheduledRun>> readRuns(const ConnectionSettings &store)
{
    Result<StoreSession> session = StoreSession::open(store, false);
    if (!session) return session.error();
    return loadScheduledRuns(*session, 20);
}

} // namespace

ScheduleDialog::ScheduleDialog(const ConnectionSettings &store, const ScheduleTarget &target,
                               QWidget *parent)
    : QDialog(parent), m_store(store), m_target(target)
{
    setWindowTitle(tr("Schedule refreshes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Cron refreshes the active segments whose refresh mode is <b>Automatic</b>, even while "
           "Segmentor is closed. The store's password goes to a private file only you can read "
           "(%1), never into the crontab.")
            .arg(m_target.envFile.isEmpty() ? defaultScheduleEnvFile() : m_target.envFile),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_repeat = new QComboBox(this);
    const QList<QPair<QString, QString>> presets = {
        {tr("Every 15 minutes"), QStringLiteral("*/15 * * * *")},
        {tr("Every 30 minutes"), QStringLiteral("*/30 * * * *")},
        {tr("Every hour"), QStringLiteral("0 * * * *")},
        {tr("Every 6 hours"), QStringLiteral("0 */6 * * *")},
        {tr("Every night at 2:00"), QStringLiteral("0 2 * * *")},
        {tr("Weekdays at 7:00"), QStringLiteral("0 7 * * 1-5")},
        {tr("Custom (cron expression)"), QString()}};
    for (const auto &[label, cron] : presets)
        m_repeat->addItem(label, cron);
    m_repeat->setCurrentIndex(1);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_cron = new QLineEdit(this);
    m_cron->setPlaceholderText(tr("minute hour day month weekday, e.g. 0 */2 * * *"));
    form->addRow(tr("Cron &expression:"), m_cron);
    m_cronStatus = new QLabel(this);
    m_cronStatus->setWordWrap(true);
    form->addRow(QString(), m_cronStatus);
    layout->addLayout(form);

    auto *now = new QGroupBox(tr("Current schedule"), this);
    auto *nowLayout = new QVBoxLayout(now);
    m_state = new QLabel(tr("Reading the crontab…"), now);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nowLayout->addWidget(m_state);
    layout->addWidget(now);

    auto *runs = new QGroupBox(tr("Last scheduled runs"), this);
    auto *runsLayout = new QVBoxLayout(runs);
    m_runs = new QTreeWidget(runs);
    m_runs->setRootIsDecorated(false);
    m_runs->setHeaderLabels(
        {tr("Started"), tr("Segment"), tr("Outcome"), tr("Changes"), tr("Error")});
    m_runs->header()->setStretchLastSection(true);
    runsLayout->addWidget(m_runs);
    layout->addWidget(runs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_install = buttons->addButton(tr("&Install schedule"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("Re&move schedule"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_install, &QPushButton::clicked, this, &ScheduleDialog::install);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleDialog::remove);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        const QString cron = m_repeat->currentData().toString();
        m_cron->setReadOnly(!cron.isEmpty());
        if (!cron.isEmpty()) m_cron->setText(cron);
        updateExpression();
    });
    connect(m_cron, &QLineEdit::textChanged, this, &ScheduleDialog::updateExpression);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this,
            [this] { showSnapshot(m_watcher.result()); });
    m_cron->setText(m_repeat->currentData().toString());
    m_cron->setReadOnly(true);
    resize(720, 520);
    reload();
}

ScheduleDialog::~ScheduleDialog()
{
    m_watcher.waitForFinished(); // its work holds copies only; a crontab call ends in seconds
}

QString ScheduleDialog::expression() const
{
    return m_cron->text().simplified();
}

void ScheduleDialog::selectPreset(const QString &cron)
{
    const int i = m_repeat->findData(cron);
    m_repeat->setCurrentIndex(i >= 0 ? i : m_repeat->count() - 1);
    if (i < 0) m_cron->setText(cron);
}

bool ScheduleDialog::isBusy() const
{
    return m_watcher.isRunning();
}

void ScheduleDialog::updateExpression()
{
    Result<CronExpression> cron = CronExpression::parse(expression());
    const bool ok = cron.ok() && cron->nextAfter(QDateTime::currentDateTime());
    if (ok) {
        m_cronStatus->setStyleSheet(QString());
        m_cronStatus->setText(
            tr("Would run next on %1.")
                .arg(QLocale().toString(*cron->nextAfter(QDateTime::currentDateTime()),
                                        QLocale::LongFormat)));
    } else {
        m_cronStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_cronStatus->setText(expression().isEmpty()
                                  ? tr("Type a cron expression: minute hour day month weekday.")
                              : cron.ok() ? tr("This expression never runs.")
                                          : cron.error().message);
    }
    m_install->setEnabled(ok && !isBusy());
}

void ScheduleDialog::start(std::function<Snapshot()> work)
{
    if (isBusy()) return;
    m_install->setEnabled(false);
    m_remove->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
}

void ScheduleDialog::reload()
{
    start([target = m_target, store = m_store] {
        return Snapshot{readSchedule(target), readRuns(store)};
    });
}

void ScheduleDialog::install()
{
    const ScheduleRequest request{expression(), 0};
    start([target = m_target, store = m_store, request] {
        Snapshot s{installSchedule(store, request, target), readRuns(store)};
        return s;
    });
}

void ScheduleDialog::remove()
{
    start([target = m_target, store = m_store] {
        Result<bool> removed = removeSchedule(target);
        if (!removed) return Snapshot{removed.error(), readRuns(store)};
        return Snapshot{readSchedule(target), readRuns(store)};
    });
}

void ScheduleDialog::showSnapshot(const Snapshot &snapshot)
{
    const QLocale locale;
    bool installed = false;
    if (!snapshot.state) {
        m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_state->setText(tr("The crontab could not be changed or read: %1")
                             .arg(snapshot.state.error().toString()));
    } else if (!snapshot.state->installed) {
        m_state->setStyleSheet(QString());
        m_state->setText(tr("No refresh is scheduled: segments refresh only when you ask."));
    } else {
        installed = true;
        const ScheduleState &s = *snapshot.state;
        m_state->setStyleSheet(QString());
        const int preset = m_repeat->findData(s.cron);
        const QString label =
            preset >= 0 && !s.cron.isEmpty() ? m_repeat->itemText(preset) : tr("Custom");
        m_state->setText(
            tr("<b>Scheduled:</b> %1 (<tt>%2</tt>)<br><b>Next run:</b> %3<br><b>Store:</b> %4")
                .arg(label, s.cron,
                     s.nextRun ? locale.toString(*s.nextRun, QLocale::LongFormat) : tr("never"),
                     s.database.toHtmlEscaped()));
        selectPreset(s.cron);
    }
    m_runs->clear();
    if (!snapshot.runs) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setText(4,
                      tr("The history could not be read: %1").arg(snapshot.runs.error().message));
    } else {
        for (const ScheduledRun &r : *snapshot.runs) {
            auto *item = new QTreeWidgetItem(m_runs);
            item->setText(0, locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, r.segmentCode);
            const QString outcome = r.status == QLatin1String("completed")   ? tr("Completed")
                                    : r.status == QLatin1String("error")     ? tr("Failed")
                                    : r.status == QLatin1String("running")   ? tr("Running")
                                    : r.status == QLatin1String("cancelled") ? tr("Cancelled")
                                                                             : tr("Interrupted");
            item->setText(2, outcome);
            if (r.status == QLatin1String("error"))
                item->setForeground(2, QColor(QStringLiteral("#b00020")));
            item->setText(3, tr("+%1 −%2").arg(r.added).arg(r.removed));
            item->setText(4, r.error);
            item->setToolTip(4, r.error);
        }
        if (snapshot.runs->isEmpty()) {
            auto *item = new QTreeWidgetItem(m_runs);
            item->setText(1, tr("No scheduled refresh has run yet."));
            item->setFirstColumnSpanned(false);
        }
    }
    for (int c = 0; c < 4; ++c)
        m_runs->resizeColumnToContents(c);
    m_install->setText(installed ? tr("&Update schedule") : tr("&Install schedule"));
    m_remove->setEnabled(installed);
    updateExpression();
    emit loaded();
}
