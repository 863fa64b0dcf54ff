// The demo store file: complete and probe-able when done; nothing left behind when cancelled.
#include "demo/demostorefile.h"
#include "store/storeprobe.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(DemoStoreFile, CreatesAStoreTheProbeAccepts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/demo.db"));
    seg::DemoOptions options;
    options.anchor = QDate(2026, 11, 1);
    options.customers = 150;
    int last = -1;
    bool monotonic = true;
    const seg::Status st = seg::createDemoStoreFile(path, options, [&](int percent) {
        monotonic = monotonic && percent >= last;
        last = percent;
        return true;
    });
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_TRUE(monotonic);
    EXPECT_EQ(last, 100);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".partial")));
    seg::ConnectionSettings s;
    s.path = path;
    const seg::ProbeResult r = seg::StoreProbe::probe(s);
    EXPECT_TRUE(r.ok()) << r.detail.toStdString();
    EXPECT_EQ(r.customers, 150);
    // A second run refuses to overwrite it.
    EXPECT_FALSE(seg::createDemoStoreFile(path, options).ok());
}

TEST(DemoStoreFile, ACancelLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    seg::DemoOptions options;
    options.anchor = QDate(2026, 11, 1);
    options.customers = 500;
    const seg::Status st =
        seg::createDemoStoreFile(path, options, [](int percent) { return percent < 20; });
    ASSERT_FALSE(st.ok());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".partial")));
}
