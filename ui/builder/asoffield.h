#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;

// "Evaluate as of…" (issue #17, item 10): when ticked, the live counts, Show SQL, Explain and
// the preview evaluate the definition at the chosen past time, ignoring the rows created after
// it; unticked they evaluate now. The time is shown in the local time zone and kept in UTC.
class AsOfField : public QWidget
{
    Q_OBJECT
public:
    explicit AsOfField(QWidget *parent = nullptr);

    std::optional<QDateTime> asOf() const; // UTC; nullopt = now
    void setAsOf(const std::optional<QDateTime> &utc);

signals:
    void changed();

private:
    QCheckBox *m_enabled;
    QDateTimeEdit *m_time;
};
