#include "members/customerdetailsdialog.h"

#include "builder/explaindialog.h"
#include "session/storetask.h"

#include <QPushButton>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace seg;

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString money(const QString &amount)
{
    return QLocale().toString(amount.toDouble(), 'f', 2);
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setAlternatingRowColors(true);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(r, c, new QTableWidgetItem(cells[c]));
}

QLabel *value(const QString &text)
{
    auto *l = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

CustomerDetailsDialog::CustomerDetailsDialog(const ConnectionSettings &settings,
                                             const MemberKey &key, const QString &segmentCode,
                                             QWidget *parent)
    : QDialog(parent), m_settings(settings), m_segmentCode(segmentCode)
{
    setWindowTitle(tr("Customer %1").arg(key.toString()));
    auto *layout = new QVBoxLayout(this);

    m_headline = new QLabel(tr("Loading…"), this);
    m_headline->setObjectName(QStringLiteral("customerHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);
    m_subline = new QLabel(this);
    m_subline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badges = new QLabel(this);
    m_badges->setTextFormat(Qt::RichText);
    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_headline);
    names->addWidget(m_subline);
    header->addLayout(names, 1);
    header->addWidget(m_badges, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(header);

    auto *body = new QHBoxLayout;
    // Left: profile, orders summary, addresses.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *profileBox = new QGroupBox(tr("Profile"), left);
    m_profileForm = new QFormLayout(profileBox);
    leftLayout->addWidget(profileBox);
    auto *ordersBox = new QGroupBox(tr("Orders"), left);
    m_ordersForm = new QFormLayout(ordersBox);
    leftLayout->addWidget(ordersBox);
    auto *addressBox = new QGroupBox(tr("Addresses"), left);
    m_addresses = new QVBoxLayout(addressBox);
    leftLayout->addWidget(addressBox);
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(380);
    body->addWidget(scroll, 2);

    // Right: this segment (state, explanation, journal), recent orders, segments.
    m_tabs = new QTabWidget(this);
    auto *explainPage = new QWidget(m_tabs);
    auto *explainLayout = new QVBoxLayout(explainPage);
    m_segmentState = new QLabel(explainPage);
    m_segmentState->setWordWrap(true);
    m_segmentState->setTextFormat(Qt::RichText);
    m_verdict = new QLabel(explainPage);
    m_verdict->setTextFormat(Qt::RichText);
    m_explain = new QPlainTextEdit(explainPage);
    m_explain->setObjectName(QStringLiteral("explanation"));
    m_explain->setReadOnly(true);
    m_explain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_explain->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    explainLayout->addWidget(m_segmentState);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    m_explainButton = new QPushButton(tr("Explain…"), explainPage);
    m_explainButton->setObjectName(QStringLiteral("explainButton"));
    m_explainButton->setToolTip(
        tr("Open the condition-by-condition explanation for this customer"));
    m_explainButton->setEnabled(false);
    verdictRow->addWidget(m_explainButton);
    explainLayout->addLayout(verdictRow);
    explainLayout->addWidget(m_explain, 3);
    auto *journalTitle = new QLabel(
        tr("<b>Journal</b> — when this customer entered or left the segment"), explainPage);
    explainLayout->addWidget(journalTitle);
    m_journal = table({tr("When"), tr("Change")}, explainPage);
    explainLayout->addWidget(m_journal, 2);
    m_tabs->addTab(explainPage, tr("This segment"));
    m_orders = table({tr("Order"), tr("Date"), tr("Status"), tr("Total")}, m_tabs);
    m_tabs->addTab(m_orders, tr("Recent orders"));
    m_segments = table({tr("Segment"), tr("Code"), tr("Member since")}, m_tabs);
    m_tabs->addTab(m_segments, tr("Segments"));
    body->addWidget(m_tabs, 3);
    layout->addLayout(body, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 680);

    auto *watcher = new QFutureWatcher<Result<CustomerProfile>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<CustomerProfile> r = watcher->future().result();
        if (r)
            showProfile(*r);
        else
            showError(r.error().toString());
    });
    watcher->setFuture(
        runStoreTask<CustomerProfile>(settings, [key, segmentCode](StoreSession &session) {
            return CustomerProfileLoader::load(session, key, segmentCode);
        }));
}

QString CustomerDetailsDialog::headlineText() const
{
    return m_headline->text();
}

QString CustomerDetailsDialog::explanationText() const
{
    return m_explain->toPlainText();
}

void CustomerDetailsDialog::showError(const QString &message)
{
    m_headline->setText(tr("Could not load the customer"));
    m_subline->setText(message);
    m_loaded = true;
    emit loaded();
}

void CustomerDetailsDialog::showProfile(const CustomerProfile &p)
{
    const QLocale locale;
    const QString name = QStringLiteral("%1 %2").arg(p.firstname, p.lastname).trimmed();
    m_headline->setText(name.isEmpty() ? p.email : name);
    m_subline->setText(p.key.isGuest()
                           ? tr("%1 · guest (orders without an account)").arg(p.email)
                           : tr("%1 · customer #%2").arg(p.email).arg(p.key.customerId));
    if (!p.exists) m_subline->setText(tr("%1 · no longer in the store").arg(p.key.toString()));

    QStringList badges;
    const auto pill = [](const QString &text, const char *bg, const char *fg) {
        return QStringLiteral(
                   "<span style='background:%2;color:%3;font-weight:bold'>&nbsp;%1&nbsp;</span>")
            .arg(text.toHtmlEscaped(), QLatin1String(bg), QLatin1String(fg));
    };
    if (p.override)
        badges << (p.override->kind == OverrideKind::Exclude
                       ? pill(tr("Excluded"), "#fde2e1", "#a31d1d")
                       : pill(tr("Included"), "#dcf5e3", "#1b6e37"));
    if (!m_segmentCode.isEmpty() && !p.journal.isEmpty() &&
        p.journal.first().change == QLatin1String("entered") && p.memberSince &&
        *p.memberSince == p.journal.first().at)
        badges << pill(tr("New"), "#dde9fc", "#1d4ea3");
    m_badges->setText(badges.join(QStringLiteral("&nbsp;")));

    m_profileForm->addRow(tr("Email"), value(p.email));
    m_profileForm->addRow(tr("First name"), value(p.firstname));
    m_profileForm->addRow(tr("Last name"), value(p.lastname));
    m_profileForm->addRow(tr("Customer group"), value(p.group));
    m_profileForm->addRow(tr("Website"), value(p.website));
    if (!p.key.isGuest()) m_profileForm->addRow(tr("Registered"), value(when(p.createdAt)));

    m_ordersForm->addRow(tr("Orders"), value(locale.toString(p.orders)));
    m_ordersForm->addRow(tr("Lifetime sales"), value(money(p.lifetimeSales)));
    if (p.orders > 0) {
        m_ordersForm->addRow(
            tr("Average order"),
            value(locale.toString(p.lifetimeSales.toDouble() / double(p.orders), 'f', 2)));
        m_ordersForm->addRow(tr("First order"), value(when(p.firstOrderAt)));
        m_ordersForm->addRow(tr("Last order"), value(when(p.lastOrderAt)));
    }

    if (p.addresses.isEmpty()) m_addresses->addWidget(value(tr("No address on file")));
    for (const CustomerAddress &a : p.addresses) {
        QStringList lines{
            QStringLiteral("<b>%1</b>").arg(a.kind.toHtmlEscaped()), a.name.toHtmlEscaped(),
            a.street.toHtmlEscaped(),
            QStringLiteral("%1 %2").arg(a.postcode, a.city).trimmed().toHtmlEscaped()};
        if (!a.region.isEmpty()) lines << a.region.toHtmlEscaped();
        const QLocale::Territory territory = QLocale::codeToTerritory(a.country);
        lines << (territory == QLocale::AnyTerritory ? a.country
                                                     : QLocale::territoryToString(territory))
                     .toHtmlEscaped();
        if (!a.telephone.isEmpty()) lines << tr("Tel. %1").arg(a.telephone).toHtmlEscaped();
        lines.removeAll(QString());
        auto *label = new QLabel(lines.join(QStringLiteral("<br>")));
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_addresses->addWidget(label);
    }

    // This segment.
    if (!m_segmentCode.isEmpty()) {
        QStringList state;
        if (p.memberSince)
            state << tr("Member of this segment since %1.").arg(when(*p.memberSince));
        else
            state << tr("Not in this segment's stored membership.");
        if (p.override) {
            state << (p.override->kind == OverrideKind::Exclude ? tr("Excluded by hand on %1.")
                                                                : tr("Included by hand on %1."))
                         .arg(when(p.override->at));
            if (!p.override->reason.isEmpty())
                state << tr("Reason: %1").arg(p.override->reason.toHtmlEscaped());
        }
        m_segmentState->setText(state.join(QLatin1Char(' ')));
        const bool excluded = p.override && p.override->kind == OverrideKind::Exclude;
        const bool included = p.override && p.override->kind == OverrideKind::Include;
        QString verdict;
        if (!p.explanation.isEmpty()) {
            if (p.matches)
                verdict = excluded ? tr("<b style='color:#1b6e37'>✔ The definition matches this "
                                        "customer now</b> — the exclusion keeps them out.")
                                   : tr("<b style='color:#1b6e37'>✔ The definition matches this "
                                        "customer now.</b>");
            else
                verdict = included ? tr("<b style='color:#a31d1d'>✘ The definition does not match "
                                        "this customer now</b> — the inclusion keeps them in.")
                                   : tr("<b style='color:#a31d1d'>✘ The definition does not match "
                                        "this customer now.</b>");
        }
        m_verdict->setText(verdict);
        m_explain->setPlainText(p.explanation.isEmpty()
                                    ? tr("No explanation: the customer is not in the store.")
                                    : p.explanation);
    } else {
        m_segmentState->setText(tr("Preview of an unsaved definition: no override or journal."));
        m_explain->setPlainText(QString());
    }
    for (const MemberJournalEntry &e : p.journal)
        addRow(m_journal,
               {when(e.at), e.change == QLatin1String("entered") ? tr("Entered") : tr("Left")});
    if (p.journal.isEmpty()) addRow(m_journal, {tr("No entries yet"), QString()});
    for (const CustomerOrder &o : p.recentOrders)
        addRow(m_orders, {o.number, when(o.at), o.status, money(o.total)});
    for (const SegmentMembership &s : p.segments)
        addRow(m_segments, {s.name, s.code, when(s.since)});
    m_tabs->setTabText(2, tr("Segments (%1)").arg(p.segments.size()));
    if (p.definition) {
        m_explainButton->setEnabled(p.exists);
        const seg::SegmentDefinition definition = *p.definition;
        const QString member = p.key.toString();
        connect(m_explainButton, &QPushButton::clicked, this, [this, definition, member] {
            auto *dialog = new ExplainDialog(m_settings, definition, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setMember(member);
            dialog->open();
        });
    } else {
        m_explainButton->hide();
    }
    m_loaded = true;
    emit loaded();
}
