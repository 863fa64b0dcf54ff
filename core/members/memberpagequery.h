#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"
#include "engine/memberkey.h"
#include "export/exportcolumns.h"
#include "export/memberexportquery.h"
#include "repository/segmentrecord.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace seg {

// Which rows a filter keeps by their override / refresh state.
enum class MemberStateFilter
{
    Any,
    Excluded,
    Included,
    AnyOverride,
    NoOverride,
    JoinedLastRefresh
};

// A filter the grid runs in SQL. Empty fields filter nothing.
struct MemberFilter
{
    QString
        text; // contained in the email, first name, last name or "first last" (case-insensitive)
    QString country; // billing country code, exact (e.g. "GB")
    QString group;   // customer group code, exact (guests are group 0, "NOT LOGGED IN")
    MemberStateFilter state = MemberStateFilter::Any;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && country.isEmpty() && group.isEmpty() &&
               state == MemberStateFilter::Any;
    }
    friend bool operator==(const MemberFilter &, const MemberFilter &) = default;
};

struct MemberSort
{
    QString column = ExportColumns::memberId(); // a grid column id
    bool descending = false;
    friend bool operator==(const MemberSort &, const MemberSort &) = default;
};

// One row of the grid: who, their state, and the requested columns' canonical values
// (exportValue(): text, qint64, money text with 4 decimals, UTC QDateTime, or null).
struct MemberPageRow
{
    MemberKey key;
    bool member = true; // in the stored membership; false: excluded and shown so it can be reset
    std::optional<OverrideKind> override;
    QString overrideReason;
    bool joinedLastRefresh = false;
    QVariantList values;
};

// Where the grid's rows come from. A saved segment whose tables are in the store is read in
// place; a preview (an unsaved definition) and a segment kept in a workspace file are first
// copied into a temporary table of the session, which must then stay open while paging.
struct MemberPageSource
{
    qint64 segmentId = 0;                // saved segment (0 for a preview)
    QString tablePrefix;                 // Segmentor's tables, in the store (saved, not staged)
    std::optional<qint64> lastRefreshId; // the last completed refresh: "joined in last refresh"
    QString stagedTable; // temporary table with every row and its state (preview / workspace)

    bool staged() const { return !stagedTable.isEmpty(); }
};

// The grid's paged member query: counts, pages sorted and filtered in SQL, and key ranges
// for the actions. Pages are read in two steps: the page's keys (the sort and the filter
// join only what they need), then the display columns of those keys alone, so opening a
// segment of a million members costs one index scan and a top-N sort.
class MemberPageQuery
{
    Q_DECLARE_TR_FUNCTIONS(seg::MemberPageQuery)
public:
    // Grid columns besides the export columns.
    static QString overrideColumn() { return QStringLiteral("override_state"); }
    static QString joinedColumn() { return QStringLiteral("joined_last_refresh"); }
    // The export columns, then override state and "joined in last refresh".
    static const QList<ExportColumn> &columns();
    static std::optional<ExportColumn> column(const QString &id);

    // A saved segment (read in place, or staged when its tables live in a workspace).
    static Result<MemberPageSource> openSaved(StoreSession &session, const QString &code);
    // An unsaved definition: evaluated once into a temporary table of the session. rewind: time
    // travel, as of `asOf` with the rows created later ignored.
    static Result<MemberPageSource>
    openPreview(StoreSession &session, const SegmentDefinition &definition,
                const QDateTime &asOf = QDateTime::currentDateTimeUtc(), bool rewind = false);

    MemberPageQuery(const StoreSession &session, MemberPageSource source);

    Result<qint64> count(const MemberFilter &filter = {}) const;
    // `limit` rows from `offset` in the sort order, with the values of `columnIds`.
    Result<QList<MemberPageRow>> page(const MemberFilter &filter, const MemberSort &sort,
                                      qint64 offset, int limit, const QStringList &columnIds) const;
    // The keys of rows [offset, offset + limit) in the sort order (for actions on a selection).
    Result<QList<MemberKey>> keys(const MemberFilter &filter, const MemberSort &sort, qint64 offset,
                                  qint64 limit) const;

    const MemberPageSource &source() const { return m_source; }

private:
    class Sql;
    Status
    prepareGuests() const; // the guests' profiles as a temporary table, once per query object
    const StoreSession &m_session;
    MemberPageSource m_source;
    mutable bool m_guestsReady = false;
    Result<QList<MemberKey>> keysInMemberOrder(qint64 offset, qint64 limit) const;
    mutable qint64 m_registeredRows =
        -1; // registered rows of the unfiltered source (member order paging)
};

// Copies member keys into a temporary table of the connection and returns it as an export
// source (export of a selection). Batches of bound multi-row INSERTs in one transaction.
Result<MemberSource> stageMemberKeys(const StoreConnection &connection,
                                     const QList<MemberKey> &keys);

// The values of `columns` (canonical, as exportValue() gives them, in the columns' order) of
// each key the store knows, read through the member-column table. Keys the store no longer
// has are missing from the result.
Result<QHash<MemberKey, QVariantList>> memberColumnValues(const StoreSession &session,
                                                          const QList<MemberKey> &keys,
                                                          const QList<ExportColumn> &columns);

// "First Last <email>" (or the email / key alone) for each key the store knows, for lists
// of people such as a refresh's dry run. Keys the store no longer has map to their text.
Result<QHash<MemberKey, QString>> memberLabels(const StoreSession &session,
                                               const QList<MemberKey> &keys);
// The emails of the keys, in the keys' order (keys the store no longer has are skipped).
Result<QStringList> memberEmails(const StoreSession &session, const QList<MemberKey> &keys);

} // namespace seg
