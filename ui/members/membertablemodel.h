#pragma once

#include "definition/segmentdefinition.h"
#include "members/memberpagequery.h"
#include "store/connectionsettings.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class MemberPageLoader;
struct MemberPageLoaderState;
class QThread;

// The matched-customers grid's lazy model (DB Browser for SQLite's pattern): data() never
// queries; it reads a sparse cache of pages filled by a background loader (a worker with its
// own StoreSession), returns a placeholder for rows not loaded yet and asks for their page.
// Sorting and filtering run in SQL; a change bumps a generation counter so pages of an
// older order are discarded. The row count is known after one COUNT (the first page, which
// is asked for first, already shows its rows as a partial count).
//
// Column 0 is the state (badges: excluded / included / new); the others are the grid
// columns chosen with setColumns() (MemberPageQuery::columns() ids).
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the member key as text
        OverrideRole,               // "exclude", "include" or empty
        OverrideReasonRole,
        JoinedRole,   // bool: joined in the last refresh
        IsMemberRole, // bool: in the stored membership (false: excluded and out)
        LoadedRole,   // bool: the row's page is loaded
        ColumnIdRole, // header: the column id
    };
    enum class CountState
    {
        Unknown,
        Partial,
        Complete
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 48;

    explicit MemberTableModel(QObject *parent = nullptr);
    ~MemberTableModel() override;

    void setSegment(const seg::ConnectionSettings &settings, const QString &segmentCode);
    // asOf: time travel ("Evaluate as of…"), the rows created later ignored; nullopt = now.
    void setPreview(const seg::ConnectionSettings &settings,
                    const seg::SegmentDefinition &definition,
                    const std::optional<QDateTime> &asOf = std::nullopt);
    void clear();
    // Reads everything again (after an action or a refresh); keeps sort, filter and columns.
    void reload();

    void setFilter(const seg::MemberFilter &filter);
    seg::MemberFilter filter() const { return m_filter; }
    seg::MemberSort sortOrder() const { return m_sort; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void sortBy(const seg::MemberSort &sort);

    void setColumns(const QStringList &ids);
    QStringList columns() const { return m_columns; }
    int columnOf(const QString &id) const; // -1 when not shown

    // The rows the view shows: their pages (and a margin) are fetched, far ones skipped.
    void fetchRange(int first, int last);

    bool isRowLoaded(int row) const;
    std::optional<seg::MemberPageRow> rowAt(int row) const;
    qint64 totalCount() const { return m_count; }
    CountState countState() const { return m_countState; }
    bool isLoading() const { return !m_inFlight.isEmpty() || m_countState != CountState::Complete; }
    QString errorText() const { return m_error; }

    const seg::ConnectionSettings &settings() const { return m_settings; }
    QString segmentCode() const { return m_code; }
    bool isPreview() const { return m_preview.has_value(); }
    std::optional<seg::SegmentDefinition> previewDefinition() const { return m_preview; }
    std::optional<QDateTime> previewAsOf() const { return m_previewAsOf; }
    bool hasSource() const { return m_hasSource; }

    // For tests and the benchmark.
    quint64 generation() const;
    int cachedPageCount() const { return int(m_pages.size()); }
    int discardedPageCount() const { return m_discarded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Display text of a canonical value of a column (also used by the details and copy).
    static QString displayText(const seg::ExportColumn &column, const QVariant &value);

signals:
    void countChanged(qint64 count);
    void rowsLoaded(int firstRow, int lastRow);
    void loadingChanged(bool loading);
    void failed(const QString &message);
    void opened(); // the source is open (a preview evaluated)

private:
    void start();
    void requestCount();
    void requestPage(int page) const;
    void pageArrived(quint64 generation, int page, const QList<seg::MemberPageRow> &rows,
                     const QString &error);
    void countArrived(quint64 generation, qint64 count, const QString &error);
    void openArrived(quint64 generation, const QString &error);
    void invalidate(bool keepCount);
    void setRowCount(qint64 rows);
    void evictFar(int page);
    void post(std::function<void(MemberPageLoader &)> job) const;
    void setError(const QString &message);

    QThread *m_thread = nullptr;
    MemberPageLoader *m_loader = nullptr;
    std::shared_ptr<MemberPageLoaderState> m_state;

    seg::ConnectionSettings m_settings;
    QString m_code;
    std::optional<seg::SegmentDefinition> m_preview;
    std::optional<QDateTime> m_previewAsOf;
    bool m_hasSource = false;
    bool m_open = false;
    quint64 m_sourceGeneration = 0;

    seg::MemberFilter m_filter;
    seg::MemberSort m_sort;
    QStringList m_columns;

    qint64 m_count = 0; // the real count (or the partial one)
    int m_rows = 0;     // rows the views know
    CountState m_countState = CountState::Unknown;
    QHash<int, QList<seg::MemberPageRow>> m_pages;
    mutable QSet<int> m_inFlight;
    int m_discarded = 0;
    QString m_error;
};
