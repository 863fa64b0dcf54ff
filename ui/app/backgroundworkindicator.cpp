#include "backgroundworkindicator.h"

#include "support/backgroundwork.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

BackgroundWorkIndicator::BackgroundWorkIndicator(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this task"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this,
            [this] { BackgroundWork::instance().cancel(m_shown); });
    connect(&BackgroundWork::instance(), &BackgroundWork::changed, this,
            &BackgroundWorkIndicator::update);
    update();
}

void BackgroundWorkIndicator::update()
{
    const QList<BackgroundWork::Task> tasks = BackgroundWork::instance().tasks();
    if (tasks.isEmpty()) {
        m_shown = 0;
        setVisible(false);
        return;
    }
    const BackgroundWork::Task &task = tasks.last();
    m_shown = task.id;
    m_label->setText(tasks.size() > 1
                         ? tr("%1 (+%n more)", nullptr, int(tasks.size() - 1)).arg(task.label)
                         : task.label);
    m_bar->setRange(0, task.maximum);
    m_bar->setValue(task.value);
    m_cancel->setVisible(bool(task.cancel));
    setVisible(true);
}
