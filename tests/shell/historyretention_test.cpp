// No silent deletion in the application: refreshes keep every history and journal row unless
// Edit > Preferences sets a retention; then the rows older than it are deleted after the
// refresh and the status message says how many.
#include "shelltestsupport.h"

#include "app/preferencesdialog.h"
#include "segments/segmentlistmodel.h"
#include "segments/segmentlistpane.h"
#include "support/appsettings.h"

#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <array>

using namespace shelltest;

namespace {

// Runs `sql` (with `bind` for every '?') on a SQLite store; returns the first column of the
// first row, or the rows it changed.
qint64 sqlite(const QString &path, const QString &sql, const QString &bind = {})
{
    const QString name = QStringLiteral("retention-test");
    qint64 out = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (qsizetype i = sql.count(QLatin1Char('?')); i > 0; --i)
                q.addBindValue(bind);
            if (q.exec()) out = q.next() ? q.value(0).toLongLong() : q.numRowsAffected();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

std::array<qint64, 3> rowsBefore(const QString &path, const QString &cutoff)
{
    return {
        sqlite(path, QStringLiteral("SELECT COUNT(*) FROM segmentor_history WHERE created_at < ?"),
               cutoff),
        sqlite(path, QStringLiteral("SELECT COUNT(*) FROM segmentor_journal WHERE created_at < ?"),
               cutoff),
        sqlite(path, QStringLiteral("SELECT COUNT(*) FROM segmentor_refresh WHERE started_at < ?"),
               cutoff)};
}

QString refresh(SegmentListPane &pane)
{
    QSignalSpy finished(&pane, &SegmentListPane::operationFinished);
    pane.refreshSegments({QStringLiteral("vip-platinum")});
    EXPECT_TRUE(waitFor([&] { return finished.count() > 0; }, 120000));
    EXPECT_TRUE(waitFor([&] { return !pane.model()->isLoading(); }));
    return finished.isEmpty() ? QString() : finished.first().at(1).toString();
}

} // namespace

TEST(HistoryRetention, RefreshesKeepEverythingUntilPreferencesSetARetention)
{
    AppSettings().setKeepHistoryDays(0);
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("retention"));
    SegmentListPane pane;
    pane.setStore(store);
    ASSERT_TRUE(waitFor([&] { return !pane.model()->isLoading(); }));
    QSignalSpy imported(&pane, &SegmentListPane::operationFinished);
    pane.importFiles(exampleFiles());
    ASSERT_TRUE(waitFor([&] { return imported.count() > 0 && !pane.model()->isLoading(); }));
    refresh(pane);

    const QString hundredDaysAgo = QDateTime::currentDateTimeUtc().addDays(-100).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString cutoff = QDateTime::currentDateTimeUtc().addDays(-30).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    ASSERT_GT(sqlite(store.path, QStringLiteral("UPDATE segmentor_history SET created_at = ?"),
                     hundredDaysAgo),
              0);
    ASSERT_GT(sqlite(store.path, QStringLiteral("UPDATE segmentor_journal SET created_at = ?"),
                     hundredDaysAgo),
              0);
    ASSERT_EQ(sqlite(store.path, QStringLiteral("UPDATE segmentor_refresh SET started_at = ?"),
                     hundredDaysAgo),
              1);
    const std::array<qint64, 3> old = rowsBefore(store.path, cutoff);

    // The default: a refresh deletes nothing and says nothing about history.
    QString message = refresh(pane);
    EXPECT_FALSE(message.contains(QStringLiteral("History"))) << message.toStdString();
    EXPECT_EQ(rowsBefore(store.path, cutoff), old);

    // Preferences: keep 30 days. The next refresh deletes the 100-day-old rows and says so.
    {
        PreferencesDialog preferences;
        EXPECT_EQ(preferences.findChild<QComboBox *>(QStringLiteral("keepHistory"))->currentText(),
                  QStringLiteral("Forever"));
        preferences.findChild<QComboBox *>(QStringLiteral("keepHistory"))->setCurrentIndex(1);
        preferences.findChild<QSpinBox *>(QStringLiteral("keepHistoryDays"))->setValue(30);
        preferences.accept();
    }
    EXPECT_EQ(AppSettings().keepHistoryDays(), 30);
    message = refresh(pane);
    EXPECT_TRUE(message.contains(QStringLiteral("History older than 30 days deleted: %1 rows.")
                                     .arg(QLocale().toString(old[0] + old[1] + old[2]))))
        << message.toStdString();
    EXPECT_EQ(rowsBefore(store.path, cutoff), (std::array<qint64, 3>{0, 0, 0}));
    EXPECT_GT(sqlite(store.path, QStringLiteral("SELECT COUNT(*) FROM segmentor_history")), 0);
    AppSettings().setKeepHistoryDays(0);
}
