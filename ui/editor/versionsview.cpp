#include "versionsview.h"

#include "session/storetask.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString userText(const seg::DefinitionVersion &v)
{
    if (v.osUser.isEmpty() && v.dbUser.isEmpty()) return VersionsView::tr("unknown");
    if (v.dbUser.isEmpty()) return v.osUser;
    return VersionsView::tr("%1 (database user %2)")
        .arg(v.osUser.isEmpty() ? VersionsView::tr("unknown") : v.osUser, v.dbUser);
}

// One change as a coloured line: green added, red removed, amber changed.
QString changeHtml(const seg::DefinitionChange &c)
{
    using Kind = seg::DefinitionChange::Kind;
    const char *colour = c.kind == Kind::Added     ? "#1b6e20"
                         : c.kind == Kind::Removed ? "#b3261e"
                                                   : "#8a5a00";
    QString html = QStringLiteral("<div style='color:%1; margin:2px 0;'>%2</div>")
                       .arg(QLatin1String(colour), seg::describeChange(c).toHtmlEscaped());
    return html;
}

} // namespace

VersionsView::VersionsView(QWidget *parent) : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Version"), tr("Saved"), tr("Saved by"), tr("What changed")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("versions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VersionsView::showDiff);

    m_diffTitle = new QLabel(this);
    m_diffTitle->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_restore = new QPushButton(tr("&Restore this version…"), this);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_restore->setEnabled(false);
    m_restore->setToolTip(tr("Saves this version as the newest one; the current definition stays "
                             "in the list, so restoring can be undone by restoring it"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const seg::VersionEntry *v = selected()) emit restoreRequested(v->version.number);
    });

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_diffTitle);
    bottomLayout->addWidget(m_diff, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_restore);
    bottomLayout->addLayout(buttonRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
}

void VersionsView::setSegment(const seg::ConnectionSettings &settings, const QString &code)
{
    m_settings = settings;
    m_code = code;
    reload();
}

void VersionsView::reload()
{
    if (m_code.isEmpty()) return;
    const int request = ++m_request; // an older answer arriving late is dropped
    m_status->setText(tr("Loading the versions…"));
    using Versions = QList<seg::VersionEntry>;
    auto *watcher = new QFutureWatcher<seg::Result<Versions>>(this);
    connect(
        watcher, &QFutureWatcher<seg::Result<Versions>>::finished, this, [this, watcher, request] {
            watcher->deleteLater();
            if (request != m_request) return;
            const seg::Result<Versions> r = watcher->result();
            if (!r) {
                m_status->setText(tr("Could not read the versions: %1").arg(r.error().toString()));
                return;
            }
            showVersions(*r);
        });
    const QString code = m_code;
    watcher->setFuture(seg::runStoreTask<Versions>(
        m_settings, [code](seg::StoreSession &session) -> seg::Result<Versions> {
            return seg::definitionVersions(session, code);
        }));
}

int VersionsView::rowCount() const
{
    return m_model->rowCount();
}

void VersionsView::selectVersion(int number)
{
    for (int row = 0; row < m_versions.size(); ++row)
        if (m_versions.at(row).version.number == number)
            m_table->setCurrentIndex(m_model->index(row, 0));
}

QString VersionsView::diffText() const
{
    return m_diff->toPlainText();
}

const seg::VersionEntry *VersionsView::selected() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

void VersionsView::showVersions(const QList<seg::VersionEntry> &versions)
{
    m_versions = versions;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const seg::VersionEntry &v : versions) {
        auto *number = new QStandardItem(v.current ? tr("%1 (current)").arg(v.version.number)
                                                   : QString::number(v.version.number));
        number->setData(v.version.number, Qt::UserRole);
        QFont font = number->font();
        font.setBold(v.current);
        number->setFont(font);
        auto *at = new QStandardItem(
            v.version.savedAt.isValid()
                ? locale.toString(v.version.savedAt.toLocalTime(), QLocale::ShortFormat)
                : QString());
        auto *by = new QStandardItem(userText(v.version));
        auto *summary = new QStandardItem(v.summary);
        summary->setToolTip(v.summary);
        m_model->appendRow({number, at, by, summary});
    }
    m_table->resizeColumnsToContents();
    m_status->setText(versions.isEmpty()
                          ? tr("No version yet: the history starts with the next save.")
                          : tr("Each save keeps a version. Select one to see what restoring it "
                               "would change."));
    if (!versions.isEmpty())
        m_table->setCurrentIndex(m_model->index(versions.size() > 1 ? 1 : 0, 0));
    else
        showDiff();
    emit loaded(int(versions.size()));
}

void VersionsView::showDiff()
{
    const seg::VersionEntry *v = selected();
    m_restore->setEnabled(v && !v->current);
    if (!v) {
        m_diffTitle->clear();
        m_diff->clear();
        return;
    }
    if (v->current) {
        m_diffTitle->setText(tr("Version %1 is the current definition.").arg(v->version.number));
        m_diff->clear();
        return;
    }
    // From the current definition to the selected version: what restoring it would do.
    const QList<seg::DefinitionChange> changes =
        seg::diffDefinitions(m_versions.first().definition, v->definition);
    m_diffTitle->setText(
        tr("Restoring version %1 would make these changes to the current definition:")
            .arg(v->version.number));
    if (changes.isEmpty()) {
        m_diff->setPlainText(tr("No difference: version %1 reads the same as the current one.")
                                 .arg(v->version.number));
        return;
    }
    QString html;
    for (const seg::DefinitionChange &c : changes)
        html += changeHtml(c);
    m_diff->setHtml(html);
}
