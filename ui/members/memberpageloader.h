#pragma once

#include "definition/segmentdefinition.h"
#include "members/memberpagequery.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// What the model and its loader agree on while pages are in flight: the current generation
// (a sort, filter or source change makes every older request stale) and the rows the view
// shows (a request far from them is skipped: a fast scroll does not queue a page per notch).
struct MemberPageLoaderState
{
    std::atomic<quint64> generation{0};
    std::atomic<qint64> wantedFirst{0};
    std::atomic<qint64> wantedLast{0};
};

// The grid's background loader: a worker QObject living on its own thread with its own
// StoreSession (opened on that thread, kept open so a preview's temporary table survives).
// Jobs are posted with post() and run in order; results come back through callbacks the
// caller posts to its own thread. The GUI thread never touches the database.
class MemberPageLoader : public QObject
{
    Q_OBJECT
public:
    MemberPageLoader(std::shared_ptr<MemberPageLoaderState> state, QObject *parent = nullptr);
    ~MemberPageLoader() override;

    // All below run on the loader's thread (post them with QMetaObject::invokeMethod).
    // Opens the session and the source: a saved segment (code) or a preview (definition).
    // previewAsOf: time travel for the preview ("Evaluate as of…"); nullopt = now.
    QString open(const seg::ConnectionSettings &settings, const QString &code,
                 const std::optional<seg::SegmentDefinition> &preview,
                 const std::optional<QDateTime> &previewAsOf = std::nullopt);
    void close();
    bool isOpen() const { return m_query.has_value(); }
    seg::StoreSession *session() { return m_session.get(); }
    const seg::MemberPageQuery *query() const { return m_query ? &*m_query : nullptr; }

    bool isStale(quint64 generation) const { return generation != m_state->generation.load(); }
    bool isWanted(qint64 first, qint64 last, qint64 margin) const
    {
        return last >= m_state->wantedFirst.load() - margin &&
               first <= m_state->wantedLast.load() + margin;
    }

private:
    std::shared_ptr<MemberPageLoaderState> m_state;
    std::unique_ptr<seg::StoreSession> m_session;
    std::optional<seg::MemberPageQuery> m_query;
};
