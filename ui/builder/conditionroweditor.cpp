#include "builder/conditionroweditor.h"

#include "builder/conditiontemplates.h"
#include "builder/conditiontreemodel.h"
#include "builder/conditionvalueeditor.h"
#include "builder/picklistcache.h"
#include "definition/definitioncodec.h"

#include <QComboBox>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
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

QComboBox *makeCombo(const QList<QPair<QString, QString>> &items, const QString &current)
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
    return combo;
}

} // namespace

ConditionRowEditor::ConditionRowEditor(ConditionTreeModel *model, int nodeId, PickListCache *picks, QWidget *parent)
    : QWidget(parent), m_model(model), m_nodeId(nodeId), m_picks(picks), m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("conditionRow"));
    m_layout->setContentsMargins(4, 3, 4, 3);
    m_layout->setSpacing(6);
    setFocusPolicy(Qt::NoFocus);
    rebuild();
}

void ConditionRowEditor::refresh()
{
    const ConditionTreeItem *item = m_model->itemById(m_nodeId);
    if (!item)
        return;
    const QJsonObject now = state(item->fields());
    const QString error = m_model->data(m_model->indexOf(item), ConditionTreeModel::ErrorRole).toString();
    if (now != m_shown) {
        rebuild();
        return;
    }
    if (m_errorIcon) {
        m_errorIcon->setVisible(!error.isEmpty());
        m_errorIcon->setToolTip(error);
    }
    setToolTip(error);
}

void ConditionRowEditor::edit(const ConditionNode &fields, const QString &text, const QString &mergeKey)
{
    // What the row shows already reflects the edit: no rebuild when the model echoes it.
    m_shown = state(fields);
    emit fieldsEdited(m_nodeId, fields, text, mergeKey);
}

QLabel *ConditionRowEditor::addText(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAttribute(Qt::WA_TransparentForMouseEvents); // drags start from the words too
    m_layout->addWidget(label);
    return label;
}

void ConditionRowEditor::addWord(const QString &text, const QString &tip, std::function<void()> onClick)
{
    auto *word = new QToolButton;
    word->setObjectName(QStringLiteral("switchWord"));
    word->setText(text);
    word->setToolTip(tip);
    word->setAutoRaise(true);
    word->setCursor(Qt::PointingHandCursor);
    connect(word, &QToolButton::clicked, this, std::move(onClick));
    m_layout->addWidget(word);
}

void ConditionRowEditor::addMatchExpect(const ConditionNode &f, const QString &lead, const QString &middle)
{
    if (!lead.isEmpty())
        addText(lead);
    addWord(f.match == seg::Match::All ? tr("ALL") : tr("ANY"), tr("Click to switch between ALL and ANY"), [this] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        n.match = n.match == seg::Match::All ? seg::Match::Any : seg::Match::All;
        edit(n, n.match == seg::Match::All ? tr("Switch to ALL") : tr("Switch to ANY"));
    });
    addText(middle);
    addWord(f.expect ? tr("TRUE") : tr("FALSE"), tr("Click to switch between TRUE and FALSE"), [this] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        n.expect = !n.expect;
        edit(n, n.expect ? tr("Switch to TRUE") : tr("Switch to FALSE"));
    });
}

void ConditionRowEditor::addComparison(const ConditionNode &f, ValueKind kind, const seg::AttributeSpec *spec,
                                       const QString &pickType, const QString &attribute)
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
        if (newOp == n.test.op)
            return;
        n.test.value = ConditionTemplates::adaptValue(kind, spec, n.test.op, newOp, n.test.value);
        n.test.op = newOp;
        edit(n, tr("Change operator to \"%1\"").arg(ConditionCatalog::operatorLabel(newOp)));
    });
    auto *value = new ConditionValueEditor(m_picks, this);
    value->setup(kind, spec, seg::pickListFor(pickType, attribute), f.test.op, f.test.value);
    m_layout->addWidget(value);
    connect(value, &ConditionValueEditor::valueEdited, this, [this](const QJsonValue &v) {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        n.test.value = v;
        edit(n, tr("Change value"), QStringLiteral("value"));
    });
}

