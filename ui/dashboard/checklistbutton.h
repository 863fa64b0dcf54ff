#pragma once

#include <QPair>
#include <QStringList>
#include <QToolButton>

class QMenu;

// A drop-down of checkable choices (segments, order statuses) with "all" and "none"
// entries; the button text sums up the choice ("Status: Complete", "Segments: 5 of 7").
class CheckListButton : public QToolButton
{
    Q_OBJECT
public:
    explicit CheckListButton(const QString &caption, QWidget *parent = nullptr);

    // (value, label) pairs; values in `checked` are ticked.
    void setItems(const QList<QPair<QString, QString>> &items, const QStringList &checked);
    // The same when the items are read again (segments imported, saved or refreshed): items
    // that were there keep their tick; new ones are ticked when `checkedWhenNew` has them.
    void updateItems(const QList<QPair<QString, QString>> &items,
                     const QStringList &checkedWhenNew);
    void setChecked(const QStringList &values);
    QStringList checked() const; // in item order
    QStringList values() const;

signals:
    void changed();

private:
    void updateText();
    QString m_caption;
    QMenu *m_menu;
    QList<QPair<QString, QString>> m_items;
    QStringList m_checked;
};
