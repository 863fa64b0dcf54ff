#pragma once

#include "members/dryrundialog.h"
#include "store/connectionsettings.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

// Refresh from the editor: a dry run (progress, cancel), the dialog with who would enter and
// leave, then — once confirmed — the refresh (progress, cancel). Every step runs in a worker
// with its own StoreSession; nothing blocks the GUI thread.
class RefreshController : public QObject
{
    Q_OBJECT
public:
    explicit RefreshController(QWidget *parent);

    // The shell's entry point: runs the whole flow, the controller deletes itself at the end.
    static RefreshController *refreshSegment(const seg::ConnectionSettings &settings,
                                             const QString &code, QWidget *parent);

    void start(const seg::ConnectionSettings &settings, const QString &code);
    // Tests: confirm the dry run without showing the dialog.
    void setConfirmAutomatically(bool on) { m_autoConfirm = on; }
    DryRunDialog *dryRunDialog() const { return m_dialog; }

signals:
    void dryRunReady(const DryRunSummary &summary);
    // refreshed = false when declined, cancelled or failed (message says which).
    void finished(bool refreshed, const QString &message);

private:
    void runRefresh();
    void done(bool refreshed, const QString &message);
    QProgressDialog *progressDialog(const QString &label);

    QWidget *m_parentWidget;
    seg::ConnectionSettings m_settings;
    QString m_code;
    bool m_autoConfirm = false;
    QPointer<DryRunDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
};
