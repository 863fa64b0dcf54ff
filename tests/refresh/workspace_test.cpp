// A database user who may only read Magento's tables: Segmentor keeps its own tables in a
// local workspace file, refreshes there, and still exports members with their details.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "export/memberexporter.h"
#include "export/savedmembersource.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

class ReadOnlyUser : public ::testing::TestWithParam<Backend>
{
};

TEST_P(ReadOnlyUser, KeepsSegmentsInAWorkspace)
{
    std::string why;
    auto admin = freshStore(GetParam(), QStringLiteral("readonly"), QStringLiteral("mg_"), why);
    SEGTEST_REQUIRE_STORE(admin, why);
    FixtureStore f(*admin, QStringLiteral("mg_"));
    f.installBase();
    for (int id = 1; id <= 3; ++id)
        f.customer(id);
    f.order(1, 1);
    f.order(2, 2);

    // A user with SELECT only (and temporary tables): the workspace mode's user.
    Result<ConnectionSettings> readOnlyLogin =
        readOnlyUser(*admin, GetParam(), QStringLiteral("ro"));
    ASSERT_TRUE(readOnlyLogin.ok()) << readOnlyLogin.error().toString().toStdString();

    ConnectionSettings readOnly = *readOnlyLogin;
    auto store = StoreConnection::open(readOnly);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    const StoreSchema schema =
        *StoreSchema::load((*store)->database(), readOnly.dialect, QStringLiteral("mg_"));

    QTemporaryDir workspaces;
    Result<SegmentorLocation> location =
        SegmentorStorage::locate(**store, QStringLiteral("mg_"), workspaces.path());
    ASSERT_TRUE(location.ok()) << location.error().message.toStdString();
    ASSERT_TRUE(location->inWorkspace());
    EXPECT_TRUE(location->workspacePath.startsWith(workspaces.path()));

    SegmentRepository repository(*location->connection, location->tablePrefix);
    auto d = DefinitionCodec::fromJson(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","actions":{"move_to_group":2},
        "conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
    ASSERT_TRUE(d.ok());
    ASSERT_TRUE(repository.save(*d).ok());
    ASSERT_TRUE(repository
                    .setOverride(QStringLiteral("buyers"), {MemberKey::registered(3)},
                                 OverrideKind::Include)
                    .ok());

    Refresher refresher(**store, schema, repository);
    Result<RefreshResult> r = refresher.refresh(QStringLiteral("buyers"), {});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->memberCount, 3);
    EXPECT_EQ(r->groupChanged, 0);
    QStringList keys;
    for (const MemberRow &m : *repository.members(QStringLiteral("buyers")))
        keys << m.key.toString();
    EXPECT_EQ(keys, QStringList({"1", "2", "3"}));
    bool explained = false;
    for (const HistoryEntry &e : *repository.history(QStringLiteral("buyers")))
        explained = explained || (e.event == QLatin1String("group_changed") &&
                                  e.message.contains(QStringLiteral("read-only")));
    EXPECT_TRUE(explained);
    QSqlQuery groups(admin->database());
    ASSERT_TRUE(
        groups.exec(QStringLiteral("SELECT COUNT(*) FROM mg_customer_entity WHERE group_id = 2")));
    ASSERT_TRUE(groups.next());
    EXPECT_EQ(groups.value(0).toInt(), 0) << "a read-only store is never written";
    EXPECT_FALSE(admin->database().tables().contains(QStringLiteral("mg_segmentor_segment")));

    // Exports still join the members with the store's customers.
    const qint64 segmentId = (*repository.find(QStringLiteral("buyers")))->id;
    Result<MemberSource> source = savedMembersSource(**store, *location, segmentId);
    ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
    ExportOptions options;
    options.path = workspaces.filePath(QStringLiteral("buyers.csv"));
    options.columns = {QStringLiteral("email"), QStringLiteral("orders")};
    Result<ExportSummary> exported = exportMembers(**store, schema, *source, options);
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    QFile csv(options.path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(csv.readAll()),
              QStringLiteral("member,email,orders\r\n1,c1@example.com,1\r\n2,c2@example.com,1\r\n3,"
                             "c3@example.com,0\r\n"));
}

INSTANTIATE_TEST_SUITE_P(Servers, ReadOnlyUser,
                         ::testing::Values(Backend::MySql, Backend::PostgreSql),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace
