#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's view of BackgroundWork: the newest task's label, a progress bar, a cancel
// button, and "+N more" when several run at once. Hidden when nothing runs.
class BackgroundWorkIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BackgroundWorkIndicator(QWidget *parent = nullptr);

private:
    void update();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    int m_shown = 0;
};