void ConditionRowEditor::addLeaf(const ConditionNode &f)
{
    const ConditionCatalog &catalog = ConditionCatalog::instance();
    QLabel *chip = addText(entityLabel(f.type));
    chip->setObjectName(QStringLiteral("entityChip"));

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
            attrs << qMakePair(a.code, a.label);
    QComboBox *attrCombo = makeCombo(attrs, f.attribute);
    attrCombo->setToolTip(tr("Attribute"));
    m_layout->addWidget(attrCombo);
    connect(attrCombo, &QComboBox::activated, this, [this, attrCombo] {
        const ConditionNode old = m_model->itemById(m_nodeId)->fields();
        const QString code = attrCombo->currentData().toString();
        if (code == old.attribute)
            return;
        const seg::ConditionCatalog &c = ConditionCatalog::instance();
        const seg::AttributeSpec *before = c.attribute(old.type, old.attribute);
        const seg::AttributeSpec *after = c.attribute(old.type, code);
        ConditionNode n = old;
        n.attribute = code;
        // Keep the test when the kind stays the same; start afresh otherwise.
        if (!after || !before || before->kind != after->kind || !before->options.isEmpty() || !after->options.isEmpty())
            n.test = ConditionTemplates::leaf(old.type, code).test;
        edit(n, tr("Change attribute to \"%1\"").arg(after ? after->label : code));
    });

    const seg::AttributeSpec *spec = catalog.attribute(f.type, f.attribute);
    if (!spec) {
        addText(tr("%1 %2").arg(ConditionCatalog::operatorLabel(f.test.op), seg::describeJson(f.test.value)));
        return;
    }
    addComparison(f, spec->kind, spec, f.type, f.attribute);
}

void ConditionRowEditor::addProducts(const ConditionNode &f)
{
    QLabel *chip = addText(tr("Products"));
    chip->setObjectName(QStringLiteral("entityChip"));
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
        edit(n, tr("Change product source"));
    });
    addWord(f.found ? tr("include") : tr("include no"), tr("Click to switch between items found and no item found"), [this] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        n.found = !n.found;
        if (!n.found)
            n.count.reset(); // a count applies only to found items
        edit(n, n.found ? tr("Require matching items") : tr("Require no matching item"));
    });
    if (f.found) {
        const QList<QPair<QString, QString>> counts = {
            {QString(), tr("at least one")}, {QStringLiteral(">="), tr("at least")}, {QStringLiteral("<="), tr("at most")},
            {QStringLiteral("=="), tr("exactly")}, {QStringLiteral("!="), tr("not exactly")},
            {QStringLiteral(">"), tr("more than")}, {QStringLiteral("<"), tr("fewer than")},
            {QStringLiteral("between"), tr("between")}};
        QComboBox *countCombo = makeCombo(counts, f.count ? f.count->op : QString());
        if (!f.count)
            countCombo->setCurrentIndex(0);
        countCombo->setToolTip(tr("How many matching items"));
        m_layout->addWidget(countCombo);
        connect(countCombo, &QComboBox::activated, this, [this, countCombo] {
            ConditionNode n = m_model->itemById(m_nodeId)->fields();
            const QString op = countCombo->currentData().toString();
            if (op.isEmpty()) {
                n.count.reset();
            } else {
                const seg::Comparison old = n.count.value_or(seg::Comparison{QStringLiteral(">="), 1});
                n.count = seg::Comparison{op, ConditionTemplates::adaptValue(ValueKind::Number, nullptr, old.op, op, old.value)};
            }
            edit(n, tr("Change item count"));
        });
        if (f.count) {
            auto *value = new ConditionValueEditor(m_picks, this);
            value->setup(ValueKind::Number, nullptr, std::nullopt, f.count->op, f.count->value);
            m_layout->addWidget(value);
            connect(value, &ConditionValueEditor::valueEdited, this, [this](const QJsonValue &v) {
                ConditionNode n = m_model->itemById(m_nodeId)->fields();
                if (n.count)
                    n.count->value = v;
                edit(n, tr("Change item count"), QStringLiteral("count"));
            });
        }
    }
    addText(f.found && !f.count ? tr("item") : tr("items"));
    addMatchExpect(f, tr("where"), tr("of these are"));
}

