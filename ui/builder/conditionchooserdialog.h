#pragma once

#include "builder/conditiontemplates.h"

#include <QDialog>

#include <optional>

class ConditionPalette;

// "Add condition" from the keyboard: the palette with its filter in a dialog; Enter adds.
class ConditionChooserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConditionChooserDialog(QWidget *parent = nullptr);
    std::optional<ConditionTemplate> chosen() const { return m_chosen; }
    ConditionPalette *palette() const { return m_palette; }

private:
    ConditionPalette *m_palette;
    std::optional<ConditionTemplate> m_chosen;
};
