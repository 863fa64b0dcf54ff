#pragma once

#include "definition/segmentdefinition.h"
#include "repository/segmentrecord.h"
#include "store/connectionsettings.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QUndoStack;
class ConditionBuilderWidget;
class VersionsView;

// Creates or edits one saved segment. Tabs: General, Conditions (the condition builder),
// Actions (move to a customer group, export the members after each refresh), and, for a saved
// segment, Matched customers, History and Versions (restore an earlier definition). Save validates
// (seg::DefinitionValidator, with the store's custom attributes and saved segments) in a worker and
// refuses an invalid definition with the validator's message. Non-modal: several editors may be
// open; the main window's Edit > Undo follows the active one.
class SegmentEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty `definition.code` means a new segment; so does `isNew` (a definition made for
    // review, e.g. from a set operation, with its code filled in).
    SegmentEditorDialog(const seg::ConnectionSettings &settings,
                        const seg::SegmentDefinition &definition, QWidget *parent = nullptr,
                        bool isNew = false);
    ~SegmentEditorDialog() override;

    seg::SegmentDefinition definition() const; // what the fields hold now
    QString originalCode() const { return m_originalCode; }
    QUndoStack *undoStack() const; // the builder's, or nullptr when there is no builder
    QString lastError() const { return m_lastError; }
    bool isSaving() const { return m_isSaving; } // until the save's outcome is shown

    void save(); // validates, then saves in a worker; accepts on success
    // Restores saved version `number` (a save of its own, in a worker) and shows it; with
    // `confirm`, asks first.
    void restoreVersion(int number, bool confirm = true);
    VersionsView *versionsView() const { return m_versions; }

signals:
    void saved(const QString &code);
    // Members changed from the Matched customers tab (refresh, exclude, include, reset).
    void membershipChanged(const QString &code);

private:
    QWidget *buildGeneralTab();
    QWidget *buildActionsTab();
    QWidget *buildExportAfterRefresh(QWidget *parent);
    void loadExportAfterRefresh();
    // After the definition is saved: the export after refresh (set, changed or cleared).
    void saveExportAfterRefresh(const QString &code);
    void loadPickLists();
    void showError(const QString &message);
    void showDefinition(const seg::SegmentDefinition &definition); // fields and builder
    void updateTitle();

    seg::ConnectionSettings m_settings;
    seg::SegmentDefinition m_original;
    QString m_originalCode;
    QString m_lastError;
    QFutureWatcher<seg::Result<seg::SegmentRecord>> m_saving;
    bool m_isSaving = false;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_active = nullptr;
    QListWidget *m_websites = nullptr;
    QLineEdit *m_websiteIds = nullptr; // free entry when the store's websites cannot be listed
    QComboBox *m_applyTo = nullptr;
    QComboBox *m_refresh = nullptr;
    QSpinBox *m_priority = nullptr;
    QCheckBox *m_moveToGroup = nullptr;
    QComboBox *m_group = nullptr;
    QCheckBox *m_restoreGroup = nullptr;
    QGroupBox *m_exportBox = nullptr; // checkable: export the members after each refresh
    QLineEdit *m_exportFolder = nullptr;
    QComboBox *m_exportFormat = nullptr;
    QLineEdit *m_exportColumns = nullptr;
    QSpinBox *m_exportKeep = nullptr;
    bool m_exportStored = false; // the segment had an export after refresh when it was loaded
    QLabel *m_error = nullptr;
    ConditionBuilderWidget *m_builder = nullptr;
    VersionsView *m_versions = nullptr;
};
