#pragma once

#include "common/result.h"
#include "export/exportcolumns.h"
#include "members/memberkeyresolver.h"
#include "repository/segmentrecord.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace seg {

struct StoreSession;

// One page of a saved segment's stored members with their details (the REST API's members
// list): keyset pages in member-key order (MemberPages), each member's columns read through
// the member-column table, so they mean what the grid and the exports show.
struct SegmentMemberPageArgs
{
    QString code;
    std::optional<QString> after; // the last key of the previous page
    int limit = 100;
    QStringList columns; // ExportColumns ids; empty: memberProfileColumns()
};

struct SegmentMemberEntry
{
    MemberRow row;
    QVariantList values; // canonical values of the page's columns; nulls for a deleted customer
};

struct SegmentMemberPage
{
    SegmentRecord segment;
    QList<ExportColumn> columns;
    QList<SegmentMemberEntry> members;
    std::optional<QString> nextAfter; // the last key when more may follow
};

// email, firstname, lastname, billing_country, group, website.
QStringList memberProfileColumns();

// An unknown segment is NotFound; an unknown column InvalidArgument (path "columns").
Result<SegmentMemberPage> readSegmentMemberPage(const StoreSession &session,
                                                const SegmentMemberPageArgs &args);

// Whether one member is in a saved segment, and since when (the REST member lookup). What
// was typed is resolved by the member-key rule for the segment (MemberKeyResolver); a member
// the stored list still holds (a customer deleted since the last refresh) is answered from it.
struct SegmentMembership
{
    SegmentRecord segment;
    MemberKey key;
    std::optional<QDateTime> since; // nullopt: not in the segment
    // NotFound / Ambiguous when the typed text names no member, or several (message says which).
    MemberKeyRefusal refusal = MemberKeyRefusal::None;
    QString refusalMessage;
};

Result<SegmentMembership> lookupSegmentMember(const StoreSession &session, const QString &code,
                                              const QString &typed);

} // namespace seg
