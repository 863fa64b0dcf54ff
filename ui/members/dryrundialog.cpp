#include "members/dryrundialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

DryRunDialog::DryRunDialog(const DryRunSummary &s, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Refresh “%1”").arg(s.segmentName));
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(
        tr("<span style='font-size:15pt'><b style='color:#1b6e37'>+%1</b> would enter &nbsp; "
           "<b style='color:#a31d1d'>−%2</b> would leave</span>")
            .arg(locale.toString(s.entering), locale.toString(s.leaving)),
        this);
    headline->setObjectName(QStringLiteral("dryRunHeadline"));
    layout->addWidget(headline);
    layout->addWidget(
        new QLabel(tr("The segment has %1 members now and would have %2 after the refresh. Nothing "
                      "has changed yet.")
                       .arg(locale.toString(s.currentCount), locale.toString(s.memberCount)),
                   this));

    auto *lists = new QHBoxLayout;
    auto *enterBox = new QGroupBox(tr("Would enter (%1)").arg(locale.toString(s.entering)), this);
    auto *enterList = new QListWidget(enterBox);
    enterList->setObjectName(QStringLiteral("enteringList"));
    (new QVBoxLayout(enterBox))->addWidget(enterList);
    fill(enterList, s.enteringNames, s.entering);
    auto *leaveBox = new QGroupBox(tr("Would leave (%1)").arg(locale.toString(s.leaving)), this);
    auto *leaveList = new QListWidget(leaveBox);
    leaveList->setObjectName(QStringLiteral("leavingList"));
    (new QVBoxLayout(leaveBox))->addWidget(leaveList);
    fill(leaveList, s.leavingNames, s.leaving);
    lists->addWidget(enterBox);
    lists->addWidget(leaveBox);
    layout->addLayout(lists, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *run = buttons->addButton(tr("Refresh now"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("refreshNowButton"));
    run->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

void DryRunDialog::fill(QListWidget *list, const QStringList &names, qint64 total)
{
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    if (total == 0) {
        auto *item = new QListWidgetItem(tr("Nobody"), list);
        item->setForeground(QColor(0x80, 0x86, 0x8b));
        return;
    }
    list->addItems(names);
    if (total > names.size()) {
        auto *item = new QListWidgetItem(
            tr("… and %1 more").arg(QLocale().toString(total - names.size())), list);
        item->setForeground(QColor(0x80, 0x86, 0x8b));
    }
}
