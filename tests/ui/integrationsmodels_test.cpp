// The Integrations panes' table models: each adapts a list loaded by its pane and nothing
// else. QAbstractItemModelTester watches every reset; the cells read as the panes show them.
#include "integrations/apitokentablemodel.h"
#include "integrations/destinationtablemodel.h"
#include "integrations/syncfailuretablemodel.h"
#include "integrations/syncruntablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace seg;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QStringList headers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    return out;
}

Destination destination(qint64 id, const QString &name, DestinationKind kind)
{
    Destination d;
    d.id = id;
    d.name = name;
    d.kind = kind;
    d.listId = QStringLiteral("list-%1").arg(id);
    d.baseUrl = QStringLiteral("https://api.example.com/%1").arg(id);
    return d;
}

SyncRun run(qint64 id, qint64 destinationId, const QString &status)
{
    SyncRun r;
    r.id = id;
    r.destinationId = destinationId;
    r.segmentCode = QStringLiteral("buyers");
    r.startedAt = QDateTime(QDate(2024, 3, 5), QTime(9, 30), Qt::UTC);
    r.status = status;
    return r;
}

const QColor kRed(0xb0, 0x00, 0x20);

} // namespace

TEST(DestinationTableModel, ShowsEachDestinationWithItsLastSync)
{
    DestinationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(headers(model), (QStringList{QStringLiteral("Name"), QStringLiteral("Tool"),
                                           QStringLiteral("Audience / list / URL"),
                                           QStringLiteral("Last sync"), QStringLiteral("Result")}));

    SyncRun partial = run(7, 2, QStringLiteral("partial"));
    partial.error = QStringLiteral("1 member refused");
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDestinations(
        {destination(1, QStringLiteral("Klaviyo flows"), DestinationKind::Klaviyo),
         destination(2, QStringLiteral("Newsletter"), DestinationKind::Mailchimp)},
        {{2, partial}});
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 5);
    EXPECT_EQ(model.rowOf(QStringLiteral("Newsletter")), 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("nope")), -1);
    EXPECT_EQ(model.destination(0).name, QStringLiteral("Klaviyo flows"));

    EXPECT_EQ(cell(model, 0, DestinationTableModel::ToolColumn), QStringLiteral("Klaviyo"));
    EXPECT_EQ(cell(model, 0, DestinationTableModel::ListColumn), QStringLiteral("list-1"));
    EXPECT_EQ(cell(model, 0, DestinationTableModel::ListColumn, Qt::ToolTipRole),
              QStringLiteral("https://api.example.com/1"));
    EXPECT_EQ(cell(model, 0, DestinationTableModel::LastSyncColumn), QStringLiteral("never"));
    EXPECT_EQ(cell(model, 0, DestinationTableModel::ResultColumn), QString());
    EXPECT_FALSE(
        model.index(0, DestinationTableModel::ResultColumn).data(Qt::ForegroundRole).isValid());

    EXPECT_EQ(cell(model, 1, DestinationTableModel::ToolColumn), QStringLiteral("Mailchimp"));
    EXPECT_TRUE(cell(model, 1, DestinationTableModel::LastSyncColumn)
                    .endsWith(QStringLiteral(" · buyers")));
    EXPECT_EQ(cell(model, 1, DestinationTableModel::ResultColumn),
              QStringLiteral("Completed with failures"));
    EXPECT_EQ(cell(model, 1, DestinationTableModel::ResultColumn, Qt::ToolTipRole),
              QStringLiteral("1 member refused"));
    EXPECT_EQ(model.index(1, DestinationTableModel::ResultColumn)
                  .data(Qt::ForegroundRole)
                  .value<QColor>(),
              kRed);

    model.setDestinations({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SyncRunTableModel, ShowsTheHistoryWithPreviewsInParentheses)
{
    SyncRunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(headers(model).size(), 9);
    EXPECT_EQ(headers(model).last(), QStringLiteral("Problem"));

    SyncRun sent = run(11, 2, QStringLiteral("partial"));
    sent.added = 39;
    sent.removed = 2;
    sent.failed = 1;
    sent.retries = 3;
    sent.error = QStringLiteral("rate limited");
    SyncRun preview = run(12, 1, QStringLiteral("dry_run"));
    preview.dryRun = true;
    preview.toAdd = 12;
    preview.toRemove = 4;
    model.setRuns({sent, preview},
                  {{1, QStringLiteral("Klaviyo flows")}, {2, QStringLiteral("Newsletter")}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(12), 1);
    EXPECT_EQ(model.rowOf(99), -1);
    EXPECT_EQ(model.run(0).id, 11);

    EXPECT_EQ(cell(model, 0, SyncRunTableModel::DestinationColumn), QStringLiteral("Newsletter"));
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::SegmentColumn), QStringLiteral("buyers"));
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::ResultColumn),
              QStringLiteral("Completed with failures"));
    EXPECT_EQ(
        model.index(0, SyncRunTableModel::ResultColumn).data(Qt::ForegroundRole).value<QColor>(),
        kRed);
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::AddedColumn), QStringLiteral("39"));
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::RemovedColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::RefusedColumn), QStringLiteral("1"));
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::RetriesColumn), QStringLiteral("3"));
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::ProblemColumn), QStringLiteral("rate limited"));
    EXPECT_EQ(cell(model, 0, SyncRunTableModel::ProblemColumn, Qt::ToolTipRole),
              QStringLiteral("rate limited"));
    EXPECT_EQ(model.index(0, SyncRunTableModel::AddedColumn)
                  .data(Qt::TextAlignmentRole)
                  .value<Qt::Alignment>(),
              Qt::AlignRight | Qt::AlignVCenter);
    EXPECT_FALSE(
        model.index(0, SyncRunTableModel::SegmentColumn).data(Qt::TextAlignmentRole).isValid());

    EXPECT_EQ(cell(model, 1, SyncRunTableModel::DestinationColumn),
              QStringLiteral("Klaviyo flows"));
    EXPECT_EQ(cell(model, 1, SyncRunTableModel::ResultColumn), QStringLiteral("Preview only"));
    EXPECT_EQ(cell(model, 1, SyncRunTableModel::AddedColumn), QStringLiteral("(12)"));
    EXPECT_EQ(cell(model, 1, SyncRunTableModel::RemovedColumn), QStringLiteral("(4)"));
    EXPECT_FALSE(
        model.index(1, SyncRunTableModel::ResultColumn).data(Qt::ForegroundRole).isValid());
}

