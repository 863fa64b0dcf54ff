// PickListCache on a demo store: lists load in workers on first ask, stay cached per store, and
// product / category searches replace the list until the search is cleared.
#include "servicesfixture.h"

#include "builder/picklistcache.h"
#include "lookups/picklists.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace servicestest;
using seg::PickListKind;

namespace {

QStringList labels(const QList<seg::PickItem> &items)
{
    QStringList out;
    for (const seg::PickItem &i : items)
        out << i.label;
    return out;
}

// Waits for loaded(kind), ignoring other lists.
bool waitLoaded(QSignalSpy &spy, PickListKind kind, int timeoutMs = 30000)
{
    const auto has = [&] {
        for (const QList<QVariant> &s : spy)
            if (s.first().value<PickListKind>() == kind) return true;
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    while (!has() && timer.elapsed() < timeoutMs)
        spy.wait(std::max<int>(1, timeoutMs - int(timer.elapsed())));
    return has();
}

TEST(PickListCache, LoadsOnFirstAskInAWorkerAndKeepsTheList)
{
    PickListCache cache;
    cache.setStore(demoStore());
    QSignalSpy loaded(&cache, &PickListCache::loaded);
    EXPECT_TRUE(cache.items(PickListKind::Countries).isEmpty()); // not there yet: the load starts
    EXPECT_TRUE(cache.isLoading(PickListKind::Countries));
    ASSERT_TRUE(waitLoaded(loaded, PickListKind::Countries));
    EXPECT_FALSE(cache.isLoading(PickListKind::Countries));
    const QStringList countries = labels(cache.items(PickListKind::Countries));
    EXPECT_TRUE(countries.contains(QStringLiteral("United Kingdom (GB)")))
        << countries.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(countries.contains(QStringLiteral("Germany (DE)")));

    // Asked again: answered from the cache, no second load.
    loaded.clear();
    EXPECT_EQ(labels(cache.items(PickListKind::Countries)), countries);
    EXPECT_FALSE(cache.isLoading(PickListKind::Countries));
    QTest::qWait(100);
    EXPECT_EQ(loaded.count(), 0);
}

TEST(PickListCache, EveryListOfTheDemoStoreLoads)
{
    PickListCache cache;
    cache.setStore(demoStore());
    QSignalSpy loaded(&cache, &PickListCache::loaded);
    QSignalSpy failed(&cache, &PickListCache::failed);
    const QList<PickListKind> kinds = {PickListKind::Countries,      PickListKind::Regions,
                                       PickListKind::CustomerGroups, PickListKind::Websites,
                                       PickListKind::Stores,         PickListKind::OrderStatuses,
                                       PickListKind::PaymentMethods, PickListKind::ShippingMethods,
                                       PickListKind::Categories,     PickListKind::Products};
    for (PickListKind kind : kinds)
        (void)cache.items(kind);
    for (PickListKind kind : kinds) {
        ASSERT_TRUE(waitLoaded(loaded, kind)) << seg::pickListName(kind).toStdString();
        EXPECT_FALSE(cache.items(kind).isEmpty()) << seg::pickListName(kind).toStdString();
    }
    EXPECT_EQ(failed.count(), 0);
    EXPECT_TRUE(
        labels(cache.items(PickListKind::CustomerGroups)).contains(QStringLiteral("General")));
    EXPECT_TRUE(labels(cache.items(PickListKind::OrderStatuses))
                    .contains(QStringLiteral("Complete (complete)")));
    EXPECT_TRUE(labels(cache.items(PickListKind::Categories))
                    .contains(QStringLiteral("Home & Kitchen / Clocks")));
    EXPECT_EQ(cache.items(PickListKind::Products).size(),
              200); // products are searched, not listed whole
}

TEST(PickListCache, SearchesProductsAndCategoriesThenReturnsToTheFullList)
{
    PickListCache cache;
    cache.setStore(demoStore());
    QSignalSpy loaded(&cache, &PickListCache::loaded);
    (void)cache.items(PickListKind::Categories);
    ASSERT_TRUE(waitLoaded(loaded, PickListKind::Categories));
    const int all = int(cache.items(PickListKind::Categories).size());

    loaded.clear();
    cache.search(PickListKind::Categories, QStringLiteral("KITCHEN"));
    ASSERT_TRUE(waitLoaded(loaded, PickListKind::Categories));
    const QStringList kitchen = labels(cache.items(PickListKind::Categories));
    ASSERT_FALSE(kitchen.isEmpty());
    EXPECT_LT(kitchen.size(), all);
    for (const QString &l : kitchen)
        EXPECT_TRUE(l.contains(QStringLiteral("kitchen"), Qt::CaseInsensitive)) << l.toStdString();

    loaded.clear();
    cache.search(PickListKind::Categories, QString());
    ASSERT_TRUE(waitLoaded(loaded, PickListKind::Categories)); // the cached list, at once
    EXPECT_EQ(cache.items(PickListKind::Categories).size(), all);

    // Products: the older search's results never replace the newer one's.
    loaded.clear();
    cache.search(PickListKind::Products, QStringLiteral("a"));
    cache.search(PickListKind::Products, QStringLiteral("MUG"));
    ASSERT_TRUE(waitLoaded(loaded, PickListKind::Products));
    QTest::qWait(200);
    const QStringList mugs = labels(cache.items(PickListKind::Products));
    ASSERT_FALSE(mugs.isEmpty());
    for (const QString &l : mugs)
        EXPECT_TRUE(l.contains(QStringLiteral("mug"), Qt::CaseInsensitive)) << l.toStdString();
    EXPECT_EQ(loaded.count(), 1);
}

TEST(PickListCache, KeepsListsPerStore)
{
    PickListCache cache;
    cache.setStore(demoStore());
    QSignalSpy loaded(&cache, &PickListCache::loaded);
    QSignalSpy failed(&cache, &PickListCache::failed);
    (void)cache.items(PickListKind::Websites);
    ASSERT_TRUE(waitLoaded(loaded, PickListKind::Websites));
    const QStringList websites = labels(cache.items(PickListKind::Websites));
    ASSERT_FALSE(websites.isEmpty());

    // Another store (here: one that does not exist): nothing from the first store shows.
    seg::ConnectionSettings missing;
    missing.dialect = seg::Dialect::Sqlite;
    missing.path = QStringLiteral("/nonexistent/store.db");
    cache.setStore(missing);
    EXPECT_TRUE(cache.items(PickListKind::Websites).isEmpty());
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().at(0).value<PickListKind>(), PickListKind::Websites);
    EXPECT_TRUE(
        cache.errorText(PickListKind::Websites).contains(QStringLiteral("/nonexistent/store.db")));

    // Back to the first store: its list is there at once.
    loaded.clear();
    cache.setStore(demoStore());
    EXPECT_EQ(labels(cache.items(PickListKind::Websites)), websites);
    EXPECT_FALSE(cache.isLoading(PickListKind::Websites));
}

} // namespace
