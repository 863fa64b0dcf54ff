#include "explaindialog.h"

#include "operations/explainmember.h"
#include "session/storetask.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

using Outcome = std::optional<seg::MemberExplanation>;

const QColor kPass(0x1b, 0x7f, 0x3b);
const QColor kFail(0xb0, 0x00, 0x20);
const QColor kMuted(0x80, 0x80, 0x80);

QString memberTitle(const seg::MemberExplanation &m)
{
    if (m.key.isGuest())
        return ExplainDialog::tr("Guest %1").arg(m.email.isEmpty() ? m.key.guestEmail : m.email);
    const QString who = m.email.isEmpty() ? m.name : m.email;
    return who.isEmpty() ? ExplainDialog::tr("Customer %1").arg(m.key.customerId)
                         : ExplainDialog::tr("Customer %1 (%2)").arg(m.key.customerId).arg(who);
}

} // namespace

ExplainDialog::ExplainDialog(const seg::ConnectionSettings &settings,
                             const seg::SegmentDefinition &definition, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_definition(definition)
{
    const QString name = definition.name.isEmpty() ? definition.code : definition.name;
    setWindowTitle(name.isEmpty() ? tr("Explain a customer")
                                  : tr("Explain a customer · %1").arg(name));
    resize(1280, 800);

    m_member = new QLineEdit(this);
    m_member->setPlaceholderText(tr("a customer id such as 42, or an e-mail address"));
    m_member->setClearButtonEnabled(true);
    m_member->setMinimumWidth(360);
    auto *memberLabel = new QLabel(tr("&Customer id or e-mail:"), this);
    memberLabel->setBuddy(m_member);
    m_explain = new QPushButton(tr("&Explain"), this);
    m_explain->setDefault(true);
    connect(m_explain, &QPushButton::clicked, this, &ExplainDialog::run);
    // Return in the field presses Explain, the dialog's default button.

    auto *top = new QHBoxLayout;
    top->addWidget(memberLabel);
    top->addWidget(m_member, 1);
    top->addWidget(m_explain);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMargin(8);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->hide();

    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Condition"), tr("Result"), tr("Values compared")});
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
    m_tree->setAccessibleName(tr("Explanation"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);

    auto *legend = new QLabel(
        tr("✔ the condition is true for this customer · ✘ it is false · muted conditions are "
           "shown in grey and ignored. A group set to FALSE wants its conditions to be false."),
        this);
    legend->setWordWrap(true);
    QPalette legendPalette = legend->palette();
    legendPalette.setColor(QPalette::WindowText, kMuted);
    legend->setPalette(legendPalette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details);
    layout->addWidget(m_tree, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);

    showVerdict(tr("Enter a customer id or an e-mail address, then press Explain."), QString());
}

ExplainDialog::~ExplainDialog() = default;

void ExplainDialog::setMember(const QString &customerIdOrEmail)
{
    m_member->setText(customerIdOrEmail);
    run();
}

QString ExplainDialog::verdictText() const
{
    return m_verdict->text();
}

void ExplainDialog::showVerdict(const QString &text, const QString &tone)
{
    m_verdict->setText(text);
    QString style;
    if (tone == QLatin1String("in"))
        style = QStringLiteral("QLabel { color: #1b7f3b; background: #e6f4ea; border: 1px solid "
                               "#1b7f3b; border-radius: 4px; }");
    else if (tone == QLatin1String("out"))
        style = QStringLiteral("QLabel { color: #b00020; background: #fce8ea; border: 1px solid "
                               "#b00020; border-radius: 4px; }");
    else if (tone == QLatin1String("problem"))
        style = QStringLiteral("QLabel { color: #7a4a00; background: #fff4e0; border: 1px solid "
                               "#c98a00; border-radius: 4px; }");
    m_verdict->setStyleSheet(style);
}

void ExplainDialog::addNode(QStandardItem *parent, const seg::Explanation &node)
{
    auto *condition = new QStandardItem(node.label);
    auto *result = new QStandardItem;
    auto *values = new QStandardItem(node.detail);
    condition->setToolTip(
        node.path.isEmpty() ? node.label : QStringLiteral("%1\n%2").arg(node.label, node.path));
    values->setToolTip(node.detail);
    if (node.muted) {
        result->setText(tr("– muted"));
        for (QStandardItem *i : {condition, result, values}) {
            i->setForeground(kMuted);
            QFont f = i->font();
            f.setItalic(true);
            i->setFont(f);
        }
    } else {
        result->setText(node.result ? tr("✔ true") : tr("✘ false"));
        result->setForeground(node.result ? kPass : kFail);
        QFont f = result->font();
        f.setBold(true);
        result->setFont(f);
    }
    result->setData(node.muted ? QVariant() : QVariant(node.result), Qt::UserRole);
    parent->appendRow({condition, result, values});
    for (const seg::Explanation &child : node.children)
        addNode(condition, child);
}

void ExplainDialog::run()
{
    const QString text = m_member->text().trimmed();
    if (text.isEmpty()) {
        showVerdict(tr("Enter a customer id or an e-mail address, then press Explain."), QString());
        emit explained();
        return;
    }
    const quint64 generation = ++m_generation;
    m_running = true;
    m_model->removeRows(0, m_model->rowCount());
    m_details->hide();
    showVerdict(tr("Evaluating the segment for %1…").arg(text), QString());

    const seg::SegmentDefinition definition = m_definition;
    const QDateTime asOf = m_asOf.value_or(QDateTime::currentDateTimeUtc());
    const bool rewind = m_asOf.has_value();
    std::function<seg::Result<Outcome>(seg::StoreSession &)> work =
        [definition, text, asOf, rewind](seg::StoreSession &session) {
            return seg::explainMember(session, definition, text, session.timeContext(asOf, rewind));
        };
    auto *watcher = new QFutureWatcher<seg::Result<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, text, asOf] {
        watcher->deleteLater();
        if (generation != m_generation) return; // another member was asked for meanwhile
        m_running = false;
        const seg::Result<Outcome> result = watcher->result();
        if (!result) {
            // An e-mail several customers share: the message names them; an id picks one.
            showVerdict(
                result.error().is(seg::ErrorCode::InvalidArgument)
                    ? tr("%1. Enter a customer id to explain one of them.")
                          .arg(result.error().message)
                    : tr("This customer cannot be explained: %1").arg(result.error().toString()),
                QStringLiteral("problem"));
            emit explained();
            return;
        }
        if (!result->has_value()) {
            const bool looksLikeId =
                !text.isEmpty() &&
                std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
            showVerdict(
                looksLikeId
                    ? tr("There is no customer with id %1 in this store.").arg(text)
                    : tr("No customer or guest with the e-mail \"%1\" in this store.").arg(text),
                QStringLiteral("problem"));
            emit explained();
            return;
        }
        const seg::MemberExplanation &m = **result;
        showVerdict(m.isMember ? tr("%1 is IN this segment").arg(memberTitle(m))
                               : tr("%1 is NOT in this segment").arg(memberTitle(m)),
                    m.isMember ? QStringLiteral("in") : QStringLiteral("out"));
        const QString zone =
            m_settings.storeTimeZone.isEmpty() ? QStringLiteral("UTC") : m_settings.storeTimeZone;
        const QDateTime local = asOf.toTimeZone(m_settings.storeTimeZone.isEmpty()
                                                    ? QTimeZone::utc()
                                                    : QTimeZone(m_settings.storeTimeZone.toUtf8()));
        const QString kind =
            m.key.isGuest() ? tr("guest (orders without an account)") : tr("registered customer");
        const QString when = tr("evaluated as of %1 (%2)")
                                 .arg(QLocale().toString(local, QLocale::ShortFormat), zone);
        m_details->setText(m.name.isEmpty() ? tr("%1 · %2").arg(kind, when)
                                            : tr("%1 · %2 · %3").arg(m.name, kind, when));
        m_details->show();
        addNode(m_model->invisibleRootItem(), m.explanation);
        m_tree->expandAll();
        m_tree->resizeColumnToContents(ConditionColumn);
        m_tree->setColumnWidth(ConditionColumn, std::min(m_tree->columnWidth(ConditionColumn),
                                                         m_tree->width() * 3 / 5));
        emit explained();
    });
    watcher->setFuture(seg::runStoreTask<Outcome>(m_settings, work, false));
}
