#pragma once

#include "definition/definitionvalidator.h"
#include "engine/memberkey.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace segtest {

// What both paths say about a definition: the compiled SQL's members and the in-memory
// evaluator's, each sorted as the CLI prints them. `error` is set if either path failed.
// rewind: time travel, the rows created after `asOf` are ignored (TimeContext::rewinds()).
struct BothPaths
{
    QStringList sql;
    QStringList evaluated;
    QString error;
};

BothPaths evaluateBoth(const seg::StoreConnection &connection, const seg::StoreSchema &schema,
                       const QByteArray &json, const QList<seg::MemberKey> &universe,
                       const QDateTime &asOf, const seg::SegmentLookup *segments = nullptr,
                       const QTimeZone &zone = QTimeZone::utc(), bool rewind = false);

// Every registered customer and every guest email (folded) of the store.
QList<seg::MemberKey> allMemberCandidates(const seg::StoreConnection &connection,
                                          const seg::StoreSchema &schema);

QByteArray definitionJson(const QString &conditions, const QString &extra = {});

} // namespace segtest
