// The SQL preview and explain dialogs offscreen, on a demo store.
#include "servicesfixture.h"

#include "builder/explaindialog.h"
#include "builder/sqlpreviewdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace servicestest;

namespace {

// Spent at least 300 on complete orders, and is not in group Wholesale: two levels deep.
seg::SegmentDefinition spenders()
{
    return definition(QStringLiteral(R"({"type":"combine","match":"all","expect":true,"conditions":[
        {"type":"orders","metric":"lifetime_sales","operator":">=","value":300,"match":"all","expect":true,
         "conditions":[{"type":"order","attribute":"status","operator":"in","value":["complete"]}]},
        {"type":"customer","attribute":"lastname","operator":"!=","value":"O'Brien"}]})"));
}

TEST(SqlPreviewDialog, ShowsTheConnectedDialectsSqlWithItsBoundValues)
{
    SqlPreviewDialog dialog(demoStore(), spenders());
    QSignalSpy ready(&dialog, &SqlPreviewDialog::ready);
    dialog.show();
    ASSERT_TRUE(ready.wait(30000));
    EXPECT_TRUE(dialog.errorText().isEmpty()) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.dialect(), seg::Dialect::Sqlite);
    const QString sql = dialog.sqlText();
    EXPECT_TRUE(sql.startsWith(QStringLiteral("SELECT"))) << sql.toStdString();
    EXPECT_TRUE(sql.contains(QStringLiteral("\nFROM customer_entity c")));
    EXPECT_TRUE(sql.contains(QStringLiteral("seg_fold(")));
    EXPECT_FALSE(sql.contains(QStringLiteral("O'Brien")));
    EXPECT_EQ(dialog.boundValueCount(), sql.count(QLatin1Char('?')));
    EXPECT_GE(dialog.boundValueCount(), 3);

    // Copy: the statement and its values as comments.
    QPushButton *copyButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Copy"))) copyButton = b;
    ASSERT_NE(copyButton, nullptr);
    EXPECT_TRUE(copyButton->isEnabled());
    copyButton->click();
    const QString copied = QApplication::clipboard()->text();
    EXPECT_EQ(copied, dialog.copiedText());
    EXPECT_TRUE(copied.contains(QStringLiteral("'o''brien'")) ||
                copied.contains(QStringLiteral("'O''Brien'")))
        << copied.toStdString();
    EXPECT_TRUE(copied.contains(QStringLiteral("--   1: ")));
}

TEST(SqlPreviewDialog, OtherDialectsOnRequest)
{
    SqlPreviewDialog dialog(demoStore(), spenders());
    QSignalSpy ready(&dialog, &SqlPreviewDialog::ready);
    ASSERT_TRUE(ready.wait(30000));
    const int values = dialog.boundValueCount();
    ready.clear();
    dialog.setDialect(seg::Dialect::PostgreSql);
    ASSERT_TRUE(ready.wait(30000));
    EXPECT_FALSE(dialog.sqlText().contains(QStringLiteral("seg_fold(")));
    EXPECT_TRUE(dialog.sqlText().contains(QStringLiteral("LOWER(")));
    EXPECT_EQ(dialog.boundValueCount(), values);
    auto *combo = dialog.findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentText(), QStringLiteral("PostgreSQL"));
    EXPECT_EQ(combo->itemText(0), QStringLiteral("SQLite (the connected store)"));
    ready.clear();
    combo->setCurrentIndex(1);
    ASSERT_TRUE(ready.wait(30000));
    EXPECT_TRUE(dialog.sqlText().contains(QStringLiteral("CAST(LOWER(")));
}

TEST(SqlPreviewDialog, AnInvalidDefinitionSaysWhy)
{
    SqlPreviewDialog dialog(
        demoStore(),
        definition(QStringLiteral(
            R"({"type":"combine","conditions":[{"type":"customer","attribute":"shoe_size","operator":">","value":40}]})")));
    QSignalSpy ready(&dialog, &SqlPreviewDialog::ready);
    ASSERT_TRUE(ready.wait(30000));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("shoe_size")))
        << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.sqlText().isEmpty());
    EXPECT_TRUE(dialog.copiedText().isEmpty());
}

class ExplainDialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_members = new QStringList(cliIds(demoStore(), spenders())); }
    static void TearDownTestSuite() { delete s_members; }

    static QString memberIn() { return s_members->value(0); }
    static QString memberOut()
    {
        for (int id = 1; id < 600; ++id)
            if (!s_members->contains(QString::number(id))) return QString::number(id);
        return {};
    }

    static void explain(ExplainDialog &dialog, const QString &who)
    {
        QSignalSpy explained(&dialog, &ExplainDialog::explained);
        dialog.setMember(who);
        ASSERT_TRUE(explained.wait(30000));
    }

    static QString resultOf(const QStandardItemModel &model, const QModelIndex &parent, int row)
    {
        return model.index(row, ExplainDialog::ResultColumn, parent).data().toString();
    }

    static inline QStringList *s_members = nullptr;
};

