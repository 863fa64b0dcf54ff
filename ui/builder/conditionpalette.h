#pragma once

#include "builder/conditiontemplates.h"

#include <QTreeWidget>
#include <QWidget>

class QLineEdit;

// The palette tree: condition templates grouped by catalog category; drags carry the
// builder's MIME type (ConditionDragPayload).
class ConditionPaletteTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ConditionPaletteTree(QWidget *parent = nullptr);
    const ConditionTemplate *templateFor(const QTreeWidgetItem *item) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void startDrag(
        Qt::DropActions supportedActions) override; // copies only: the palette keeps its entries

private:
    QList<ConditionTemplateGroup> m_groups;
};

// The palette with a filter box. Enter or a double click on an entry asks to add it where
// the builder's cursor is (templateActivated).
class ConditionPalette : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionPalette(QWidget *parent = nullptr);

    ConditionPaletteTree *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    const ConditionTemplate *currentTemplate() const;
    void setFilter(const QString &text);

signals:
    void templateActivated(const ConditionTemplate &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_filter;
    ConditionPaletteTree *m_tree;
};
