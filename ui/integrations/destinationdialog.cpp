#include "integrations/destinationdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
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
    m_kind->addItem(tr("Webhook (enter/exit events)"), QStringLiteral("webhook"));
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
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_list->setObjectName(QStringLiteral("list"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_segments->setObjectName(QStringLiteral("segments"));
    m_events = new QWidget(this);
    auto *eventsLayout = new QHBoxLayout(m_events);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    m_enter = new QCheckBox(tr("Entered"), m_events);
    m_exit = new QCheckBox(tr("Left"), m_events);
    m_failed = new QCheckBox(tr("Scheduled refresh failed"), m_events);
    m_enter->setChecked(true);
    m_exit->setChecked(true);
    m_enter->setObjectName(QStringLiteral("eventEnter"));
    m_exit->setObjectName(QStringLiteral("eventExit"));
    m_failed->setObjectName(QStringLiteral("eventFailed"));
    eventsLayout->addWidget(m_enter);
    eventsLayout->addWidget(m_exit);
    eventsLayout->addWidget(m_failed);
    eventsLayout->addStretch();
    m_batchSize = new QSpinBox(this);
    m_batchSize->setRange(1, 5000);
    m_batchSize->setValue(500);
    m_batchSize->setSuffix(tr(" events per request"));
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_apiKeyLabel = new QLabel(tr("API key:"), this);
    m_baseUrlLabel = new QLabel(tr("API address:"), this);
    m_segmentsLabel = new QLabel(tr("Push after each refresh of:"), this);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tool:"), m_kind);
    form->addRow(m_listLabel, m_list);
    form->addRow(m_apiKeyLabel, m_apiKey);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(m_statusLabel, m_statusIfNew);
    form->addRow(tr("Events:"), m_events);
    form->addRow(tr("Batches:"), m_batchSize);
    form->addRow(m_segmentsLabel, m_segments);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DestinationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(this);
    m_note = note;
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

bool DestinationDialog::isWebhook() const
{
    return m_kind->currentData().toString() == QLatin1String("webhook");
}

void DestinationDialog::kindChanged()
{
    const bool mailchimp = m_kind->currentData().toString() == QLatin1String("mailchimp");
    const bool webhook = isWebhook();
    m_listLabel->setText(mailchimp ? tr("Audience id:") : tr("List id:"));
    m_list->setPlaceholderText(mailchimp ? tr("e.g. a1b2c3d4e5") : tr("e.g. XyZ123"));
    m_form->setRowVisible(m_list, !webhook);
    m_form->setRowVisible(m_statusIfNew, mailchimp);
    m_form->setRowVisible(m_events, webhook);
    m_form->setRowVisible(m_batchSize, webhook);
    m_apiKeyLabel->setText(webhook ? tr("Signing secret:") : tr("API key:"));
    m_baseUrlLabel->setText(webhook ? tr("URL:") : tr("API address:"));
    m_segmentsLabel->setText(webhook ? tr("Send the joiners and leavers of:")
                                     : tr("Push after each refresh of:"));
    m_note->setText(webhook ? tr("Each request is signed: X-Segmentor-Signature is sha256= and "
                                 "the HMAC-SHA256 of \"timestamp.body\" with the secret. The "
                                 "secret is kept in the system keychain, never in Segmentor's "
                                 "tables.")
                            : tr("The API key is kept in the system keychain, never in "
                                 "Segmentor's tables."));
    if (webhook) {
        // The other tools' API address is no webhook URL; a URL typed or set is kept.
        if (!m_baseUrlEdited &&
            (m_baseUrl->text() == Destination::defaultBaseUrl(DestinationKind::Klaviyo) ||
             m_baseUrl->text().contains(QLatin1String(".api.mailchimp.com"))))
            m_baseUrl->setText(QString());
        m_baseUrl->setPlaceholderText(tr("https://example.com/hooks/segmentor"));
        return;
    }
    m_baseUrl->setPlaceholderText(QString());
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
    m_kind->setCurrentIndex(m_kind->findData(destinationKindName(d.kind)));
    m_enter->setChecked(d.wants(QStringLiteral("enter")));
    m_exit->setChecked(d.wants(QStringLiteral("exit")));
    m_failed->setChecked(d.wants(QStringLiteral("failed")));
    m_batchSize->setValue(d.batchSize);
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
    d.kind = destinationKindFrom(m_kind->currentData().toString()).value_or(d.kind);
    if (d.isWebhook()) {
        d.events.clear();
        if (m_enter->isChecked()) d.events << QStringLiteral("enter");
        if (m_exit->isChecked()) d.events << QStringLiteral("exit");
        if (m_failed->isChecked()) d.events << QStringLiteral("failed");
        d.batchSize = m_batchSize->value();
    }
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
    else if (isWebhook() && !m_enter->isChecked() && !m_exit->isChecked() && !m_failed->isChecked())
        problem = tr("Choose at least one event.");
    else if (isWebhook() && destination().syncAfterRefresh.isEmpty())
        problem = tr("Choose the segments whose joiners and leavers are sent.");
    else if (!isWebhook() && m_list->text().trimmed().isEmpty())
        problem = m_kind->currentIndex() == 0
                      ? tr("Enter the Mailchimp audience id (Audience → Settings → Audience name "
                           "and defaults).")
                      : tr("Enter the Klaviyo list id (Lists & segments → the list → Settings).");
    else if (!m_baseUrl->text().trimmed().startsWith(QLatin1String("https://")) &&
             !m_baseUrl->text().trimmed().startsWith(QLatin1String("http://")))
        problem = isWebhook() ? tr("The URL must start with https:// (or http://).")
                              : tr("The API address must start with https://.");
    else if (!m_editing && apiKey().isEmpty())
        problem = isWebhook() ? tr("Enter the signing secret (share it with the receiver).")
                              : tr("Enter the API key.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
