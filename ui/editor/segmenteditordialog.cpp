#include "segmenteditordialog.h"

#include "definition/definitionvalidator.h"
#include "operations/definitionversions.h"
#include "operations/exportafterrefresh.h"
#include "session/storetask.h"
#include "support/segmentoperations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "builder/conditionbuilderwidget.h"
#include "editor/versionsview.h"
#include "history/historyview.h"
#include "lookups/picklists.h"
#include "members/matchedcustomersview.h"

SegmentEditorDialog::SegmentEditorDialog(const seg::ConnectionSettings &settings,
                                         const seg::SegmentDefinition &definition, QWidget *parent,
                                         bool isNew)
    : QDialog(parent), m_settings(settings), m_original(definition),
      m_originalCode(isNew ? QString() : definition.code)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_builder = new ConditionBuilderWidget(this);
    m_builder->setStore(settings);
    m_builder->setDefinition(definition);
    m_tabs->addTab(m_builder, tr("Conditions"));
    m_tabs->addTab(buildActionsTab(), tr("Actions"));
    // A saved segment shows its stored members; a new one previews who its conditions match,
    // computed again each time the tab is opened.
    auto *matched = new MatchedCustomersView(this);
    if (!m_originalCode.isEmpty()) {
        matched->setSegment(settings, m_originalCode);
        m_tabs->addTab(matched, tr("Matched customers"));
        connect(matched, &MatchedCustomersView::membershipChanged, this,
                [this] { emit membershipChanged(m_originalCode); });
    } else {
        m_tabs->addTab(matched, tr("Preview of members"));
        connect(m_tabs, &QTabWidget::currentChanged, this, [this, matched](int index) {
            if (m_tabs->widget(index) == matched)
                matched->setPreview(m_settings, this->definition(), m_builder->evaluationTime());
        });
    }
    if (!m_originalCode.isEmpty()) {
        auto *history = new HistoryView(this);
        history->setSegment(settings, m_originalCode);
        m_tabs->addTab(history, tr("History"));
        m_versions = new VersionsView(this);
        m_versions->setSegment(settings, m_originalCode);
        m_tabs->addTab(m_versions, tr("Versions"));
        connect(m_versions, &VersionsView::restoreRequested, this,
                [this](int number) { restoreVersion(number); });
    }

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SegmentEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(&m_saving, &QFutureWatcher<seg::Result<seg::SegmentRecord>>::finished, this,
            [this, buttons] {
                buttons->setEnabled(true);
                m_isSaving = false;
                const seg::Result<seg::SegmentRecord> result = m_saving.result();
                if (!result) {
                    showError(
                        tr("This segment cannot be saved: %1").arg(result.error().toString()));
                    return;
                }
                m_lastError.clear();
                if (m_exportBox->isChecked() || m_exportStored) {
                    saveExportAfterRefresh(result->definition.code);
                    return;
                }
                emit saved(result->definition.code);
                accept();
            });
    connect(buttons, &QDialogButtonBox::accepted, this,
            [buttons, this] { buttons->setEnabled(!m_isSaving); });

    updateTitle();
    loadPickLists();
    resize(m_builder ? QSize(1100, 760) : QSize(640, 560));
}

SegmentEditorDialog::~SegmentEditorDialog()
{
    m_saving.waitForFinished();
}

