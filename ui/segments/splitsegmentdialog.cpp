#include "splitsegmentdialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SplitSegmentDialog::SplitSegmentDialog(const QString &code, QWidget *parent)
    : QDialog(parent), m_percent(new QDoubleSpinBox(this)),
      m_seed(
          new QLineEdit(code + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate), this))
{
    setWindowTitle(tr("Split into test and control"));
    auto *form = new QFormLayout(this);
    m_percent->setRange(0.01, 99.99);
    m_percent->setDecimals(2);
    m_percent->setValue(10);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setObjectName(QStringLiteral("testPercent"));
    m_seed->setObjectName(QStringLiteral("seed"));
    form->addRow(new QLabel(tr("Two new inactive segments from %1: a random share of its members "
                               "(%1-test) and the others (%1-control).")
                                .arg(code)));
    form->addRow(tr("Test group:"), m_percent);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(new QLabel(tr("The same seed always draws the same customers.")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Split"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A blank seed would be replaced by one the marketer never saw: refuse it here.
    connect(m_seed, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    form->addRow(buttons);
}

double SplitSegmentDialog::percent() const
{
    return m_percent->value();
}

QString SplitSegmentDialog::seed() const
{
    return m_seed->text().trimmed();
}
