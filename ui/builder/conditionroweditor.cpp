#include "builder/conditionroweditor.h"

#include "builder/builderstorecontext.h"
#include "builder/conditiontemplates.h"
#include "builder/conditiontreemodel.h"
#include "builder/conditionvalueeditor.h"
#include "builder/picklistcache.h"
#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>

using seg::ConditionCatalog;
using seg::ConditionNode;
using seg::NodeKind;
using seg::ValueKind;

namespace {

QString entityLabel(const QString &type)
{
    if (type == QLatin1String("customer")) return ConditionRowEditor::tr("Customer");
    if (type == QLatin1String("cart")) return ConditionRowEditor::tr("Cart");
    if (type == QLatin1String("address")) return ConditionRowEditor::tr("Address");
    if (type == QLatin1String("order")) return ConditionRowEditor::tr("Order");
    if (type == QLatin1String("product")) return ConditionRowEditor::tr("Product");
    return type;
}

} // namespace

// As wide as the chosen entry (rows stay compact); the list still shows every entry whole.
void ConditionRowEditor::fitToCurrent(QComboBox *combo)
{
    const QFontMetrics fm(combo->font());
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    const QSize content(fm.horizontalAdvance(combo->currentText()) + 6, fm.height());
    combo->setFixedWidth(
        combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, combo).width());
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i)
        widest = qMax(widest, fm.horizontalAdvance(combo->itemText(i)));
    combo->view()->setMinimumWidth(widest + 32);
}

QComboBox *ConditionRowEditor::makeCombo(const QList<QPair<QString, QString>> &items,
                                         const QString &current)
{
    auto *combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[value, label] : items)
        combo->addItem(label, value);
    int i = combo->findData(current);
    if (i < 0 && !current.isEmpty()) {
        combo->insertItem(0, ConditionRowEditor::tr("%1 (unknown)").arg(current), current);
        i = 0;
    }
    combo->setCurrentIndex(i);
    ConditionRowEditor::fitToCurrent(combo);
    return combo;
}

namespace {

// A small rounded label naming what a row is about ("Customer", "Order", "muted"). Painted
// by hand: a style sheet on every row costs four times the time to build a large tree.
class ChipLabel : public QLabel
{
public:
    ChipLabel(const QString &text, QColor background, QColor border)
        : QLabel(text), m_background(background), m_border(border)
    {
        setAlignment(Qt::AlignCenter);
        setContentsMargins(7, 1, 7, 1);
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        {
            QPainter p(this);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(m_border);
            p.setBrush(m_background);
            p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
        QLabel::paintEvent(event);
    }

private:
    QColor m_background;
    QColor m_border;
};

} // namespace

ConditionRowEditor::ConditionRowEditor(ConditionTreeModel *model, int nodeId, PickListCache *picks,
                                       const BuilderStoreContext *context, QWidget *parent)
    : QWidget(parent), m_model(model), m_nodeId(nodeId), m_picks(picks), m_context(context),
      m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("conditionRow"));
    m_layout->setContentsMargins(4, 3, 4, 3);
    m_layout->setSpacing(6);
    setFocusPolicy(Qt::NoFocus);
    rebuild();
}

void ConditionRowEditor::refresh(bool force)
{
    const ConditionTreeItem *item = m_model->itemById(m_nodeId);
    if (!item) return;
    const QJsonObject now = state(item->fields());
    const QString error =
        m_model->data(m_model->indexOf(item), ConditionTreeModel::ErrorRole).toString();
    if (force || now != m_shown) {
        rebuild();
        return;
    }
    if (m_errorIcon) {
        m_errorIcon->setVisible(!error.isEmpty());
        m_errorIcon->setToolTip(error);
    }
    setToolTip(error);
}

void ConditionRowEditor::edit(const ConditionNode &fields, const QString &text,
                              const QString &mergeKey)
{
    // Typing (a merge key) already shows the edit: the model's echo must not rebuild the row
    // under the cursor. Switches and choices rebuild it (new words, new value editors).
    if (!mergeKey.isEmpty()) m_shown = state(fields);
    emit fieldsEdited(m_nodeId, fields, text, mergeKey);
}

