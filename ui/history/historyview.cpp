#include "history/historyview.h"

#include "repository/segmentrecord.h"
#include "session/storetask.h"
#include "support/appsettings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace seg;

namespace {

QString duration(qint64 ms)
{
    if (ms < 1000) return HistoryView::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return HistoryView::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return HistoryView::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace

HistoryView::HistoryView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("actionFilter"));
    m_filter->addItem(tr("All actions"), QString());
    for (const QString &event : HistoryLog::eventCodes())
        m_filter->addItem(historyEventLabel(event), event);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    m_reload = new QToolButton(this);
    m_reload->setText(tr("Reload"));
    connect(m_reload, &QToolButton::clicked, this, &HistoryView::reload);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportHistoryButton"));
    m_export->setText(tr("Export CSV…"));
    connect(m_export, &QToolButton::clicked, this, [this] {
        AppSettings settings;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the history"),
            QDir(settings.lastExportDir()).filePath(m_code + QStringLiteral("-history.csv")),
            tr("CSV (*.csv)"));
        if (path.isEmpty()) return;
        settings.setLastExportDir(QFileInfo(path).absolutePath());
        exportTo(path);
    });
    bar->addWidget(new QLabel(tr("Action:"), this));
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_reload);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Rows"), tr("Trigger"),
                                        tr("Duration"), tr("Error / details")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
}

void HistoryView::setSegment(const ConnectionSettings &settings, const QString &code)
{
    m_settings = settings;
    m_code = code;
    reload();
}

void HistoryView::setActionFilter(const QString &event)
{
    const int i = m_filter->findData(event);
    if (i >= 0 && i != m_filter->currentIndex())
        m_filter->setCurrentIndex(i); // reloads
    else
        reload();
}

int HistoryView::rowCount() const
{
    return m_model->rowCount();
}

void HistoryView::reload()
{
    if (m_code.isEmpty()) return;
    const int request = ++m_request;
    m_status->setText(tr("Loading…"));
    const QString code = m_code, event = m_filter->currentData().toString();
    auto *watcher = new QFutureWatcher<Result<QList<HistoryLogRow>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request) return; // a newer filter is loading
        const Result<QList<HistoryLogRow>> r = watcher->future().result();
        if (!r) {
            m_status->setText(tr("Could not read the history: %1").arg(r.error().toString()));
            showRows({});
            return;
        }
        showRows(*r);
    });
    watcher->setFuture(
        runStoreTask<QList<HistoryLogRow>>(m_settings, [code, event](StoreSession &session) {
            return HistoryLog::load(session, code, event);
        }));
}

void HistoryView::showRows(const QList<HistoryLogRow> &rows)
{
    m_rows = rows;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const HistoryLogRow &r : rows) {
        QList<QStandardItem *> items;
        items << new QStandardItem(
            r.at.isValid() ? locale.toString(r.at.toLocalTime(), QLocale::ShortFormat) : QString());
        items << new QStandardItem(r.action);
        auto *amount = new QStandardItem(r.amount ? locale.toString(*r.amount) : QString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << amount;
        items << new QStandardItem(r.trigger == QLatin1String("scheduled") ? tr("Scheduled")
                                                                           : tr("Manual"));
        items << new QStandardItem(r.durationMs ? duration(*r.durationMs) : QString());
        auto *detail = new QStandardItem(r.error.isEmpty() ? r.message : r.error);
        if (!r.error.isEmpty()) {
            detail->setForeground(QColor(0xa3, 0x1d, 0x1d));
            items[1]->setForeground(QColor(0xa3, 0x1d, 0x1d));
        }
        detail->setToolTip(detail->text());
        items << detail;
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
    m_status->setText(rows.size() == 1 ? tr("1 event")
                                       : tr("%1 events").arg(locale.toString(qint64(rows.size()))));
    m_export->setEnabled(!rows.isEmpty());
    emit loaded(int(rows.size()));
}

void HistoryView::exportTo(const QString &path)
{
    const QList<HistoryLogRow> rows = m_rows;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, rows] {
        watcher->deleteLater();
        const Status st = watcher->future().result();
        const QString message = st ? tr("%1 events exported to %2.")
                                         .arg(rows.size())
                                         .arg(QDir::toNativeSeparators(path))
                                   : tr("Export failed: %1").arg(st.error().toString());
        m_status->setText(message);
        emit exportFinished(st.ok(), message);
    });
    watcher->setFuture(
        QtConcurrent::run([rows, path] { return HistoryLog::writeCsv(rows, path); }));
}
