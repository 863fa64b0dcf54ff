#include "dashboard/reportjobbar.h"

#include "support/backgroundwork.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

ReportJobBar::ReportJobBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ReportJobBar::cancelRequested);
    finish();
}

ReportJobBar::~ReportJobBar()
{
    endWork();
}

void ReportJobBar::endWork()
{
    if (m_work) BackgroundWork::instance().end(m_work);
    m_work = 0;
}

void ReportJobBar::start(const QString &what)
{
    endWork();
    m_work = BackgroundWork::instance().begin(what, [this] { emit cancelRequested(); });
    m_running = true;
    m_label->setStyleSheet({});
    m_label->setText(what);
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->show();
}

void ReportJobBar::setProgress(int value, int maximum)
{
    m_bar->setRange(0, maximum);
    m_bar->setValue(value);
    if (m_work) BackgroundWork::instance().progress(m_work, value, maximum);
}

void ReportJobBar::finish(const QString &message)
{
    endWork();
    m_running = false;
    m_label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_label->setText(message);
    m_bar->hide();
    m_cancel->hide();
}

void ReportJobBar::fail(const QString &message)
{
    finish();
    m_label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_label->setText(message);
}

QString ReportJobBar::message() const
{
    return m_label->text();
}