std::optional<seg::AttributeSpec> ConditionRowEditor::specFor(const QString &type,
                                                              const QString &attribute) const
{
    if (type == QLatin1String("customer"))
        return seg::resolveCustomerAttribute(attribute, m_context);
    if (const seg::AttributeSpec *spec = ConditionCatalog::instance().attribute(type, attribute))
        return *spec;
    return std::nullopt;
}

QLabel *ConditionRowEditor::addChip(const QString &text, bool warning)
{
    auto *chip = warning ? new ChipLabel(text, QColor(0xff, 0xf4, 0xe5), QColor(0xf3, 0xd1, 0x9e))
                         : new ChipLabel(text, QColor(0xee, 0xf1, 0xf5), QColor(0xd3, 0xd7, 0xdd));
    chip->setObjectName(warning ? QStringLiteral("mutedChip") : QStringLiteral("entityChip"));
    QPalette pal = chip->palette();
    pal.setColor(QPalette::WindowText,
                 warning ? QColor(0x8a, 0x53, 0x00) : QColor(0x3c, 0x40, 0x43));
    chip->setPalette(pal);
    m_layout->addWidget(chip);
    return chip;
}

QLabel *ConditionRowEditor::addText(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAttribute(Qt::WA_TransparentForMouseEvents); // drags start from the words too
    m_layout->addWidget(label);
    return label;
}

void ConditionRowEditor::addWord(const QString &text, const QString &tip,
                                 std::function<void()> onClick)
{
    auto *word = new QToolButton;
    word->setObjectName(QStringLiteral("switchWord"));
    QFont font = word->font();
    font.setBold(true);
    font.setUnderline(true);
    word->setFont(font);
    QPalette pal = word->palette();
    pal.setColor(QPalette::ButtonText, QColor(0x0b, 0x57, 0xd0));
    word->setPalette(pal);
    word->setText(text);
    word->setToolTip(tip);
    word->setAutoRaise(true);
    word->setCursor(Qt::PointingHandCursor);
    connect(word, &QToolButton::clicked, this, std::move(onClick));
    m_layout->addWidget(word);
}

void ConditionRowEditor::addMatchExpect(const ConditionNode &f, const QString &lead,
                                        const QString &middle)
{
    if (!lead.isEmpty()) addText(lead);
    addWord(f.match == seg::Match::All ? tr("ALL") : tr("ANY"),
            tr("Click to switch between ALL and ANY"), [this] {
                ConditionNode n = m_model->itemById(m_nodeId)->fields();
                n.match = n.match == seg::Match::All ? seg::Match::Any : seg::Match::All;
                edit(n, n.match == seg::Match::All ? tr("Switch to ALL") : tr("Switch to ANY"));
            });
    addText(middle);
    addWord(f.expect ? tr("TRUE") : tr("FALSE"), tr("Click to switch between TRUE and FALSE"),
            [this] {
                ConditionNode n = m_model->itemById(m_nodeId)->fields();
                n.expect = !n.expect;
                edit(n, n.expect ? tr("Switch to TRUE") : tr("Switch to FALSE"));
            });
}

void ConditionRowEditor::addComparison(const ConditionNode &f, ValueKind kind,
                                       const seg::AttributeSpec *spec, const QString &pickType,
                                       const QString &attribute)
{
    QList<QPair<QString, QString>> ops;
    for (const QString &op : ConditionCatalog::operatorsFor(kind))
        ops << qMakePair(op, ConditionCatalog::operatorLabel(op));
    QComboBox *opCombo = makeCombo(ops, f.test.op);
    opCombo->setToolTip(tr("Operator"));
    m_layout->addWidget(opCombo);
    connect(opCombo, &QComboBox::activated, this, [this, opCombo, kind, spec] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        const QString newOp = opCombo->currentData().toString();
        if (newOp == n.test.op) return;
        n.test.value = ConditionTemplates::adaptValue(kind, spec, n.test.op, newOp, n.test.value);
        n.test.op = newOp;
        edit(n, tr("Change operator to \"%1\"").arg(ConditionCatalog::operatorLabel(newOp)));
    });
    auto *value = new ConditionValueEditor(m_picks, this);
    value->setup(kind, spec, seg::pickListFor(pickType, attribute), f.test.op, f.test.value);
    m_layout->addWidget(value);
    connect(value, &ConditionValueEditor::valueEdited, this, [this](const QJsonValue &v) {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        if (n.test.value == v) return;
        n.test.value = v;
        edit(n, tr("Change value"), QStringLiteral("value"));
    });
}