TEST(SyncFailureTableModel, ShowsTheRefusedMembers)
{
    SyncFailureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(headers(model), (QStringList{QStringLiteral("Member"), QStringLiteral("Email"),
                                           QStringLiteral("Action"), QStringLiteral("Reason")}));
    model.setFailures({SyncFailure{QStringLiteral("c:7"),
                                   QStringLiteral("not.invalid@example.com"),
                                   QStringLiteral("add"),
                                   QStringLiteral("invalid address"),
                                   {}},
                       SyncFailure{QStringLiteral("g:x@example.com"),
                                   QStringLiteral("x@example.com"),
                                   QStringLiteral("remove"),
                                   QStringLiteral("gone"),
                                   {}}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, SyncFailureTableModel::MemberColumn), QStringLiteral("c:7"));
    EXPECT_EQ(cell(model, 0, SyncFailureTableModel::EmailColumn),
              QStringLiteral("not.invalid@example.com"));
    EXPECT_EQ(cell(model, 0, SyncFailureTableModel::ActionColumn), QStringLiteral("add"));
    EXPECT_EQ(cell(model, 1, SyncFailureTableModel::ActionColumn), QStringLiteral("remove"));
    EXPECT_EQ(cell(model, 0, SyncFailureTableModel::ReasonColumn, Qt::ToolTipRole),
              QStringLiteral("invalid address"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ApiTokenTableModel, ShowsTokensWithTheirAccess)
{
    ApiTokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(headers(model), (QStringList{QStringLiteral("Token"), QStringLiteral("Access"),
                                           QStringLiteral("Created")}));
    const QDateTime created(QDate(2024, 3, 5), QTime(9, 30), Qt::UTC);
    model.setTokens({ApiToken{QStringLiteral("crm-sync"), false, created},
                     ApiToken{QStringLiteral("nightly-refresh"), true, created}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("nightly-refresh")), 1);
    EXPECT_EQ(model.token(0).name, QStringLiteral("crm-sync"));
    EXPECT_EQ(cell(model, 0, ApiTokenTableModel::AccessColumn), QStringLiteral("read only"));
    EXPECT_EQ(cell(model, 1, ApiTokenTableModel::AccessColumn), QStringLiteral("read + refresh"));
    EXPECT_FALSE(cell(model, 0, ApiTokenTableModel::CreatedColumn).isEmpty());
    EXPECT_FALSE(model.index(0, 0).data(Qt::ToolTipRole).isValid());
}