QWidget *SegmentEditorDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1); // the rows stay together at the top
    m_name = new QLineEdit(m_original.name, page);
    m_name->setPlaceholderText(tr("e.g. VIP customers"));
    m_name->setObjectName(QStringLiteral("name"));
    m_code = new QLineEdit(m_original.code, page);
    m_code->setPlaceholderText(tr("e.g. vip-customers"));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9_-]{0,63}")), m_code));
    m_code->setToolTip(tr("A unique short name used by exports, the command line and the REST API: "
                          "lower-case letters, "
                          "digits, - and _"));
    if (m_original.code.isEmpty()) // suggest a code from the name until the user types one
        connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
            if (m_code->isModified()) return;
            QString code = name.toLower();
            code.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
            code.remove(QRegularExpression(QStringLiteral("^[-_]+|-+$")));
            m_code->setText(code.left(64));
        });
    connect(m_name, &QLineEdit::textChanged, this, &SegmentEditorDialog::updateTitle);
    m_description = new QPlainTextEdit(m_original.description, page);
    m_description->setMaximumHeight(90);
    m_active = new QCheckBox(tr("Active (refreshed, exported and applied)"), page);
    m_active->setChecked(m_original.active);

    m_websites = new QListWidget(page);
    m_websites->setMaximumHeight(90);
    m_websites->setVisible(false);
    m_websiteIds = new QLineEdit(page);
    QStringList ids;
    for (int id : m_original.websites)
        ids << QString::number(id);
    m_websiteIds->setText(ids.join(QStringLiteral(", ")));
    m_websiteIds->setPlaceholderText(tr("all websites (or website ids, e.g. 1, 2)"));
    m_websiteIds->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9, ]*")), m_websiteIds));
    // One widget for the row, so the form's label gets it as its buddy (a layout would leave
    // "&Websites:" with a visible ampersand); Alt+W focuses whichever of the two is shown.
    auto *websites = new QWidget(page);
    auto *websitesLayout = new QVBoxLayout(websites);
    websitesLayout->setContentsMargins(0, 0, 0, 0);
    websitesLayout->addWidget(m_websites);
    websitesLayout->addWidget(m_websiteIds);
    websites->setFocusProxy(m_websiteIds);
    websites->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no stretching

    m_applyTo = new QComboBox(page);
    m_applyTo->addItem(tr("Registered customers"), int(seg::ApplyTo::Registered));
    m_applyTo->addItem(tr("Guests (by e-mail)"), int(seg::ApplyTo::Guests));
    m_applyTo->addItem(tr("Registered customers and guests"), int(seg::ApplyTo::All));
    m_applyTo->setCurrentIndex(m_applyTo->findData(int(m_original.applyTo)));
    m_refresh = new QComboBox(page);
    m_refresh->addItem(tr("Manual"), QStringLiteral("manual"));
    m_refresh->addItem(tr("Scheduled (segmentor-cli refresh --all)"), QStringLiteral("auto"));
    // Saving with "Frozen" freezes the current members (as Segment > Freeze as a static list);
    // saving a frozen segment with another mode unfreezes it.
    m_refresh->addItem(tr("Frozen: a static list, never recomputed"), QStringLiteral("static"));
    m_refresh->setCurrentIndex(std::max(0, m_refresh->findData(m_original.refresh)));
    m_priority = new QSpinBox(page);
    m_priority->setRange(0, 9999);
    m_priority->setValue(m_original.priority);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->setToolTip(
        tr("When a customer is in several segments that move customers to a group, the lowest "
           "priority wins"));

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_active);
    form->addRow(tr("&Websites:"), websites);
    form->addRow(tr("&Apply to:"), m_applyTo);
    form->addRow(tr("&Refresh:"), m_refresh);
    form->addRow(tr("&Priority:"), m_priority);
    return page;
}

QWidget *SegmentEditorDialog::buildActionsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_moveToGroup =
        new QCheckBox(tr("Move the members to a customer group after each refresh"), page);
    m_moveToGroup->setChecked(m_original.moveToGroup.has_value());
    m_moveToGroup->setObjectName(QStringLiteral("moveToGroup"));
    m_group = new QComboBox(page);
    m_group->setEditable(true); // until the store's groups are listed: a group id
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setValidator(new QIntValidator(0, 1'000'000, m_group));
    if (m_original.moveToGroup) m_group->setEditText(QString::number(*m_original.moveToGroup));
    m_group->setEnabled(m_moveToGroup->isChecked());
    connect(m_moveToGroup, &QCheckBox::toggled, m_group, &QWidget::setEnabled);
    auto *row = new QFormLayout;
    row->addRow(tr("Customer &group:"), m_group);
    m_restoreGroup = new QCheckBox(
        tr("When a moved customer leaves, put them back in their previous group"), page);
    m_restoreGroup->setObjectName(QStringLiteral("restoreGroup"));
    m_restoreGroup->setChecked(m_original.restoreGroupOnExit);
    m_restoreGroup->setEnabled(m_moveToGroup->isChecked());
    connect(m_moveToGroup, &QCheckBox::toggled, m_restoreGroup, &QWidget::setEnabled);
    row->addRow(QString(), m_restoreGroup);
    auto *hint = new QLabel(tr("Without it, customers who leave keep their group. A customer whose "
                               "group was changed since the move is left alone. Guests have no "
                               "group and are not moved."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_moveToGroup);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(buildExportAfterRefresh(page));
    layout->addStretch(1);
    loadExportAfterRefresh();
    return page;
}

