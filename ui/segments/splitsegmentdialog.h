#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;

// "Split into test and control…": the test group's share (0.01 to 99.99 %) and the seed that
// draws it (by default "<code>-<today>"); the segment list then calls seg::splitTestControl.
class SplitSegmentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SplitSegmentDialog(const QString &code, QWidget *parent = nullptr);

    double percent() const;
    QString seed() const;
    QDoubleSpinBox *percentBox() const { return m_percent; }
    QLineEdit *seedEdit() const { return m_seed; }

private:
    QDoubleSpinBox *m_percent;
    QLineEdit *m_seed;
};
