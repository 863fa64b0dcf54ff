#include "dashboard/overlapmembersdialog.h"

#include "dashboard/salesmetric.h"
#include "operations/reports.h"
#include "session/storetask.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace seg;

OverlapMembersDialog::OverlapMembersDialog(const ConnectionSettings &settings,
                                           const ReportSegment &a, const ReportSegment &b,
                                           OverlapPart part, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_a(a), m_b(b), m_both(new QRadioButton(this)),
      m_only(new QRadioButton(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_watcher(new QFutureWatcher<Result<Listing>>(this))
{
    const QString nameA = a.name.isEmpty() ? a.code : a.name,
                  nameB = b.name.isEmpty() ? b.code : b.name;
    setWindowTitle(tr("Members of %1 and %2").arg(nameA, nameB));
    m_both->setText(tr("In both (%1 ∩ %2)").arg(nameA, nameB));
    m_only->setText(tr("Only in %1 (%1 − %2)").arg(nameA, nameB));
    (part == OverlapPart::Both ? m_both : m_only)->setChecked(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Email"), tr("Name")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_both);
    choice->addWidget(m_only);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_both, &QRadioButton::toggled, this, [this](bool on) {
        if (on) load();
    });
    connect(m_only, &QRadioButton::toggled, this, [this](bool on) {
        if (on) load();
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QFuture<Result<Listing>> f = m_watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) return;
        const Result<Listing> r = f.result();
        if (!r) {
            m_summary->setText(tr("Listing the members failed: %1").arg(r.error().message));
            return;
        }
        m_total = r->total;
        m_table->setRowCount(int(r->members.size()));
        for (int i = 0; i < r->members.size(); ++i) {
            const OverlapMember &m = r->members[i];
            m_table->setItem(i, 0,
                             new QTableWidgetItem(m.key.isGuest()
                                                      ? tr("guest")
                                                      : QString::number(m.key.customerId)));
            m_table->setItem(i, 1, new QTableWidgetItem(m.email));
            m_table->setItem(i, 2, new QTableWidgetItem(m.name));
        }
        m_summary->setText(r->total > r->members.size()
                               ? tr("%1 members; the first %2 are listed.")
                                     .arg(MoneyFormat::number(double(r->total)),
                                          MoneyFormat::number(double(r->members.size())))
                               : tr("%1 members.").arg(MoneyFormat::number(double(r->total))));
        emit loaded();
    });
    load();
}

OverlapMembersDialog::~OverlapMembersDialog()
{
    m_watcher->cancel();
}

int OverlapMembersDialog::rowCount() const
{
    return m_table->rowCount();
}

void OverlapMembersDialog::load()
{
    const OverlapPart part = m_both->isChecked() ? OverlapPart::Both : OverlapPart::OnlyFirst;
    m_summary->setText(tr("Loading…"));
    m_table->setRowCount(0);
    m_watcher->setFuture(runStoreTask<Listing>(
        m_settings, [a = m_a.code, b = m_b.code, part](StoreSession &session) -> Result<Listing> {
            Listing out;
            Result<QList<OverlapMember>> members =
                seg::overlapMembers(session, a, b, part, kLimit, &out.total);
            if (!members) return members.error();
            out.members = *members;
            return out;
        }));
}