QWidget *SegmentEditorDialog::buildExportAfterRefresh(QWidget *parent)
{
    m_exportBox = new QGroupBox(tr("&Export the members to a folder after each refresh"), parent);
    m_exportBox->setObjectName(QStringLiteral("exportAfterRefresh"));
    m_exportBox->setCheckable(true);
    m_exportBox->setChecked(false);
    m_exportFolder = new QLineEdit(m_exportBox);
    m_exportFolder->setObjectName(QStringLiteral("exportFolder"));
    auto *browse = new QPushButton(tr("Browse…"), m_exportBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export folder"), m_exportFolder->text());
        if (!dir.isEmpty()) m_exportFolder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);
    m_exportFormat = new QComboBox(m_exportBox);
    m_exportFormat->setObjectName(QStringLiteral("exportFormat"));
    m_exportFormat->addItem(tr("CSV"), QStringLiteral("csv"));
    m_exportFormat->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_exportFormat->addItem(tr("XML Spreadsheet 2003 (.xml)"), QStringLiteral("xml"));
    m_exportColumns = new QLineEdit(m_exportBox);
    m_exportColumns->setObjectName(QStringLiteral("exportColumns"));
    m_exportColumns->setPlaceholderText(tr("all columns; e.g. email,firstname,lastname"));
    m_exportKeep = new QSpinBox(m_exportBox);
    m_exportKeep->setObjectName(QStringLiteral("exportKeep"));
    m_exportKeep->setRange(1, 1000);
    m_exportKeep->setValue(10);
    m_exportKeep->setSuffix(tr(" newest files"));
    auto *form = new QFormLayout(m_exportBox);
    auto *folderLabel = new QLabel(tr("&Folder:"), m_exportBox);
    folderLabel->setBuddy(m_exportFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("F&ormat:"), m_exportFormat);
    form->addRow(tr("&Columns:"), m_exportColumns);
    form->addRow(tr("&Keep:"), m_exportKeep);
    auto *note = new QLabel(tr("Files are named with the segment code and the refresh time "
                               "(UTC), written whole or not at all; older ones are deleted."),
                            m_exportBox);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    return m_exportBox;
}

void SegmentEditorDialog::loadExportAfterRefresh()
{
    if (m_originalCode.isEmpty()) return;
    using Settings = std::optional<seg::ExportAfterRefresh>;
    auto *watcher = new QFutureWatcher<seg::Result<Settings>>(this);
    connect(watcher, &QFutureWatcher<seg::Result<Settings>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const seg::Result<Settings> r = watcher->result();
        if (!r || !*r) return;
        const seg::ExportAfterRefresh &s = **r;
        m_exportStored = true;
        m_exportBox->setChecked(true);
        m_exportFolder->setText(QDir::toNativeSeparators(s.folder));
        m_exportFormat->setCurrentIndex(std::max(0, m_exportFormat->findData(s.format)));
        m_exportColumns->setText(s.columns.join(QLatin1Char(',')));
        m_exportKeep->setValue(s.keep);
    });
    const QString code = m_originalCode;
    watcher->setFuture(seg::runStoreTask<Settings>(
        m_settings, [code](seg::StoreSession &session) -> seg::Result<Settings> {
            return seg::exportAfterRefreshSettings(session, code);
        }));
}