void ConditionRowEditor::addLeaf(const ConditionNode &f)
{
    const ConditionCatalog &catalog = ConditionCatalog::instance();
    addChip(entityLabel(f.type));

    // Product attributes offered are those of the enclosing scope's source.
    QString source;
    if (f.type == QLatin1String("product"))
        for (const ConditionTreeItem *p = m_model->itemById(m_nodeId)->parent(); p; p = p->parent())
            if (p->fields().kind == NodeKind::ProductsScope) {
                source = p->fields().source;
                break;
            }
    QList<QPair<QString, QString>> attrs;
    for (const seg::AttributeSpec &a : catalog.attributes(f.type))
        if (source.isEmpty() || a.sources.isEmpty() || a.sources.contains(source))
            attrs << qMakePair(a.code, seg::ConditionCatalog::displayLabel(a.label));
    if (f.type == QLatin1String("customer") && m_context && m_context->schema)
        for (const seg::CustomAttribute &c : m_context->schema->customAttributes())
            attrs << qMakePair(c.code, tr("%1 (custom)").arg(c.label.isEmpty() ? c.code : c.label));
    QComboBox *attrCombo = makeCombo(attrs, f.attribute);
    attrCombo->setToolTip(tr("Attribute"));
    m_layout->addWidget(attrCombo);
    connect(attrCombo, &QComboBox::activated, this, [this, attrCombo] {
        const ConditionNode old = m_model->itemById(m_nodeId)->fields();
        const QString code = attrCombo->currentData().toString();
        if (code == old.attribute) return;
        const std::optional<seg::AttributeSpec> before = specFor(old.type, old.attribute);
        const std::optional<seg::AttributeSpec> after = specFor(old.type, code);
        ConditionNode n = old;
        n.attribute = code;
        // Keep the test when the kind stays the same; start afresh otherwise.
        if (!after || !before || before->kind != after->kind || !before->options.isEmpty() ||
            !after->options.isEmpty()) {
            n.test = ConditionTemplates::leaf(old.type, code).test;
            if (after &&
                !ConditionCatalog::instance().attribute(old.type, code)) // a custom attribute
                n.test = {ConditionCatalog::operatorsFor(after->kind).first(),
                          ConditionTemplates::defaultScalar(after->kind, &*after)};
        }
        edit(n, tr("Change attribute to \"%1\"")
                    .arg(after ? seg::ConditionCatalog::displayLabel(after->label) : code));
    });

    m_leafSpec = specFor(f.type, f.attribute);
    if (!m_leafSpec) {
        addText(tr("%1 %2").arg(ConditionCatalog::operatorLabel(f.test.op),
                                seg::describeJson(f.test.value)));
        return;
    }
    addComparison(f, m_leafSpec->kind, &*m_leafSpec, f.type, f.attribute);
}

