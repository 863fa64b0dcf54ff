#pragma once

#include "engine/memberkey.h"
#include "members/customerprofile.h"
#include "store/connectionsettings.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QFormLayout;
class QVBoxLayout;

// Opened by a double-click in the grid: the customer's profile, addresses, orders summary,
// the segments they are in, their override and journal in this segment, and why the
// segment's definition matches them or not (the evaluator's explanation). Loaded by a
// worker with its own StoreSession.
class CustomerDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerDetailsDialog(const seg::ConnectionSettings &settings, const seg::MemberKey &key,
                          const QString &segmentCode, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QString headlineText() const;
    QString explanationText() const;

signals:
    void loaded();

private:
    void showProfile(const seg::CustomerProfile &profile);
    void showError(const QString &message);

    seg::ConnectionSettings m_settings;
    QString m_segmentCode;
    bool m_loaded = false;
    QLabel *m_headline;
    QLabel *m_subline;
    QLabel *m_badges;
    QFormLayout *m_profileForm;
    QFormLayout *m_ordersForm;
    QVBoxLayout *m_addresses;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_explain;
    QLabel *m_verdict;
    QTableWidget *m_journal;
    QTableWidget *m_orders;
    QTableWidget *m_segments;
    QLabel *m_segmentState;
    QPushButton *m_explainButton;
};
