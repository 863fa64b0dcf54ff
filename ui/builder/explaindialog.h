#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QDialog>

class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

// "Explain a customer": enter a customer id or e-mail; the definition is evaluated for that
// member in a worker and the tree shows pass or fail on each node with the values compared.
class ExplainDialog : public QDialog
{
    Q_OBJECT

public:
    ExplainDialog(const seg::ConnectionSettings &settings, const seg::SegmentDefinition &definition,
                  QWidget *parent = nullptr);
    ~ExplainDialog() override;

    // Fills the field and runs.
    void setMember(const QString &customerIdOrEmail);

    QString verdictText() const;
    bool isRunning() const;
    QTreeView *treeView() const { return m_tree; }

signals:
    // The explanation (or an error message) is shown.
    void explained();

private:
    void run();

    seg::ConnectionSettings m_settings;
    seg::SegmentDefinition m_definition;
    QLineEdit *m_member = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_verdict = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
};
