// The condition rows of the marketing conditions: what a products count counts ("of"), RFM
// scores, random samples and what a segment reference reads (see conditionroweditor.h).
#include "builder/conditionroweditor.h"

#include "builder/conditiontemplates.h"
#include "builder/conditiontreemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using seg::ConditionCatalog;
using seg::ConditionNode;
using seg::ValueKind;

void ConditionRowEditor::addCountOf(const ConditionNode &f)
{
    // "include at least [200] [spent] where ...": items (rows), units (qty), spent (amount),
    // orders; only what the source has.
    QList<QPair<QString, QString>> kinds;
    for (const QString &of : ConditionCatalog::countOfKinds())
        if (ConditionCatalog::countOfSources(of).contains(f.source))
            kinds << qMakePair(of == QLatin1String("rows") ? QString() : of,
                               of == QLatin1String("rows")     ? tr("items")
                               : of == QLatin1String("qty")    ? tr("units")
                               : of == QLatin1String("amount") ? tr("spent")
                                                               : tr("orders"));
    QComboBox *ofCombo =
        makeCombo(kinds, f.countOf == QLatin1String("rows") ? QString() : f.countOf);
    ofCombo->setObjectName(QStringLiteral("countOfCombo"));
    ofCombo->setToolTip(tr("What is counted: matching items, their quantity, the amount spent on "
                           "them (base currency) or the orders they are in"));
    m_layout->addWidget(ofCombo);
    connect(ofCombo, &QComboBox::activated, this, [this, ofCombo] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        const QString of = ofCombo->currentData().toString();
        if (of == n.countOf) return;
        n.countOf = of;
        edit(n, tr("Count %1").arg(ofCombo->currentText()));
    });
}

void ConditionRowEditor::addRfm(const ConditionNode &f)
{
    addChip(tr("RFM"));
    QList<QPair<QString, QString>> scores;
    for (const QString &s : ConditionCatalog::rfmScores())
        scores << qMakePair(s, ConditionCatalog::rfmScoreLabel(s));
    QComboBox *scoreCombo = makeCombo(scores, f.score);
    scoreCombo->setObjectName(QStringLiteral("rfmScoreCombo"));
    scoreCombo->setToolTip(tr("Recency: the last order (later is better); frequency: the number "
                              "of orders; monetary: lifetime sales. Scores 1 to 5 by quintile "
                              "among the segment's customers with orders."));
    m_layout->addWidget(scoreCombo);
    connect(scoreCombo, &QComboBox::activated, this, [this, scoreCombo] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        const QString score = scoreCombo->currentData().toString();
        if (score == n.score) return;
        n.score = score;
        edit(n, tr("Change RFM score"));
    });
    addComparison(f, ValueKind::Number, nullptr, QStringLiteral("rfm"), f.score);
}

void ConditionRowEditor::addSample(const ConditionNode &f)
{
    addChip(tr("Sample"));
    addText(tr("Random"));
    auto *percent = new QDoubleSpinBox;
    percent->setObjectName(QStringLiteral("samplePercent"));
    percent->setRange(0, 100);
    percent->setDecimals(2);
    percent->setSuffix(QStringLiteral(" %"));
    percent->setValue(f.percent);
    percent->setToolTip(tr("The share of the customers kept, the same at every refresh"));
    m_layout->addWidget(percent);
    connect(percent, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        if (n.percent == v) return;
        n.percent = v;
        edit(n, tr("Change sample size"), QStringLiteral("percent"));
    });
    addText(tr("of the customers, seed"));
    auto *seed = new QLineEdit(f.seed);
    seed->setObjectName(QStringLiteral("sampleSeed"));
    seed->setToolTip(tr("Another seed draws another sample; the same seed the same one"));
    seed->setMinimumWidth(110);
    m_layout->addWidget(seed);
    connect(seed, &QLineEdit::textEdited, this, [this](const QString &text) {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        if (n.seed == text) return;
        n.seed = text;
        edit(n, tr("Change sample seed"), QStringLiteral("seed"));
    });
}

void ConditionRowEditor::addReferenceOf(const ConditionNode &f)
{
    // "... one of [gold] [as their conditions say now | as their member lists stand]".
    QComboBox *ofCombo =
        makeCombo({qMakePair(QString(), tr("by their conditions")),
                   qMakePair(QStringLiteral("members"), tr("by their stored members"))},
                  f.referenceOf == QLatin1String("conditions") ? QString() : f.referenceOf);
    ofCombo->setObjectName(QStringLiteral("referenceOfCombo"));
    ofCombo->setToolTip(
        tr("By their conditions: evaluated now, like the segments' own rules. By their stored "
           "members: the member lists as the last refresh left them, with the customers "
           "included or excluded by hand (the segments refresh first when all are refreshed)"));
    m_layout->addWidget(ofCombo);
    connect(ofCombo, &QComboBox::activated, this, [this, ofCombo] {
        ConditionNode n = m_model->itemById(m_nodeId)->fields();
        const QString of = ofCombo->currentData().toString();
        if (of == n.referenceOf) return;
        n.referenceOf = of;
        edit(n, tr("Read segments %1").arg(ofCombo->currentText()));
    });
}
