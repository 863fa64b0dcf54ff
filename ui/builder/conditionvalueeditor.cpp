#include "builder/conditionvalueeditor.h"

#include "builder/conditionroweditor.h"
#include "builder/picklistcache.h"
#include "definition/definitioncodec.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <cmath>

using seg::ValueKind;

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isString()) return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::floor(d) == d && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 15);
    }
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonValue variantToJson(const QVariant &v, ValueKind kind)
{
    if (kind == ValueKind::Number || kind == ValueKind::Id) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (ok) return d;
    }
    return v.toString();
}

QLineEdit *numberEdit(const QJsonValue &value, int width = 64)
{
    auto *edit = new QLineEdit(jsonText(value));
    auto *validator = new QDoubleValidator(edit);
    validator->setLocale(QLocale::c());
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setMinimumWidth(width);
    edit->setMaximumWidth(width + 24);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QJsonValue numberFrom(const QString &text)
{
    bool ok = false;
    const double d = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? QJsonValue(d) : QJsonValue(text);
}

} // namespace

ConditionValueEditor::ConditionValueEditor(PickListCache *picks, QWidget *parent)
    : QWidget(parent), m_picks(picks), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

QList<seg::PickItem> ConditionValueEditor::choices() const
{
    QList<seg::PickItem> out;
    if (m_kind == ValueKind::Enum && m_spec) {
        for (const seg::EnumOption &o : m_spec->options)
            out << seg::PickItem{o.code, seg::ConditionCatalog::displayLabel(o.label)};
        return out;
    }
    if (m_kind == ValueKind::Bool)
        return {seg::PickItem{true, tr("Yes")}, seg::PickItem{false, tr("No")}};
    if (m_pick && m_picks) return m_picks->items(*m_pick);
    return out;
}

void ConditionValueEditor::addLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_layout->addWidget(label);
}

// Plain line edits report textChanged (not textEdited) so that their own undo, Ctrl+Z while
// typing, reaches the model as well; the row drops reports that change nothing.
void ConditionValueEditor::edited()
{
    if (!m_building) emit valueEdited(value());
}

QJsonValue ConditionValueEditor::value() const
{
    return m_get ? m_get() : QJsonValue(QJsonValue::Undefined);
}

QJsonValue ConditionValueEditor::fromText(const QString &text) const
{
    if (m_kind == ValueKind::Number || m_kind == ValueKind::Id) return numberFrom(text);
    return text;
}

void ConditionValueEditor::setup(ValueKind kind, const seg::AttributeSpec *spec,
                                 std::optional<seg::PickListKind> pick, const QString &op,
                                 const QJsonValue &value)
{
    m_building = true;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (item->widget()) item->widget()->deleteLater();
        delete item;
    }
    m_kind = kind;
    m_spec = spec;
    m_pick = pick;
    m_op = op;
    m_get = {};

    if (seg::ConditionCatalog::takesNoValue(op)) {
        m_get = [] { return QJsonValue(QJsonValue::Undefined); };
    } else if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
        Part p = listEditor(value);
        m_layout->addWidget(p.widget);
        m_get = p.get;
    } else if (op == QLatin1String("within_last_days") ||
               op == QLatin1String("not_within_last_days")) {
        Part p = daysEditor(value);
        m_layout->addWidget(p.widget);
        addLabel(tr("days"));
        m_get = p.get;
    } else if (op == QLatin1String("days_ago_between")) {
        const QJsonArray a = value.toArray();
        Part low = daysEditor(a.size() > 0 ? a.at(0) : QJsonValue(7));
        Part high = daysEditor(a.size() > 1 ? a.at(1) : QJsonValue(30));
        m_layout->addWidget(low.widget);
        addLabel(tr("to"));
        m_layout->addWidget(high.widget);
        addLabel(tr("days ago"));
        m_get = [low, high] { return QJsonValue(QJsonArray{low.get(), high.get()}); };
    } else if (op == QLatin1String("between")) {
        const QJsonArray a = value.toArray();
        Part low = scalarEditor(a.size() > 0 ? a.at(0) : QJsonValue());
        Part high = scalarEditor(a.size() > 1 ? a.at(1) : QJsonValue());
        m_layout->addWidget(low.widget);
        addLabel(tr("and"));
        m_layout->addWidget(high.widget);
        m_get = [low, high] { return QJsonValue(QJsonArray{low.get(), high.get()}); };
    } else {
        Part p = scalarEditor(value);
        m_layout->addWidget(p.widget);
        m_get = p.get;
    }
    m_layout->addStretch(0);
    m_building = false;
}

