#include "dashboard/overlapview.h"

#include "dashboard/checklistbutton.h"
#include "dashboard/overlapmembersdialog.h"
#include "dashboard/reportjobbar.h"
#include "operations/reports.h"
#include "session/storetask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace seg;

OverlapView::OverlapView(QWidget *parent)
    : QWidget(parent), m_segments(new CheckListButton(tr("Segments"), this)),
      m_table(new QTableWidget(this)), m_job(new ReportJobBar(this)),
      m_watcher(new QFutureWatcher<Result<OverlapMatrix>>(this))
{
    auto *reloadButton = new QToolButton(this);
    reloadButton->setText(tr("Reload"));
    auto *hint = new QLabel(tr("Each cell: members in both the row and the column segment, and "
                               "their share of the <b>row</b> segment. "
                               "Double-click a cell to list them; right-click for the members only "
                               "in the row segment."),
                            this);
    hint->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_segments);
    bar->addWidget(hint, 1);
    bar->addWidget(reloadButton);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_job);

    connect(m_segments, &CheckListButton::changed, this, &OverlapView::reload);
    connect(reloadButton, &QToolButton::clicked, this, &OverlapView::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (row != column) openMembers(row, column, OverlapPart::Both);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid() || !m_matrix || index.row() == index.column()) return;
        const int row = index.row(), column = index.column();
        const QString a = m_table->verticalHeaderItem(row)->text(),
                      b = m_table->verticalHeaderItem(column)->text();
        QMenu menu(this);
        connect(menu.addAction(tr("Members in both %1 and %2…").arg(a, b)), &QAction::triggered,
                this, [=] { openMembers(row, column, OverlapPart::Both); });
        connect(menu.addAction(tr("Members in %1 but not in %2…").arg(a, b)), &QAction::triggered,
                this, [=] { openMembers(row, column, OverlapPart::OnlyFirst); });
        menu.addSeparator();
        const QStringList codes{m_matrix->segments.at(row).code,
                                m_matrix->segments.at(column).code};
        connect(menu.addAction(tr("New segment from union of %1 and %2…").arg(a, b)),
                &QAction::triggered, this,
                [=] { emit combineRequested(seg::SetOperation::Union, codes); });
        connect(menu.addAction(tr("New segment from intersection of %1 and %2…").arg(a, b)),
                &QAction::triggered, this,
                [=] { emit combineRequested(seg::SetOperation::Intersection, codes); });
        connect(menu.addAction(tr("New segment from %1 minus %2…").arg(a, b)), &QAction::triggered,
                this, [=] { emit combineRequested(seg::SetOperation::Difference, codes); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_job, &ReportJobBar::cancelRequested, this, [this] {
        ++m_generation;
        m_watcher->cancel();
        m_job->finish(tr("Cancelled."));
    });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int v) { m_job->setProgress(v, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher->property("generation").toInt() != m_generation) return;
        QFuture<Result<OverlapMatrix>> f = m_watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) return;
        const Result<OverlapMatrix> r = f.result();
        if (!r) {
            m_job->fail(tr("Computing the overlap failed: %1").arg(r.error().message));
            return;
        }
        m_matrix = *r;
        const OverlapGridData grid = buildOverlapGrid(*m_matrix);
        const int n = int(grid.names.size());
        m_table->clear();
        m_table->setRowCount(n);
        m_table->setColumnCount(n);
        m_table->setHorizontalHeaderLabels(grid.headers);
        m_table->setVerticalHeaderLabels(grid.names);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                auto *item = new QTableWidgetItem(grid.text[i][j]);
                item->setTextAlignment(Qt::AlignCenter);
                item->setToolTip(grid.tooltips[i][j]);
                if (i == j) {
                    item->setBackground(QColor(0xeeeeee));
                    item->setForeground(QColor(0x555555));
                } else {
                    // White to the chart blue with the share of the row segment.
                    const double s = grid.share[i][j];
                    const QColor base(0x4e79a7);
                    item->setBackground(QColor::fromRgbF(1.0 - s * (1.0 - base.redF()),
                                                         1.0 - s * (1.0 - base.greenF()),
                                                         1.0 - s * (1.0 - base.blueF())));
                    item->setForeground(s > 0.55 ? Qt::white : QColor(0x222222));
                }
                m_table->setItem(i, j, item);
            }
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_job->finish(tr("Overlap of %1 segments").arg(n));
        emit loaded();
    });
}

OverlapView::~OverlapView()
{
    m_watcher->cancel();
}

void OverlapView::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_ready = false;
}

void OverlapView::setLookups(const DashboardLookups &lookups)
{
    QList<QPair<QString, QString>> items;
    QStringList first;
    for (const ReportSegment &s : lookups.segments) {
        items << qMakePair(s.code, s.name.isEmpty() ? s.code : s.name);
        if (first.size() < 8) first << s.code;
    }
    if (m_ready) // read again: the user's choice stays
        m_segments->updateItems(items, first);
    else
        m_segments->setItems(items, first);
    m_ready = true;
    reload();
}

void OverlapView::setSegments(const QStringList &codes)
{
    m_segments->setChecked(codes);
    reload();
}

void OverlapView::reload()
{
    if (!m_ready) return;
    const QStringList codes = m_segments->checked();
    const int generation = ++m_generation;
    if (codes.size() < 2) {
        m_matrix.reset();
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_job->finish(tr("Choose two segments or more."));
        return;
    }
    m_job->start(tr("Computing the overlap of %1 segments…").arg(codes.size()));
    m_watcher->setProperty("generation", generation);
    m_watcher->setFuture(runStoreTaskWithProgress<OverlapMatrix>(
        m_settings, [codes](StoreSession &session, QPromise<Result<OverlapMatrix>> &promise) {
            promise.setProgressRange(0, int(codes.size()));
            return seg::segmentOverlap(session, codes, [&](int done, int) {
                promise.setProgressValue(done);
                return !promise.isCanceled();
            });
        }));
}

void OverlapView::openMembers(int row, int column, OverlapPart part)
{
    if (!m_matrix || row < 0 || column < 0 || row >= m_matrix->segments.size() ||
        column >= m_matrix->segments.size())
        return;
    auto *dialog = new OverlapMembersDialog(m_settings, m_matrix->segments[row],
                                            m_matrix->segments[column], part, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
