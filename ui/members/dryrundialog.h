#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;

// What a refresh would do, shown before it runs.
struct DryRunSummary
{
    QString segmentName;
    qint64 currentCount = 0;
    qint64 entering = 0;
    qint64 leaving = 0;
    qint64 memberCount = 0;    // after the refresh
    QStringList enteringNames; // "First Last <email>", the first few hundred
    QStringList leavingNames;
};

// "+X would enter / −Y would leave", with the names, and the button that runs the refresh.
class DryRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DryRunDialog(const DryRunSummary &summary, QWidget *parent = nullptr);

private:
    static void fill(QListWidget *list, const QStringList &names, qint64 total);
};
