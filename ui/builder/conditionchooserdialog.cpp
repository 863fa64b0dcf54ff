#include "builder/conditionchooserdialog.h"

#include "builder/conditionpalette.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConditionChooserDialog::ConditionChooserDialog(QWidget *parent)
    : QDialog(parent), m_palette(new ConditionPalette)
{
    setWindowTitle(tr("Add a condition"));
    resize(420, 520);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_palette);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const ConditionTemplate *entry = m_palette->currentTemplate()) {
            m_chosen = *entry;
            accept();
        }
    });
    connect(m_palette, &ConditionPalette::templateActivated, this,
            [this](const ConditionTemplate &entry) {
                m_chosen = entry;
                accept();
            });
    m_palette->filterEdit()->setFocus();
}
