#include "integrations/destinationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace seg;

DestinationDialog::DestinationDialog(const QList<QPair<QString, QString>> &segments,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Destination"));
    setMinimumWidth(520);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Newsletter"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Mailchimp audience"), QStringLiteral("mailchimp"));
    m_kind->addItem(tr("Klaviyo list"), QStringLiteral("klaviyo"));
    m_list = new QLineEdit(this);
    m_listLabel = new QLabel(this);
    m_baseUrl = new QLineEdit(this);
    m_apiKey = new QLineEdit(this);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_statusIfNew = new QComboBox(this);
    m_statusIfNew->addItem(tr("Transactional (no marketing consent)"),
                           QStringLiteral("transactional"));
    m_statusIfNew->addItem(tr("Subscribed (they opted in)"), QStringLiteral("subscribed"));
    m_statusIfNew->addItem(tr("Pending (Mailchimp asks them to confirm)"),
                           QStringLiteral("pending"));
    m_statusLabel = new QLabel(tr("New contacts:"), this);
    m_segments = new QListWidget(this);
    m_segments->setMaximumHeight(120);
    for (const auto &[code, name] : segments) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(name, code), m_segments);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tool:"), m_kind);
    form->addRow(m_listLabel, m_list);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("API address:"), m_baseUrl);
    form->addRow(m_statusLabel, m_statusIfNew);
    form->addRow(tr("Push after each refresh of:"), m_segments);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DestinationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(
        tr("The API key is kept in the system keychain, never in Segmentor's tables."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DestinationDialog::kindChanged);
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] { m_baseUrlEdited = true; });
    connect(m_apiKey, &QLineEdit::textChanged, this, [this] {
        if (!m_baseUrlEdited && !m_editing) kindChanged();
    });
    kindChanged();
}

void DestinationDialog::kindChanged()
{
    const bool mailchimp = m_kind->currentData().toString() == QLatin1String("mailchimp");
    m_listLabel->setText(mailchimp ? tr("Audience id:") : tr("List id:"));
    m_list->setPlaceholderText(mailchimp ? tr("e.g. a1b2c3d4e5") : tr("e.g. XyZ123"));
    m_statusIfNew->setVisible(mailchimp);
    m_statusLabel->setVisible(mailchimp);
    if (!m_baseUrlEdited)
        m_baseUrl->setText(Destination::defaultBaseUrl(
            mailchimp ? DestinationKind::Mailchimp : DestinationKind::Klaviyo, m_apiKey->text()));
}

void DestinationDialog::setDestination(const Destination &d, bool hasStoredKey)
{
    m_original = d;
    m_editing = true;
    m_baseUrlEdited = true;
    setWindowTitle(tr("Edit destination %1").arg(d.name));
    m_name->setText(d.name);
    m_name->setReadOnly(true);
    m_kind->setCurrentIndex(d.kind == DestinationKind::Mailchimp ? 0 : 1);
    m_list->setText(d.listId);
    m_baseUrl->setText(d.baseUrl);
    m_apiKey->setPlaceholderText(hasStoredKey ? tr("stored; type a new key to replace it")
                                              : tr("not stored yet"));
    const int status = m_statusIfNew->findData(d.statusIfNew);
    if (status >= 0) m_statusIfNew->setCurrentIndex(status);
    for (int i = 0; i < m_segments->count(); ++i) {
        QListWidgetItem *item = m_segments->item(i);
        item->setCheckState(d.syncAfterRefresh.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

Destination DestinationDialog::destination() const
{
    Destination d = m_original;
    d.name = m_name->text().trimmed();
    d.kind = m_kind->currentData().toString() == QLatin1String("mailchimp")
                 ? DestinationKind::Mailchimp
                 : DestinationKind::Klaviyo;
    d.listId = m_list->text().trimmed();
    d.baseUrl = m_baseUrl->text().trimmed();
    d.statusIfNew = m_statusIfNew->currentData().toString();
    d.syncAfterRefresh.clear();
    for (int i = 0; i < m_segments->count(); ++i)
        if (m_segments->item(i)->checkState() == Qt::Checked)
            d.syncAfterRefresh << m_segments->item(i)->data(Qt::UserRole).toString();
    return d;
}

QString DestinationDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

void DestinationDialog::accept()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the destination a name.");
    else if (m_list->text().trimmed().isEmpty())
        problem = m_kind->currentIndex() == 0
                      ? tr("Enter the Mailchimp audience id (Audience → Settings → Audience name "
                           "and defaults).")
                      : tr("Enter the Klaviyo list id (Lists & segments → the list → Settings).");
    else if (!m_baseUrl->text().trimmed().startsWith(QLatin1String("https://")) &&
             !m_baseUrl->text().trimmed().startsWith(QLatin1String("http://")))
        problem = tr("The API address must start with https://.");
    else if (!m_editing && apiKey().isEmpty())
        problem = tr("Enter the API key.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