ConditionValueEditor::Part ConditionValueEditor::daysEditor(const QJsonValue &value)
{
    QLineEdit *edit = numberEdit(value, 56);
    edit->setToolTip(tr("Number of days (fractions allowed: 0.5 is twelve hours)"));
    connect(edit, &QLineEdit::textChanged, this, &ConditionValueEditor::edited);
    return {edit, [edit] { return numberFrom(edit->text()); }};
}

ConditionValueEditor::Part ConditionValueEditor::scalarEditor(const QJsonValue &value)
{
    switch (m_kind) {
    case ValueKind::Bool:
    case ValueKind::Enum: {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const QList<seg::PickItem> items = choices();
        for (const seg::PickItem &i : items)
            combo->addItem(i.label, i.value);
        int current = -1;
        for (int i = 0; i < items.size(); ++i)
            if (QJsonValue::fromVariant(items[i].value) == value) current = i;
        if (current < 0 && !value.isUndefined() && !value.isNull()) {
            combo->insertItem(0, tr("%1 (unknown)").arg(jsonText(value)), value.toVariant());
            current = 0;
        }
        combo->setCurrentIndex(current);
        ConditionRowEditor::fitToCurrent(combo);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            ConditionRowEditor::fitToCurrent(combo);
            edited();
        });
        return {combo, [combo] { return QJsonValue::fromVariant(combo->currentData()); }};
    }
    case ValueKind::Date:
    case ValueKind::DateTime: {
        const QString text = value.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() || text.isEmpty()) {
            auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate());
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setCalendarPopup(true);
            edit->setMinimumWidth(110);
            connect(edit, &QDateEdit::dateChanged, this, &ConditionValueEditor::edited);
            return {edit, [edit] { return QJsonValue(edit->date().toString(Qt::ISODate)); }};
        }
        auto *edit = new QLineEdit(text); // a full timestamp stays as typed
        edit->setPlaceholderText(tr("YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"));
        edit->setMinimumWidth(170);
        connect(edit, &QLineEdit::textChanged, this, &ConditionValueEditor::edited);
        return {edit, [edit] { return QJsonValue(edit->text()); }};
    }
    case ValueKind::Number: {
        QLineEdit *edit = numberEdit(value);
        connect(edit, &QLineEdit::textChanged, this, &ConditionValueEditor::edited);
        return {edit, [edit] { return numberFrom(edit->text()); }};
    }
    case ValueKind::String:
    case ValueKind::Id:
        break;
    }

    if (!m_pick) {
        if (m_kind == ValueKind::Id) {
            QLineEdit *edit = numberEdit(value);
            connect(edit, &QLineEdit::textChanged, this, &ConditionValueEditor::edited);
            return {edit, [edit] { return numberFrom(edit->text()); }};
        }
        auto *edit = new QLineEdit(jsonText(value));
        edit->setMinimumWidth(140);
        connect(edit, &QLineEdit::textChanged, this, &ConditionValueEditor::edited);
        return {edit, [edit] { return QJsonValue(edit->text()); }};
    }

    // A picker: an editable combo filled from the store (labels shown, values stored).
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumWidth(180);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    const ValueKind kind = m_kind;
    const seg::PickListKind pickKind = *m_pick;
    auto fill = [this, combo, kind, pickKind](const QJsonValue &current) {
        const QString typed = combo->lineEdit()->text();
        const bool keepTyped = combo->lineEdit()->hasFocus();
        QSignalBlocker block(combo);
        combo->clear();
        int found = -1;
        const QList<seg::PickItem> items =
            m_picks ? m_picks->items(pickKind) : QList<seg::PickItem>{};
        for (const seg::PickItem &i : items) {
            const QJsonValue v = variantToJson(i.value, kind);
            const QString label =
                i.label.contains(jsonText(v)) ? i.label : tr("%1 (%2)").arg(i.label, jsonText(v));
            combo->addItem(label, v.toVariant());
            if (v == current) found = combo->count() - 1;
        }
        if (keepTyped) {
            combo->setCurrentIndex(-1);
            combo->lineEdit()->setText(typed);
        } else if (found >= 0) {
            combo->setCurrentIndex(found);
        } else {
            combo->setCurrentIndex(-1);
            combo->lineEdit()->setText(jsonText(current));
        }
    };
    auto get = [this, combo] {
        const int i = combo->findText(combo->currentText());
        if (i >= 0) return QJsonValue::fromVariant(combo->itemData(i));
        return fromText(combo->currentText().trimmed());
    };
    fill(value);
    if (m_picks) {
        connect(m_picks, &PickListCache::loaded, combo, [fill, get, pickKind](seg::PickListKind k) {
            if (k == pickKind) fill(get());
        });
        if (pickKind == seg::PickListKind::Products || pickKind == seg::PickListKind::Categories) {
            auto *timer = new QTimer(combo);
            timer->setSingleShot(true);
            timer->setInterval(300);
            connect(timer, &QTimer::timeout, combo, [this, combo, pickKind] {
                m_picks->search(pickKind, combo->lineEdit()->text());
            });
            connect(combo->lineEdit(), &QLineEdit::textEdited, timer, qOverload<>(&QTimer::start));
        }
    }
    connect(combo->lineEdit(), &QLineEdit::textEdited, this, &ConditionValueEditor::edited);
    connect(combo, &QComboBox::activated, this, &ConditionValueEditor::edited);
    return {combo, get};
}