void ConditionRowEditor::addProducts(const ConditionNode &f)
{
    addChip(tr("Products"));
    const QList<QPair<QString, QString>> sources = {
        {QStringLiteral("ordered"), tr("Ordered products")},
        {QStringLiteral("cart"), tr("Products in the cart")},
        {QStringLiteral("wishlist"), tr("Products in the wishlist")},
        {QStringLiteral("viewed"), tr("Viewed products")}};
    QComboBox *sourceCombo = makeCombo(sources, f.source);
    sourceCombo->setToolTip(tr("Which products are looked at"));
    m_layout->addWidget(sourceCombo);
    connect(sourceCombo, &QComboBox::activated, this, [this, sourceCombo] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        n.source = sourceCombo->currentData().toString();
        if (!n.countOf.isEmpty() && !ConditionCatalog::countOfSources(n.countOf).contains(n.source))
            n.countOf.clear(); // e.g. the amount of viewed products: count them instead
        edit(n, tr("Change product source"));
    });
    addWord(f.found ? tr("include") : tr("include no"),
            tr("Click to switch between items found and no item found"), [this] {
                ConditionNode n = m_model->itemById(m_nodeId)->fields();
                n.found = !n.found;
                if (!n.found) n.count.reset(); // a count applies only to found items
                edit(n, n.found ? tr("Require matching items") : tr("Require no matching item"));
            });
    if (f.found) {
        const QList<QPair<QString, QString>> counts = {
            {QString(), tr("at least one")},           {QStringLiteral(">="), tr("at least")},
            {QStringLiteral("<="), tr("at most")},     {QStringLiteral("=="), tr("exactly")},
            {QStringLiteral("!="), tr("not exactly")}, {QStringLiteral(">"), tr("more than")},
            {QStringLiteral("<"), tr("fewer than")},   {QStringLiteral("between"), tr("between")}};
        QComboBox *countCombo = makeCombo(counts, f.count ? f.count->op : QString());
        if (!f.count) countCombo->setCurrentIndex(0);
        countCombo->setToolTip(tr("How many matching items"));
        m_layout->addWidget(countCombo);
        connect(countCombo, &QComboBox::activated, this, [this, countCombo] {
            ConditionNode n = m_model->itemById(m_nodeId)->fields();
            const QString op = countCombo->currentData().toString();
            if (op.isEmpty()) {
                n.count.reset();
            } else {
                const seg::Comparison old =
                    n.count.value_or(seg::Comparison{QStringLiteral(">="), 1});
                n.count =
                    seg::Comparison{op, ConditionTemplates::adaptValue(ValueKind::Number, nullptr,
                                                                       old.op, op, old.value)};
            }
            edit(n, tr("Change item count"));
        });
        if (f.count) {
            auto *value = new ConditionValueEditor(m_picks, this);
            value->setup(ValueKind::Number, nullptr, std::nullopt, f.count->op, f.count->value);
            m_layout->addWidget(value);
            connect(value, &ConditionValueEditor::valueEdited, this, [this](const QJsonValue &v) {
                ConditionNode n = m_model->itemById(m_nodeId)->fields();
                if (!n.count || n.count->value == v) return;
                n.count->value = v;
                edit(n, tr("Change item count"), QStringLiteral("count"));
            });
        }
    }
    if (f.found && f.count)
        addCountOf(f);
    else
        addText(f.found && !f.count ? tr("item") : tr("items"));
    addMatchExpect(f, tr("where"), tr("of these are"));
}

void ConditionRowEditor::addReference(const ConditionNode &f)
{
    addChip(tr("Segments"));
    addText(tr("Customer"));
    addWord(f.test.op == QLatin1String("not_in") ? tr("is in none of") : tr("is in one of"),
            tr("Click to switch between in and not in"), [this] {
                ConditionNode n = m_model->itemById(m_nodeId)->fields();
                n.test.op = n.test.op == QLatin1String("not_in") ? QStringLiteral("in")
                                                                 : QStringLiteral("not_in");
                edit(n, tr("Switch segment membership"));
            });
    auto *value = new ConditionValueEditor(m_picks, this);
    value->setup(ValueKind::String, nullptr, seg::PickListKind::Segments, QStringLiteral("in"),
                 f.test.value);
    m_layout->addWidget(value);
    connect(value, &ConditionValueEditor::valueEdited, this, [this](const QJsonValue &v) {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        if (n.test.value == v) return;
        n.test.value = v;
        edit(n, tr("Change segments"), QStringLiteral("value"));
    });
    addReferenceOf(f);
}

