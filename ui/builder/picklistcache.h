#pragma once

#include "lookups/picklists.h"
#include "store/connectionsettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

// The pick lists of the connected store, loaded once in workers and kept per store.
// items() answers at once from the cache (empty until loaded) and starts the load on first ask;
// loaded(kind) tells when a list (or the result of a search) is there.
class PickListCache : public QObject
{
    Q_OBJECT

public:
    explicit PickListCache(QObject *parent = nullptr);
    ~PickListCache() override;

    void setStore(const seg::ConnectionSettings &settings);

    // The cached list; empty until loaded (the first ask starts the load).
    QList<seg::PickItem> items(seg::PickListKind kind) const;
    // Products (SKU or name) and categories (name) matching `text`; items(kind) then holds the
    // matches and loaded(kind) is emitted. An empty text returns to the full list.
    void search(seg::PickListKind kind, const QString &text);
    // True while a load or search of this list runs.
    bool isLoading(seg::PickListKind kind) const;
    // The last error of this list, empty when none.
    QString errorText(seg::PickListKind kind) const;

signals:
    void loaded(seg::PickListKind kind);
    void failed(seg::PickListKind kind, const QString &message);

private:
    void startLoad(seg::PickListKind kind, const QString &search) const;
    QString storeKey() const;

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    // Per store (display URL + prefix), per kind: the full list.
    mutable QHash<QString, QHash<int, QList<seg::PickItem>>> m_lists;
    // The current search results per kind and the text they answer.
    QHash<int, QList<seg::PickItem>> m_searchResults;
    QHash<int, QString> m_searchText;
    mutable QHash<int, quint64> m_generation; // per kind: newer loads make older results stale
    mutable QSet<int> m_loading;
    QHash<int, QString> m_errors;
};
