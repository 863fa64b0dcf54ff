#include "dashboard/checklistbutton.h"

#include <QMenu>

CheckListButton::CheckListButton(const QString &caption, QWidget *parent)
    : QToolButton(parent), m_caption(caption), m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    updateText();
}

void CheckListButton::setItems(const QList<QPair<QString, QString>> &items,
                               const QStringList &checked)
{
    m_items = items;
    m_checked.clear();
    for (const auto &item : items)
        if (checked.contains(item.first)) m_checked << item.first;
    m_menu->clear();
    QAction *all = m_menu->addAction(tr("Select all"));
    connect(all, &QAction::triggered, this, [this] {
        setChecked(values());
        emit changed();
    });
    QAction *none = m_menu->addAction(tr("Clear"));
    connect(none, &QAction::triggered, this, [this] {
        setChecked({});
        emit changed();
    });
    m_menu->addSeparator();
    for (const auto &item : items) {
        QAction *a = m_menu->addAction(item.second);
        a->setCheckable(true);
        a->setChecked(m_checked.contains(item.first));
        a->setData(item.first);
        connect(a, &QAction::toggled, this, [this, value = item.first](bool on) {
            if (on && !m_checked.contains(value)) m_checked << value;
            if (!on) m_checked.removeAll(value);
            // Keep item order.
            QStringList ordered;
            for (const auto &i : m_items)
                if (m_checked.contains(i.first)) ordered << i.first;
            m_checked = ordered;
            updateText();
            emit changed();
        });
    }
    updateText();
}

void CheckListButton::updateItems(const QList<QPair<QString, QString>> &items,
                                  const QStringList &checkedWhenNew)
{
    const QStringList before = values();
    QStringList checked;
    for (const auto &item : items)
        if (before.contains(item.first) ? m_checked.contains(item.first)
                                        : checkedWhenNew.contains(item.first))
            checked << item.first;
    setItems(items, checked);
}

void CheckListButton::setChecked(const QStringList &values)
{
    m_checked.clear();
    for (const auto &item : m_items)
        if (values.contains(item.first)) m_checked << item.first;
    for (QAction *a : m_menu->actions())
        if (a->isCheckable()) {
            const QSignalBlocker block(a);
            a->setChecked(m_checked.contains(a->data().toString()));
        }
    updateText();
}

QStringList CheckListButton::checked() const
{
    return m_checked;
}

QStringList CheckListButton::values() const
{
    QStringList out;
    for (const auto &item : m_items)
        out << item.first;
    return out;
}

void CheckListButton::updateText()
{
    QString summary;
    if (m_items.isEmpty() || m_checked.isEmpty())
        summary = tr("none");
    else if (m_checked.size() == m_items.size() && m_items.size() > 1)
        summary = tr("all %1").arg(m_items.size());
    else if (m_checked.size() <= 2) {
        QStringList labels;
        for (const auto &item : m_items)
            if (m_checked.contains(item.first)) labels << item.second;
        summary = labels.join(QStringLiteral(", "));
    } else
        summary = tr("%1 of %2").arg(m_checked.size()).arg(m_items.size());
    setText(tr("%1: %2").arg(m_caption, summary));
}