TEST_F(ExplainDialogTest, AKnownMemberIsIn)
{
    ASSERT_FALSE(memberIn().isEmpty());
    ExplainDialog dialog(demoStore(), spenders());
    dialog.show();
    explain(dialog, memberIn());
    const QString verdict = dialog.verdictText();
    EXPECT_TRUE(verdict.startsWith(QStringLiteral("Customer %1 (").arg(memberIn())))
        << verdict.toStdString();
    EXPECT_TRUE(verdict.endsWith(QStringLiteral(") is IN this segment"))) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QLatin1Char('@')));

    // The tree: the segment, its scope and the conditions, with ✔ on each passing node.
    const QStandardItemModel &model = *dialog.model();
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    EXPECT_EQ(resultOf(model, {}, 0), QStringLiteral("✔ true"));
    ASSERT_EQ(model.rowCount(root), 2); // "Applies to ..." and the conditions
    const QModelIndex conditions = model.index(1, 0, root);
    ASSERT_EQ(model.rowCount(conditions), 2);
    EXPECT_EQ(resultOf(model, conditions, 0), QStringLiteral("✔ true"));
    EXPECT_EQ(resultOf(model, conditions, 1), QStringLiteral("✔ true"));
    // The orders scope shows the value it compared, and its own child.
    const QModelIndex orders = model.index(0, 0, conditions);
    EXPECT_FALSE(
        model.index(0, ExplainDialog::ValuesColumn, conditions).data().toString().isEmpty());
    EXPECT_EQ(model.rowCount(orders), 1);
    EXPECT_TRUE(dialog.treeView()->isExpanded(orders));
}

TEST_F(ExplainDialogTest, AKnownMemberIsOutAndTheFailingConditionShows)
{
    const QString out = memberOut();
    ASSERT_FALSE(out.isEmpty());
    ExplainDialog dialog(demoStore(), spenders());
    explain(dialog, out);
    EXPECT_TRUE(dialog.verdictText().endsWith(QStringLiteral(") is NOT in this segment")))
        << dialog.verdictText().toStdString();
    const QStandardItemModel &model = *dialog.model();
    EXPECT_EQ(resultOf(model, {}, 0), QStringLiteral("✘ false"));
    const QModelIndex conditions = model.index(1, 0, model.index(0, 0));
    EXPECT_EQ(resultOf(model, conditions, 0),
              QStringLiteral("✘ false")); // spent less than 300 on complete orders
}

TEST_F(ExplainDialogTest, ByEmailTheSameVerdict)
{
    ExplainDialog dialog(demoStore(), spenders());
    explain(dialog, memberIn());
    const QString verdict = dialog.verdictText();
    const QString email = verdict.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
    ASSERT_TRUE(email.contains(QLatin1Char('@'))) << verdict.toStdString();
    explain(dialog, email.toUpper());
    EXPECT_EQ(dialog.verdictText(), verdict);
}

TEST_F(ExplainDialogTest, ReturnInTheFieldExplainsOnce)
{
    ExplainDialog dialog(demoStore(), spenders());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>();
    ASSERT_NE(field, nullptr);
    field->setFocus();
    QTest::keyClicks(field, memberIn());
    QSignalSpy explained(&dialog, &ExplainDialog::explained);
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(explained.wait(30000));
    QTest::qWait(200);
    EXPECT_EQ(explained.count(), 1);
    EXPECT_TRUE(dialog.verdictText().endsWith(QStringLiteral(") is IN this segment")))
        << dialog.verdictText().toStdString();
    EXPECT_TRUE(dialog.isVisible()); // Return explains; it does not close the dialog
}

TEST_F(ExplainDialogTest, UnknownMembersAreSaidSo)
{
    ExplainDialog dialog(demoStore(), spenders());
    explain(dialog, QStringLiteral("99999999"));
    EXPECT_EQ(dialog.verdictText(),
              QStringLiteral("There is no customer with id 99999999 in this store."));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    explain(dialog, QStringLiteral("nobody@nowhere.example"));
    EXPECT_EQ(
        dialog.verdictText(),
        QStringLiteral(
            "No customer or guest with the e-mail \"nobody@nowhere.example\" in this store."));
}

} // namespace
