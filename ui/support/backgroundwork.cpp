#include "support/backgroundwork.h"

#include <algorithm>

BackgroundWork &BackgroundWork::instance()
{
    static BackgroundWork hub;
    return hub;
}

int BackgroundWork::begin(const QString &label, std::function<void()> cancel)
{
    Task task;
    task.id = m_next++;
    task.label = label;
    task.cancel = std::move(cancel);
    m_tasks.insert(task.id, task);
    emit changed();
    return task.id;
}

void BackgroundWork::progress(int id, int value, int maximum)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end()) return;
    if (it->value == value && it->maximum == maximum) return;
    it->value = value;
    it->maximum = maximum;
    emit changed();
}

void BackgroundWork::setLabel(int id, const QString &label)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end() || it->label == label) return;
    it->label = label;
    emit changed();
}

void BackgroundWork::end(int id)
{
    if (m_tasks.remove(id)) emit changed();
}

void BackgroundWork::cancel(int id)
{
    const auto it = m_tasks.constFind(id);
    if (it != m_tasks.constEnd() && it->cancel) it->cancel();
}

QList<BackgroundWork::Task> BackgroundWork::tasks() const
{
    QList<Task> all = m_tasks.values();
    std::sort(all.begin(), all.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
    return all;
}