void SegmentEditorDialog::saveExportAfterRefresh(const QString &code)
{
    std::optional<seg::ExportAfterRefresh> settings;
    if (m_exportBox->isChecked()) {
        seg::ExportAfterRefresh s;
        s.folder = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
        s.format = m_exportFormat->currentData().toString();
        for (const QString &c : m_exportColumns->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            s.columns << c.trimmed();
        s.keep = m_exportKeep->value();
        settings = s;
    }
    m_isSaving = true;
    auto *watcher = new QFutureWatcher<seg::Result<bool>>(this);
    connect(watcher, &QFutureWatcher<seg::Result<bool>>::finished, this, [this, watcher, code] {
        watcher->deleteLater();
        m_isSaving = false;
        const seg::Result<bool> r = watcher->result();
        m_originalCode = code; // the segment is saved, whatever happens to the export setting
        if (!r) {
            m_tabs->setCurrentIndex(2);
            showError(tr("The segment was saved, but not its export after refresh: %1")
                          .arg(r.error().toString()));
            return;
        }
        m_exportStored = m_exportBox->isChecked();
        emit saved(code);
        accept();
    });
    watcher->setFuture(seg::runStoreTask<bool>(
        m_settings,
        [code, settings](seg::StoreSession &session) -> seg::Result<bool> {
            if (seg::Status st = seg::setExportAfterRefresh(session, code, settings); !st)
                return st.error();
            return true;
        },
        true));
}

void SegmentEditorDialog::loadPickLists()
{
    using Lists = QPair<QList<seg::PickItem>, QList<seg::PickItem>>;
    auto *watcher = new QFutureWatcher<seg::Result<Lists>>(this);
    connect(watcher, &QFutureWatcher<seg::Result<Lists>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const seg::Result<Lists> lists = watcher->result();
        if (!lists) return; // keep free entry
        const QList<int> chosen = definition().websites;
        for (const seg::PickItem &w : lists->first) {
            auto *item = new QListWidgetItem(w.label, m_websites);
            item->setData(Qt::UserRole, w.value);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(w.value.toInt()) ? Qt::Checked : Qt::Unchecked);
        }
        if (!lists->first.isEmpty()) {
            m_websites->setVisible(true);
            m_websiteIds->setVisible(false);
            m_websites->parentWidget()->setFocusProxy(m_websites);
            m_websites->setToolTip(tr("None ticked: all websites"));
        }
        const std::optional<int> group = definition().moveToGroup;
        m_group->clear();
        m_group->setEditable(false);
        for (const seg::PickItem &g : lists->second)
            m_group->addItem(g.label, g.value);
        if (group) m_group->setCurrentIndex(std::max(0, m_group->findData(*group)));
    });
    watcher->setFuture(
        seg::runStoreTask<Lists>(m_settings, [](seg::StoreSession &session) -> seg::Result<Lists> {
            auto websites = seg::loadPickList(session, seg::PickListKind::Websites);
            if (!websites) return websites.error();
            auto groups = seg::loadPickList(session, seg::PickListKind::CustomerGroups);
            if (!groups) return groups.error();
            return Lists(*websites, *groups);
        }));
}

seg::SegmentDefinition SegmentEditorDialog::definition() const
{
    seg::SegmentDefinition d = m_builder->definition();
    d.name = m_name->text().trimmed();
    d.code = m_code->text().trimmed();
    d.description = m_description->toPlainText().trimmed();
    d.active = m_active->isChecked();
    d.websites.clear();
    if (m_websites->isVisible() || m_websites->count() > 0) {
        for (int i = 0; i < m_websites->count(); ++i)
            if (m_websites->item(i)->checkState() == Qt::Checked)
                d.websites << m_websites->item(i)->data(Qt::UserRole).toInt();
    } else {
        for (const QString &id : m_websiteIds->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (bool ok = false; id.trimmed().toInt(&ok), ok) d.websites << id.trimmed().toInt();
    }
    d.applyTo = seg::ApplyTo(m_applyTo->currentData().toInt());
    d.refresh = m_refresh->currentData().toString();
    d.priority = m_priority->value();
    d.moveToGroup.reset();
    if (m_moveToGroup->isChecked()) {
        bool ok = false;
        const int group = m_group->isEditable() ? m_group->currentText().toInt(&ok)
                                                : m_group->currentData().toInt(&ok);
        if (ok) d.moveToGroup = group;
    }
    d.restoreGroupOnExit = d.moveToGroup && m_restoreGroup->isChecked();
    return d;
}

QUndoStack *SegmentEditorDialog::undoStack() const
{
    return m_builder->undoStack();
}

void SegmentEditorDialog::save()
{
    if (m_isSaving) return;
    const seg::SegmentDefinition d = definition();
    if (d.name.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_name->setFocus();
        showError(tr("The segment needs a name."));
        return;
    }
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!codePattern.match(d.code).hasMatch()) {
        m_tabs->setCurrentIndex(0);
        m_code->setFocus();
        showError(tr(
            "The code must start with a lower-case letter or digit and hold only a-z, 0-9, - and _ "
            "(at most 64 characters)."));
        return;
    }
    if (m_moveToGroup->isChecked() && !d.moveToGroup) {
        showError(tr("Choose the customer group the members move to."));
        return;
    }
    if (m_exportBox->isChecked() &&
        (m_exportFolder->text().trimmed().isEmpty() ||
         QDir::isRelativePath(QDir::fromNativeSeparators(m_exportFolder->text().trimmed())))) {
        m_tabs->setCurrentIndex(2);
        m_exportFolder->setFocus();
        showError(tr("Choose the folder the members are exported to (a full path)."));
        return;
    }
    // Validated in the worker, with the store's custom attributes and saved segments.
    m_error->setVisible(false);
    m_isSaving = true;
    m_saving.setFuture(SegmentOperations::save(m_settings, d, m_originalCode));
}

