#pragma once

#include "net/destination.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QCheckBox;
class QFormLayout;
class QSpinBox;

// Adds or edits a push destination: the tool, its audience or list, the API address, the
// API key (handed to the SecretStore by the caller, never saved with the destination) and
// the segments pushed after each refresh. A webhook has a URL, a signing secret (kept like an
// API key), the events it wants (enter, exit, refresh failed) and a batch size instead.
class DestinationDialog : public QDialog
{
    Q_OBJECT
public:
    // `segments`: the saved segments' codes and names, for "push after each refresh".
    DestinationDialog(const QList<QPair<QString, QString>> &segments, QWidget *parent = nullptr);

    // Editing: the name cannot change; an empty key field keeps the stored key.
    void setDestination(const seg::Destination &destination, bool hasStoredKey);
    seg::Destination destination() const;
    QString apiKey() const; // empty = unchanged

    void accept() override;

private:
    void kindChanged();
    bool isWebhook() const;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_list;
    QLabel *m_listLabel;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QComboBox *m_statusIfNew;
    QLabel *m_statusLabel;
    QListWidget *m_segments;
    QFormLayout *m_form;
    QLabel *m_apiKeyLabel;
    QLabel *m_baseUrlLabel;
    QLabel *m_segmentsLabel;
    QCheckBox *m_enter;
    QCheckBox *m_exit;
    QCheckBox *m_failed;
    QWidget *m_events;
    QSpinBox *m_batchSize;
    QLabel *m_note;
    QLabel *m_problem;
    seg::Destination m_original;
    bool m_editing = false;
    bool m_baseUrlEdited = false;
};
