#include "dashboard/periodpicker.h"

#include "common/localdays.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>

using namespace seg;

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: palette(text); font-weight: 600;"));
    return label;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

} // namespace

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_from(dateEdit(this)), m_to(dateEdit(this)),
      m_compare(new QComboBox(this)), m_compareFrom(dateEdit(this)), m_compareTo(dateEdit(this))
{
    for (PeriodPreset p : ReportPeriods::presets())
        m_period->addItem(ReportPeriods::label(p), int(p));
    for (ComparePeriod c : {ComparePeriod::None, ComparePeriod::PreviousPeriod,
                            ComparePeriod::SamePeriodLastYear, ComparePeriod::Custom})
        m_compare->addItem(ReportPeriods::label(c), int(c));
    m_period->setCurrentIndex(m_period->findData(int(PeriodPreset::Last30Days)));
    m_compare->setCurrentIndex(m_compare->findData(int(ComparePeriod::PreviousPeriod)));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(caption(tr("Period"), this));
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(caption(tr("Compare to"), this));
    row->addWidget(m_compare);
    row->addWidget(m_compareFrom);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_compareTo);
    row->addStretch(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &PeriodPicker::presetChanged);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &PeriodPicker::comparisonChanged);
    for (QDateEdit *edit : {m_from, m_to, m_compareFrom, m_compareTo})
        connect(edit, &QDateEdit::dateChanged, this, &PeriodPicker::datesEdited);
    presetChanged();
}

void PeriodPicker::setStoreTimeZone(const QString &zone)
{
    m_zone = zone;
    presetChanged(); // "today" follows the store time zone
}

void PeriodPicker::setToday(const QDate &today)
{
    m_today = today;
    presetChanged();
}

void PeriodPicker::setPeriod(PeriodPreset preset, const DateRange &custom)
{
    m_updating = true;
    m_period->setCurrentIndex(m_period->findData(int(preset)));
    if (preset == PeriodPreset::Custom && custom.isValid()) {
        m_from->setDate(custom.from);
        m_to->setDate(custom.to);
    }
    m_updating = false;
    presetChanged();
}

void PeriodPicker::setComparison(ComparePeriod mode, const DateRange &custom)
{
    m_updating = true;
    m_compare->setCurrentIndex(m_compare->findData(int(mode)));
    if (mode == ComparePeriod::Custom && custom.isValid()) {
        m_compareFrom->setDate(custom.from);
        m_compareTo->setDate(custom.to);
    }
    m_updating = false;
    comparisonChanged();
}

DateRange PeriodPicker::period() const
{
    return DateRange{m_from->date(), m_to->date()};
}

std::optional<DateRange> PeriodPicker::comparePeriod() const
{
    const auto mode = ComparePeriod(m_compare->currentData().toInt());
    return ReportPeriods::compare(mode, period(),
                                  DateRange{m_compareFrom->date(), m_compareTo->date()});
}

bool PeriodPicker::comparisonInvalid() const
{
    return ComparePeriod(m_compare->currentData().toInt()) == ComparePeriod::Custom &&
           !comparePeriod();
}

SeriesGranularity PeriodPicker::suggestedGranularity() const
{
    const qint64 days = period().days();
    return days <= 45    ? SeriesGranularity::Day
           : days <= 190 ? SeriesGranularity::Week
                         : SeriesGranularity::Month;
}

QDate PeriodPicker::today() const
{
    if (m_today.isValid()) return m_today;
    const QTimeZone zone = m_zone.isEmpty() ? QTimeZone::utc() : QTimeZone(m_zone.toUtf8());
    return localDateOf(QDateTime::currentDateTimeUtc(), zone);
}

void PeriodPicker::presetChanged()
{
    const auto preset = PeriodPreset(m_period->currentData().toInt());
    const DateRange before = period();
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (preset != PeriodPreset::Custom) {
        const DateRange r = ReportPeriods::range(preset, today(), QLocale().firstDayOfWeek());
        m_from->setDate(r.from);
        m_to->setDate(r.to);
    }
    m_updating = wasUpdating;
    // Only new dates suggest a new granularity (not a store time zone that kept them).
    if (!m_updating && period() != before) emit periodChanged();
    comparisonChanged();
}

void PeriodPicker::comparisonChanged()
{
    const auto mode = ComparePeriod(m_compare->currentData().toInt());
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_compareFrom->setVisible(mode != ComparePeriod::None);
    m_compareTo->setVisible(mode != ComparePeriod::None);
    m_compareFrom->setEnabled(mode == ComparePeriod::Custom);
    m_compareTo->setEnabled(mode == ComparePeriod::Custom);
    if (mode != ComparePeriod::Custom) {
        if (const std::optional<DateRange> r = ReportPeriods::compare(mode, period())) {
            m_compareFrom->setDate(r->from);
            m_compareTo->setDate(r->to);
        }
    }
    m_updating = wasUpdating;
    if (!m_updating) emit changed();
}

void PeriodPicker::datesEdited()
{
    if (m_updating) return;
    // Editing a date of the period makes it a custom range.
    if (sender() == m_from || sender() == m_to) {
        m_updating = true;
        m_period->setCurrentIndex(m_period->findData(int(PeriodPreset::Custom)));
        m_updating = false;
        emit periodChanged();
        comparisonChanged();
        return;
    }
    emit changed();
}
