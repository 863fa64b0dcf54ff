#include "app/preferencesdialog.h"

#include "support/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_keep(new QComboBox(this)), m_days(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_keep->setObjectName(QStringLiteral("keepHistory"));
    m_keep->addItem(tr("Forever"), false);
    m_keep->addItem(tr("For a number of days"), true);
    m_days->setObjectName(QStringLiteral("keepHistoryDays"));
    m_days->setRange(1, 36500);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(365);

    auto *keepRow = new QWidget(this);
    auto *keepLayout = new QHBoxLayout(keepRow);
    keepLayout->setContentsMargins(0, 0, 0, 0);
    keepLayout->addWidget(m_keep);
    keepLayout->addWidget(m_days);
    keepLayout->addStretch(1);
    keepRow->setFocusProxy(m_keep);

    auto *hint = new QLabel(
        tr("Applies to every segment's refresh history and membership journal. With a number of "
           "days, older rows are deleted after each refresh made in this application, and the "
           "status bar says how many. Scheduled refreshes choose their own: segmentor-cli "
           "refresh --all --keep-history DAYS."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMinimumWidth(480);

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep refresh history:"), keepRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // the wrapped hint is never cut
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_keep, &QComboBox::currentIndexChanged, this,
            [this] { m_days->setEnabled(m_keep->currentData().toBool()); });
    setKeepHistoryDays(AppSettings().keepHistoryDays());
}

int PreferencesDialog::keepHistoryDays() const
{
    return m_keep->currentData().toBool() ? m_days->value() : 0;
}

void PreferencesDialog::setKeepHistoryDays(int days)
{
    m_keep->setCurrentIndex(days > 0 ? 1 : 0);
    if (days > 0) m_days->setValue(days);
    m_days->setEnabled(days > 0);
}

void PreferencesDialog::accept()
{
    AppSettings().setKeepHistoryDays(keepHistoryDays());
    QDialog::accept();
}