void ConditionRowEditor::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (item->widget()) item->widget()->deleteLater();
        delete item;
    }
    m_errorIcon = nullptr;
    const ConditionTreeItem *item = m_model->itemById(m_nodeId);
    if (!item) return;
    const ConditionNode &f = item->fields();
    m_shown = state(f);
    const ConditionCatalog &catalog = ConditionCatalog::instance();

    switch (f.kind) {
    case NodeKind::Combine:
        addMatchExpect(f, tr("If"), tr("of these conditions are"));
        break;
    case NodeKind::Attribute:
        addLeaf(f);
        break;
    case NodeKind::AddressScope: {
        addChip(tr("Address"));
        const QList<QPair<QString, QString>> kinds = {
            {QStringLiteral("billing"), tr("Default billing address")},
            {QStringLiteral("shipping"), tr("Default shipping address")},
            {QStringLiteral("any"), tr("Any saved address")}};
        QComboBox *kindCombo = makeCombo(kinds, f.addressKind);
        m_layout->addWidget(kindCombo);
        connect(kindCombo, &QComboBox::activated, this, [this, kindCombo] {
            ConditionNode n = m_model->itemById(m_nodeId)->fields();
            n.addressKind = kindCombo->currentData().toString();
            edit(n, tr("Change address"));
        });
        addMatchExpect(f, tr("where"), tr("of these are"));
        break;
    }
    case NodeKind::OrdersScope: {
        addChip(tr("Orders"));
        QList<QPair<QString, QString>> metrics;
        for (const seg::AttributeSpec &m : catalog.metrics())
            metrics << qMakePair(m.code, seg::ConditionCatalog::displayLabel(m.label));
        QComboBox *metricCombo = makeCombo(metrics, f.metric);
        metricCombo->setToolTip(tr("Aggregate over the orders"));
        m_layout->addWidget(metricCombo);
        connect(metricCombo, &QComboBox::activated, this, [this, metricCombo] {
            const ConditionNode old = m_model->itemById(m_nodeId)->fields();
            const QString code = metricCombo->currentData().toString();
            if (code == old.metric) return;
            const seg::AttributeSpec *before = ConditionCatalog::instance().metric(old.metric);
            const seg::AttributeSpec *after = ConditionCatalog::instance().metric(code);
            ConditionNode n = old;
            n.metric = code;
            if (!before || !after || before->kind != after->kind)
                n.test = ConditionTemplates::ordersScope(code).test;
            edit(n, tr("Change aggregate"));
        });
        if (const seg::AttributeSpec *metric = catalog.metric(f.metric))
            addComparison(f, metric->kind, metric, QStringLiteral("orders"), f.metric);
        if (item->childCount() > 0)
            addMatchExpect(f, tr("over orders where"), tr("of these are"));
        else
            addText(tr("over all orders"));
        break;
    }
    case NodeKind::ProductsScope:
        addProducts(f);
        break;
    case NodeKind::SegmentReference:
        addReference(f);
        break;
    case NodeKind::Rfm:
        addRfm(f);
        break;
    case NodeKind::Sample:
        addSample(f);
        break;
    }

    // Inside a locked subtree nothing can be edited (Ctrl+L on the locked node unlocks it).
    if (const ConditionTreeItem *lock = ConditionTreeModel::lockOf(item)) {
        for (QWidget *w : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (!qobject_cast<QLabel *>(w)) w->setEnabled(false);
        if (lock == item) {
            QLabel *locked = addChip(tr("locked"), true);
            locked->setObjectName(QStringLiteral("lockedChip"));
            locked->setToolTip(tr("Locked: it and the conditions inside it cannot be edited, "
                                  "moved or deleted (Ctrl+L unlocks)"));
        }
    }
    if (!f.enabled) {
        QLabel *muted = addChip(tr("muted"), true);
        muted->setToolTip(tr("This condition is kept but ignored (Ctrl+M to turn it back on)"));
    }
    m_errorIcon = new QLabel;
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_layout->addWidget(m_errorIcon);
    m_layout->addStretch(1);
    const QString error =
        m_model->data(m_model->indexOf(item), ConditionTreeModel::ErrorRole).toString();
    m_errorIcon->setVisible(!error.isEmpty());
    m_errorIcon->setToolTip(error);
    setToolTip(error);
    if (!f.enabled) // a muted row reads grey
        for (QLabel *label : findChildren<QLabel *>())
            if (label->objectName() != QLatin1String("mutedChip")) {
                QPalette pal = label->palette();
                pal.setColor(QPalette::WindowText, QColor(0x9a, 0xa0, 0xa6));
                label->setPalette(pal);
            }
}

QJsonObject ConditionRowEditor::state(const ConditionNode &fields) const
{
    QJsonObject o = seg::DefinitionCodec::nodeToJson(fields);
    const ConditionTreeItem *item = m_model->itemById(m_nodeId);
    o.insert(QStringLiteral("conditions"),
             item && item->childCount() > 0); // "counting all orders" or not
    o.insert(QStringLiteral("lockedWithin"), item && ConditionTreeModel::lockOf(item) != nullptr);
    return o;
}
