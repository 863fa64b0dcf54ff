#include "picklistcache.h"

#include "session/storetask.h"

#include <QFutureWatcher>

namespace {
constexpr int kSearchLimit = 100;

// Products are searched (a store has thousands); every other list is shown whole.
int fullListLimit(seg::PickListKind kind)
{
    return kind == seg::PickListKind::Products ? 200 : 10000;
}
} // namespace

PickListCache::PickListCache(QObject *parent) : QObject(parent) {}

PickListCache::~PickListCache() = default;

QString PickListCache::storeKey(const seg::ConnectionSettings &settings)
{
    return seg::dialectName(settings.dialect) + QLatin1Char('|') + settings.toDisplayUrl() +
           QLatin1Char('|') + settings.tablePrefix;
}

void PickListCache::setStore(const seg::ConnectionSettings &settings)
{
    const QString key = storeKey(settings);
    m_settings = settings;
    if (key == m_storeKey) return;
    m_storeKey = key;
    // Loads for the previous store are stale; its lists stay cached for when it comes back.
    for (auto it = m_generation.begin(); it != m_generation.end(); ++it)
        ++it.value();
    m_loading.clear();
    m_searchResults.clear();
    m_searchText.clear();
    m_errors.clear();
}

QList<seg::PickItem> PickListCache::items(seg::PickListKind kind) const
{
    const int k = int(kind);
    if (m_searchText.contains(k)) return m_searchResults.value(k);
    const auto store = m_lists.constFind(m_storeKey);
    if (store != m_lists.constEnd() && store->contains(k)) return store->value(k);
    if (!m_storeKey.isEmpty() && !m_loading.contains(k) && !m_errors.contains(k))
        const_cast<PickListCache *>(this)->startLoad(kind, {});
    return {};
}

void PickListCache::search(seg::PickListKind kind, const QString &text)
{
    const int k = int(kind);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_searchText.remove(k);
        m_searchResults.remove(k);
        const auto store = m_lists.constFind(m_storeKey);
        if (store != m_lists.constEnd() && store->contains(k)) {
            ++m_generation[k]; // a search still running is no longer wanted
            m_loading.remove(k);
            emit loaded(kind);
        } else if (!m_storeKey.isEmpty()) {
            startLoad(kind, {});
        }
        return;
    }
    m_searchText.insert(k, trimmed);
    if (!m_storeKey.isEmpty()) startLoad(kind, trimmed);
}

bool PickListCache::isLoading(seg::PickListKind kind) const
{
    return m_loading.contains(int(kind));
}

QString PickListCache::errorText(seg::PickListKind kind) const
{
    return m_errors.value(int(kind));
}

void PickListCache::startLoad(seg::PickListKind kind, const QString &search)
{
    const int k = int(kind);
    const quint64 generation = ++m_generation[k];
    const QString store = m_storeKey;
    m_loading.insert(k);
    m_errors.remove(k);

    using Items = QList<seg::PickItem>;
    std::function<seg::Result<Items>(seg::StoreSession &)> work =
        [kind, search](seg::StoreSession &session) {
            return seg::loadPickList(session, kind, search,
                                     search.isEmpty() ? fullListLimit(kind) : kSearchLimit);
        };
    auto *watcher = new QFutureWatcher<seg::Result<Items>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, kind, k, generation, store, search] {
                watcher->deleteLater();
                if (m_generation.value(k) != generation || store != m_storeKey)
                    return; // a newer load or another store
                m_loading.remove(k);
                const seg::Result<Items> result = watcher->result();
                if (!result) {
                    m_errors.insert(k, result.error().message);
                    emit failed(kind, result.error().message);
                    return;
                }
                if (search.isEmpty())
                    m_lists[store].insert(k, *result);
                else
                    m_searchResults.insert(k, *result);
                emit loaded(kind);
            });
    watcher->setFuture(seg::runStoreTask<Items>(m_settings, work, false));
}
