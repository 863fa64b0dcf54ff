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
    void startLoad(seg::PickListKind kind, const QString &search);
    static QString storeKey(const seg::ConnectionSettings &settings);

    seg::ConnectionSettings m_settings;
    QString m_storeKey; // empty = no store
    // Per store (dialect, display URL and prefix), per kind: the full list.
    QHash<QString, QHash<int, QList<seg::PickItem>>> m_lists;
    // The current search results per kind and the text they answer.
    QHash<int, QList<seg::PickItem>> m_searchResults;
    QHash<int, QString> m_searchText;
    QHash<int, quint64> m_generation; // per kind: a newer load makes older results stale
    QSet<int> m_loading;
    QHash<int, QString> m_errors;
};