ConditionValueEditor::Part ConditionValueEditor::listEditor(const QJsonValue &value)
{
    // Comma-separated values, with a checklist of the known choices beside them.
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *edit = new QLineEdit;
    QStringList texts;
    for (const QJsonValue &v : value.toArray())
        texts << jsonText(v);
    edit->setText(texts.join(QStringLiteral(", ")));
    edit->setPlaceholderText(tr("values, separated by commas"));
    edit->setMinimumWidth(180);
    layout->addWidget(edit, 1);

    const ValueKind kind = m_kind;
    auto get = [edit, kind] {
        QJsonArray a;
        for (const QString &part : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (t.isEmpty()) continue;
            a.append(kind == ValueKind::Number || kind == ValueKind::Id ? numberFrom(t)
                                                                        : QJsonValue(t));
        }
        return QJsonValue(a);
    };
    connect(edit, &QLineEdit::textChanged, this, &ConditionValueEditor::edited);

    if (m_kind == ValueKind::Enum || m_pick) {
        auto *button = new QToolButton;
        button->setText(tr("Choose…"));
        button->setToolTip(tr("Pick values from the list"));
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        auto *panel = new QWidget;
        auto *panelLayout = new QVBoxLayout(panel);
        panelLayout->setContentsMargins(4, 4, 4, 4);
        auto *filter = new QLineEdit;
        filter->setPlaceholderText(tr("Filter"));
        filter->setClearButtonEnabled(true);
        auto *list = new QListWidget;
        list->setMinimumSize(300, 260);
        panelLayout->addWidget(filter);
        panelLayout->addWidget(list);
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(panel);
        menu->addAction(action);
        button->setMenu(menu);
        layout->addWidget(button);

        auto populate = [this, list, get, kind] {
            QSignalBlocker block(list);
            list->clear();
            const QJsonArray chosen = get().toArray();
            for (const seg::PickItem &i : choices()) {
                const QJsonValue v =
                    variantToJson(i.value, kind == ValueKind::Enum ? ValueKind::String : kind);
                const QString label = i.label.contains(jsonText(v))
                                          ? i.label
                                          : tr("%1 (%2)").arg(i.label, jsonText(v));
                auto *item = new QListWidgetItem(label, list);
                item->setData(Qt::UserRole, v.toVariant());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(chosen.contains(v) ? Qt::Checked : Qt::Unchecked);
            }
        };
        connect(menu, &QMenu::aboutToShow, list, [populate, filter] {
            filter->clear();
            populate();
            filter->setFocus();
        });
        connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setHidden(
                    !list->item(i)->text().contains(text, Qt::CaseInsensitive));
        });
        connect(list, &QListWidget::itemChanged, this, [this, edit, get](QListWidgetItem *item) {
            QJsonArray a = get().toArray();
            const QJsonValue v = QJsonValue::fromVariant(item->data(Qt::UserRole));
            if (item->checkState() == Qt::Checked && !a.contains(v)) a.append(v);
            if (item->checkState() == Qt::Unchecked)
                for (int i = int(a.size()) - 1; i >= 0; --i)
                    if (a.at(i) == v) a.removeAt(i);
            QStringList parts;
            for (const QJsonValue &x : a)
                parts << jsonText(x);
            edit->setText(parts.join(QStringLiteral(", ")));
            edited();
        });
        if (m_pick && m_picks) m_picks->items(*m_pick); // starts the load
    }
    return {box, get};
}
