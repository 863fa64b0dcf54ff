#include "asoffield.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

AsOfField::AsOfField(QWidget *parent) : QWidget(parent)
{
    m_enabled = new QCheckBox(tr("Evaluate as &of"), this);
    m_enabled->setObjectName(QStringLiteral("asOfEnabled"));
    m_enabled->setToolTip(
        tr("Count and preview the segment as it was at this time: orders, carts, wishlists, views, "
           "logins and customers created later are ignored, and \"in the last N days\" counts "
           "back from this time. Later edits and status changes are not undone."));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_time->setObjectName(QStringLiteral("asOf"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setMaximumDateTime(QDateTime::currentDateTime().addDays(1));
    m_time->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_time);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on);
        emit changed();
    });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_enabled->isChecked()) emit changed();
    });
}

std::optional<QDateTime> AsOfField::asOf() const
{
    if (!m_enabled->isChecked()) return std::nullopt;
    return m_time->dateTime().toUTC();
}

void AsOfField::setAsOf(const std::optional<QDateTime> &utc)
{
    const QSignalBlocker block(this);
    if (utc) m_time->setDateTime(utc->toLocalTime());
    m_enabled->setChecked(utc.has_value());
    m_time->setEnabled(utc.has_value());
}
