#pragma once

#include "reports/reportperiod.h"
#include "reports/salesreport.h" // SeriesGranularity

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;

// The dashboard's period and comparison choosers in one row: a preset ("Last 30 days") or
// custom dates, and a comparison period (previous period, same period last year, custom).
// Editing a date of the period makes it custom. Shared by the Sales and Performance tabs.
class PeriodPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    // The store time zone (IANA id; empty = UTC): "today" of the presets is read there.
    void setStoreTimeZone(const QString &zone);
    void setToday(const QDate &today); // fixed "today" (tests, screenshots)
    void setPeriod(seg::PeriodPreset preset, const seg::DateRange &custom = {});
    void setComparison(seg::ComparePeriod mode, const seg::DateRange &custom = {});

    seg::DateRange period() const;
    std::optional<seg::DateRange> comparePeriod() const;
    // A custom comparison whose dates end before they start.
    bool comparisonInvalid() const;
    // Day for up to ~6 weeks, week up to ~6 months, month beyond.
    seg::SeriesGranularity suggestedGranularity() const;

signals:
    void periodChanged(); // the period's dates changed (then changed() follows)
    void changed();       // the period or the comparison changed

private:
    QDate today() const;
    void presetChanged();
    void comparisonChanged();
    void datesEdited();

    QString m_zone;
    QDate m_today;
    bool m_updating = false;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_compare;
    QDateEdit *m_compareFrom;
    QDateEdit *m_compareTo;
};