void ConditionRowEditor::addReference(const ConditionNode &f)
{
    QLabel *chip = addText(tr("Segments"));
    chip->setObjectName(QStringLiteral("entityChip"));
    addText(tr("Customer"));
    addWord(f.test.op == QLatin1String("not_in") ? tr("is in none of") : tr("is in one of"),
            tr("Click to switch between in and not in"), [this] {
                ConditionNode n = m_model->itemById(m_nodeId)->fields();
                n.test.op = n.test.op == QLatin1String("not_in") ? QStringLiteral("in") : QStringLiteral("not_in");
                edit(n, tr("Switch segment membership"));
            });
    auto *value = new ConditionValueEditor(m_picks, this);
    value->setup(ValueKind::String, nullptr, seg::PickListKind::Segments, QStringLiteral("in"), f.test.value);
    m_layout->addWidget(value);
    connect(value, &ConditionValueEditor::valueEdited, this, [this](const QJsonValue &v) {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        n.test.value = v;
        edit(n, tr("Change segments"), QStringLiteral("value"));
    });
}

void ConditionRowEditor::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_errorIcon = nullptr;
    const ConditionTreeItem *item = m_model->itemById(m_nodeId);
    if (!item)
        return;
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
        QLabel *chip = addText(tr("Address"));
        chip->setObjectName(QStringLiteral("entityChip"));
        const QList<QPair<QString, QString>> kinds = {{QStringLiteral("billing"), tr("Default billing address")},
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
        QLabel *chip = addText(tr("Orders"));
        chip->setObjectName(QStringLiteral("entityChip"));
        QList<QPair<QString, QString>> metrics;
        for (const seg::AttributeSpec &m : catalog.metrics())
            metrics << qMakePair(m.code, m.label);
        QComboBox *metricCombo = makeCombo(metrics, f.metric);
        metricCombo->setToolTip(tr("Aggregate over the orders"));
        m_layout->addWidget(metricCombo);
        connect(metricCombo, &QComboBox::activated, this, [this, metricCombo] {
            const ConditionNode old = m_model->itemById(m_nodeId)->fields();
            const QString code = metricCombo->currentData().toString();
            if (code == old.metric)
                return;
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
    }

    if (!f.enabled) {
        QLabel *muted = addText(tr("muted"));
        muted->setObjectName(QStringLiteral("mutedChip"));
        muted->setToolTip(tr("This condition is kept but ignored (Ctrl+M to turn it back on)"));
    }
    m_errorIcon = new QLabel;
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_layout->addWidget(m_errorIcon);
    m_layout->addStretch(1);
    const QString error = m_model->data(m_model->indexOf(item), ConditionTreeModel::ErrorRole).toString();
    m_errorIcon->setVisible(!error.isEmpty());
    m_errorIcon->setToolTip(error);
    setToolTip(error);
    setProperty("muted", !f.enabled);
    style()->unpolish(this);
    style()->polish(this);
}

QJsonObject ConditionRowEditor::state(const ConditionNode &fields) const
{
    QJsonObject o = seg::DefinitionCodec::nodeToJson(fields);
    const ConditionTreeItem *item = m_model->itemById(m_nodeId);
    o.insert(QStringLiteral("conditions"), item && item->childCount() > 0); // "counting all orders" or not
    return o;
}