void SegmentEditorDialog::restoreVersion(int number, bool confirm)
{
    if (m_isSaving || m_originalCode.isEmpty()) return;
    if (confirm &&
        QMessageBox::question(
            this, tr("Restore version %1").arg(number),
            tr("Restore version %1 as the segment's definition? It is saved at once as a new "
               "version; the current definition stays in the list, so you can restore it again. "
               "Changes not saved in this editor are discarded.")
                .arg(number)) != QMessageBox::Yes)
        return;
    m_isSaving = true;
    m_error->setVisible(false);
    auto *watcher = new QFutureWatcher<seg::Result<seg::SegmentRecord>>(this);
    connect(
        watcher, &QFutureWatcher<seg::Result<seg::SegmentRecord>>::finished, this,
        [this, watcher, number] {
            watcher->deleteLater();
            m_isSaving = false;
            const seg::Result<seg::SegmentRecord> r = watcher->result();
            if (!r) {
                showError(
                    tr("Version %1 cannot be restored: %2").arg(number).arg(r.error().toString()));
                return;
            }
            m_lastError.clear();
            showDefinition(r->definition);
            m_versions->reload();
            emit saved(r->definition.code);
        });
    const QString code = m_originalCode;
    watcher->setFuture(seg::runStoreTask<seg::SegmentRecord>(
        m_settings,
        [code, number](seg::StoreSession &session) {
            return seg::restoreVersion(session, code, number);
        },
        true));
}

void SegmentEditorDialog::showDefinition(const seg::SegmentDefinition &d)
{
    m_original = d;
    m_name->setText(d.name);
    m_code->setText(d.code);
    m_description->setPlainText(d.description);
    m_active->setChecked(d.active);
    for (int i = 0; i < m_websites->count(); ++i)
        m_websites->item(i)->setCheckState(
            d.websites.contains(m_websites->item(i)->data(Qt::UserRole).toInt()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    QStringList ids;
    for (int id : d.websites)
        ids << QString::number(id);
    m_websiteIds->setText(ids.join(QStringLiteral(", ")));
    m_applyTo->setCurrentIndex(m_applyTo->findData(int(d.applyTo)));
    m_refresh->setCurrentIndex(std::max(0, m_refresh->findData(d.refresh)));
    m_priority->setValue(d.priority);
    m_moveToGroup->setChecked(d.moveToGroup.has_value());
    if (d.moveToGroup) {
        if (m_group->isEditable())
            m_group->setEditText(QString::number(*d.moveToGroup));
        else
            m_group->setCurrentIndex(std::max(0, m_group->findData(*d.moveToGroup)));
    }
    m_builder->setDefinition(d);
}

void SegmentEditorDialog::showError(const QString &message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(true);
}

void SegmentEditorDialog::updateTitle()
{
    const QString name = m_name->text().trimmed();
    setWindowTitle(m_originalCode.isEmpty()
                       ? (name.isEmpty() ? tr("New segment") : tr("New segment: %1").arg(name))
                       : tr("Segment: %1").arg(name));
}
