#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The state of a dashboard query: a progress bar with Cancel while it runs, then a quiet
// line of status or the error.
class ReportJobBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReportJobBar(QWidget *parent = nullptr);

    void start(const QString &what);
    void setProgress(int value, int maximum);
    void finish(const QString &message = {});
    void fail(const QString &message);
    bool isRunning() const { return m_running; }
    QString message() const;

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    bool m_running = false;
};
