#pragma once

#include "definition/segmentdefinition.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace seg {
struct Explanation;
}

// "Explain a customer": enter a customer id or e-mail; the definition is evaluated for that
// member in a worker and the tree shows pass or fail on each node with the values compared.
class ExplainDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        ConditionColumn,
        ResultColumn,
        ValuesColumn
    };

    ExplainDialog(const seg::ConnectionSettings &settings, const seg::SegmentDefinition &definition,
                  QWidget *parent = nullptr);
    ~ExplainDialog() override;

    // Fills the field and runs.
    void setMember(const QString &customerIdOrEmail);
    // Time travel ("Evaluate as of…"): explain as of that time (UTC); nullopt: now.
    void setAsOf(const std::optional<QDateTime> &asOf) { m_asOf = asOf; }

    QString verdictText() const;
    bool isRunning() const { return m_running; }
    QTreeView *treeView() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }

signals:
    // The explanation (or a message saying why there is none) is shown.
    void explained();

private:
    void run();
    void showVerdict(const QString &text, const QString &tone);
    void addNode(QStandardItem *parent, const seg::Explanation &node);

    seg::ConnectionSettings m_settings;
    seg::SegmentDefinition m_definition;
    std::optional<QDateTime> m_asOf;
    QLineEdit *m_member = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_details = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
};
