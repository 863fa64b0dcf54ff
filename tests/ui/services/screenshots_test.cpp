// Screenshots of the SQL view and the explain view at 1280×800, for the README:
//   SEGMENTOR_SCREENSHOT_DIR=docs/screenshots SEGMENTOR_SCREENSHOT_STORE=/tmp/demo.db \
//     build/tests/services_ui_tests --gtest_filter='Screenshots.*'
// (the store: segmentor-cli demo --out /tmp/demo.db --customers 20000 --seed 42 --today
// 2026-11-01). Skipped without them.
#include "servicesfixture.h"

#include "builder/explaindialog.h"
#include "builder/sqlpreviewdialog.h"
#include "definition/definitioncodec.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace servicestest;

namespace {

// Four levels: the root, a group, a scope, its conditions.
const char *kLoyalBuyers = R"({
  "segmentor": 1, "code": "uk-ie-loyal-buyers", "name": "Loyal UK & Ireland buyers", "apply_to": "registered",
  "conditions": { "type": "combine", "match": "all", "expect": true, "conditions": [
    { "type": "customer", "attribute": "group_id", "operator": "in", "value": [1, 2] },
    { "type": "address", "address": "any", "match": "all", "expect": true, "conditions": [
      { "type": "address", "attribute": "country_id", "operator": "in", "value": ["GB", "IE"] } ] },
    { "type": "combine", "match": "any", "expect": true, "conditions": [
      { "type": "orders", "metric": "lifetime_sales", "operator": ">=", "value": 500, "match": "all", "expect": true,
        "conditions": [
          { "type": "order", "attribute": "status", "operator": "in", "value": ["complete", "processing"] },
          { "type": "order", "attribute": "created_at", "operator": "within_last_days", "value": 365 } ] },
      { "type": "products", "source": "ordered", "found": true, "match": "all", "expect": true,
        "conditions": [
          { "type": "product", "attribute": "category_id", "operator": "in", "value": [7] },
          { "type": "product", "attribute": "ordered_at", "operator": "within_last_days", "value": 365 } ] } ] },
    { "type": "combine", "match": "all", "expect": false, "conditions": [
      { "type": "cart", "attribute": "exists", "operator": "==", "value": true } ] } ] } })";

TEST(Screenshots, SqlViewAndExplainView)
{
    const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR");
    const QString store = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_STORE");
    if (dir.isEmpty() || store.isEmpty() || !QFileInfo::exists(store))
        GTEST_SKIP() << "set SEGMENTOR_SCREENSHOT_DIR and SEGMENTOR_SCREENSHOT_STORE (a 20k demo "
                        "store) to take them";
    QDir().mkpath(dir);
    seg::ConnectionSettings settings;
    settings.dialect = seg::Dialect::Sqlite;
    settings.path = store;
    const seg::Result<seg::SegmentDefinition> definition =
        seg::DefinitionCodec::fromJson(QByteArray(kLoyalBuyers));
    ASSERT_TRUE(definition.ok()) << definition.error().toString().toStdString();

    SqlPreviewDialog sql(settings, *definition);
    QSignalSpy ready(&sql, &SqlPreviewDialog::ready);
    sql.resize(1280, 800);
    sql.show();
    ASSERT_TRUE(ready.wait(60000));
    ASSERT_TRUE(sql.errorText().isEmpty()) << sql.errorText().toStdString();
    QTest::qWait(50);
    const QPixmap sqlShot = sql.grab();
    EXPECT_EQ(sqlShot.size(), QSize(1280, 800));
    ASSERT_TRUE(sqlShot.save(QDir(dir).filePath(QStringLiteral("sql-view.png"))));

    const QString member = cliIds(settings, *definition).value(0);
    ASSERT_FALSE(member.isEmpty());
    ExplainDialog explain(settings, *definition);
    explain.resize(1280, 800);
    explain.show();
    QSignalSpy explained(&explain, &ExplainDialog::explained);
    explain.setMember(member);
    ASSERT_TRUE(explained.wait(60000));
    EXPECT_TRUE(explain.verdictText().contains(QStringLiteral("is IN")))
        << explain.verdictText().toStdString();
    QTest::qWait(50);
    const QPixmap explainShot = explain.grab();
    EXPECT_EQ(explainShot.size(), QSize(1280, 800));
    ASSERT_TRUE(explainShot.save(QDir(dir).filePath(QStringLiteral("explain.png"))));
}

} // namespace
