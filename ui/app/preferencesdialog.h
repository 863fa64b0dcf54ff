#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

// Edit > Preferences…: the application's settings that are not remembered on the way (for
// now the retention of the refresh history). Reads and writes AppSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // 0 = forever.
    int keepHistoryDays() const;
    void setKeepHistoryDays(int days);

    void accept() override; // saves

private:
    QComboBox *m_keep;
    QSpinBox *m_days;
};
