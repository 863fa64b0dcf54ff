#include "members/membertablemodel.h"

#include "members/memberpageloader.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QThread>

#include <climits>

using seg::MemberPageRow;

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_state(std::make_shared<MemberPageLoaderState>())
{
    m_columns = {QStringLiteral("member"),       QStringLiteral("email"),
                 QStringLiteral("firstname"),    QStringLiteral("lastname"),
                 QStringLiteral("group"),        QStringLiteral("billing_country"),
                 QStringLiteral("orders"),       QStringLiteral("lifetime_sales"),
                 QStringLiteral("last_order_at")};
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("member-page-loader"));
    m_loader = new MemberPageLoader(m_state);
    m_loader->moveToThread(m_thread);
    m_thread->start();
}

MemberTableModel::~MemberTableModel()
{
    m_state->generation.fetch_add(1);                       // queued jobs become no-ops
    post([](MemberPageLoader &loader) { loader.close(); }); // connections close on their own thread
    m_thread->quit();
    m_thread->wait();
    delete m_loader; // its thread has finished
}

void MemberTableModel::post(std::function<void(MemberPageLoader &)> job) const
{
    MemberPageLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, job = std::move(job)] { job(*loader); }, Qt::QueuedConnection);
}

quint64 MemberTableModel::generation() const
{
    return m_state->generation.load();
}

// ---------------------------------------------------------------------------------------
// Sources and state changes

void MemberTableModel::setSegment(const seg::ConnectionSettings &settings,
                                  const QString &segmentCode)
{
    m_settings = settings;
    m_code = segmentCode;
    m_preview.reset();
    m_hasSource = true;
    start();
}

void MemberTableModel::setPreview(const seg::ConnectionSettings &settings,
                                  const seg::SegmentDefinition &definition,
                                  const std::optional<QDateTime> &asOf)
{
    m_settings = settings;
    m_code.clear();
    m_preview = definition;
    m_previewAsOf = asOf;
    m_hasSource = true;
    start();
}

void MemberTableModel::clear()
{
    m_hasSource = false;
    m_open = false;
    invalidate(false);
    post([](MemberPageLoader &loader) { loader.close(); });
}

void MemberTableModel::reload()
{
    if (m_hasSource) start();
}

void MemberTableModel::start()
{
    m_open = false;
    m_error.clear();
    invalidate(false);
    // The open always runs (later jobs of any generation need it); its reply is matched
    // to the source it opened.
    const quint64 generation = ++m_sourceGeneration;
    MemberTableModel *self = this;
    const seg::ConnectionSettings settings = m_settings;
    const QString code = m_code;
    const std::optional<seg::SegmentDefinition> preview = m_preview;
    const std::optional<QDateTime> previewAsOf = m_previewAsOf;
    post([self, generation, settings, code, preview, previewAsOf](MemberPageLoader &loader) {
        const QString error = loader.open(settings, code, preview, previewAsOf);
        QMetaObject::invokeMethod(
            self, [self, generation, error] { self->openArrived(generation, error); },
            Qt::QueuedConnection);
    });
    m_state->wantedFirst = 0;
    m_state->wantedLast = kPageSize - 1;
    requestPage(0); // before the count: the first rows show as soon as they are read
    requestCount();
    emit loadingChanged(true);
}

void MemberTableModel::invalidate(bool keepCount)
{
    m_state->generation.fetch_add(1);
    beginResetModel();
    m_pages.clear();
    m_inFlight.clear();
    if (!keepCount) {
        m_rows = 0;
        m_count = 0;
        m_countState = MemberTableModel::CountState::Unknown;
    }
    endResetModel();
    if (!keepCount) emit countChanged(0);
}

void MemberTableModel::setFilter(const seg::MemberFilter &filter)
{
    if (filter == m_filter) return;
    m_filter = filter;
    if (!m_hasSource) return;
    invalidate(false);
    requestPage(0);
    requestCount();
    emit loadingChanged(true);
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    QString id;
    if (column == 0)
        id = seg::MemberPageQuery::overrideColumn();
    else if (column > 0 && column <= m_columns.size())
        id = m_columns.at(column - 1);
    else
        return;
    sortBy(seg::MemberSort{id, order == Qt::DescendingOrder});
}

void MemberTableModel::sortBy(const seg::MemberSort &sort)
{
    if (sort == m_sort) return;
    m_sort = sort;
    if (!m_hasSource) return;
    invalidate(true); // same rows, another order: the count stays
    requestPage(0);
    emit loadingChanged(true);
}

void MemberTableModel::setColumns(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids)
        if (seg::MemberPageQuery::column(id) && !valid.contains(id)) valid << id;
    if (valid.isEmpty()) valid << seg::ExportColumns::memberId();
    if (valid == m_columns) return;
    m_columns = valid;
    invalidate(true);
    if (m_hasSource) requestPage(0);
}

int MemberTableModel::columnOf(const QString &id) const
{
    const qsizetype i = m_columns.indexOf(id);
    return i < 0 ? -1 : int(i) + 1;
}

// ---------------------------------------------------------------------------------------
// Loading

void MemberTableModel::requestCount()
{
    const quint64 generation = m_state->generation.load();
    MemberTableModel *self = this;
    const seg::MemberFilter filter = m_filter;
    post([self, generation, filter](MemberPageLoader &loader) {
        if (loader.isStale(generation)) return;
        if (!loader.query()) {
            QMetaObject::invokeMethod(
                self, [self, generation] { self->countArrived(generation, 0, {}); },
                Qt::QueuedConnection);
            return;
        }
        const seg::Result<qint64> count = loader.query()->count(filter);
        const qint64 value = count ? *count : 0;
        const QString error = count ? QString() : count.error().message;
        QMetaObject::invokeMethod(
            self,
            [self, generation, value, error] { self->countArrived(generation, value, error); },
            Qt::QueuedConnection);
    });
}

void MemberTableModel::requestPage(int page) const
{
    if (page < 0 || m_pages.contains(page) || m_inFlight.contains(page) || !m_hasSource) return;
    const qint64 first = qint64(page) * kPageSize;
    const qint64 last = first + kPageSize - 1;
    if (last < m_state->wantedFirst.load() || first > m_state->wantedLast.load()) {
        m_state->wantedFirst = first;
        m_state->wantedLast = last;
    }
    m_inFlight.insert(page);
    const quint64 generation = m_state->generation.load();
    MemberTableModel *self = const_cast<MemberTableModel *>(this);
    const seg::MemberFilter filter = m_filter;
    const seg::MemberSort sort = m_sort;
    const QStringList columns = m_columns;
    post([self, generation, page, first, last, filter, sort, columns](MemberPageLoader &loader) {
        const auto reply = [&](const QList<MemberPageRow> &rows, const QString &error) {
            QMetaObject::invokeMethod(
                self,
                [self, generation, page, rows, error] {
                    self->pageArrived(generation, page, rows, error);
                },
                Qt::QueuedConnection);
        };
        if (loader.isStale(generation)) return reply({}, QStringLiteral("stale"));
        if (!loader.isWanted(first, last, 2 * kPageSize))
            return reply({}, QStringLiteral("skipped"));
        if (!loader.query()) return reply({}, QStringLiteral("closed"));
        seg::Result<QList<MemberPageRow>> rows =
            loader.query()->page(filter, sort, first, kPageSize, columns);
        if (!rows) return reply({}, rows.error().toString());
        reply(*rows, {});
    });
}

void MemberTableModel::openArrived(quint64 generation, const QString &error)
{
    if (generation != m_sourceGeneration) return;
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    m_open = true;
    emit opened();
}

void MemberTableModel::countArrived(quint64 generation, qint64 count, const QString &error)
{
    if (generation != m_state->generation.load()) return;
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    m_count = count;
    m_countState = CountState::Complete;
    setRowCount(count);
    emit countChanged(count);
    if (!isLoading()) emit loadingChanged(false);
}

void MemberTableModel::pageArrived(quint64 generation, int page, const QList<MemberPageRow> &rows,
                                   const QString &error)
{
    if (generation != m_state->generation.load()) {
        ++m_discarded; // a page of an older sort, filter or source
        return;
    }
    m_inFlight.remove(page);
    if (error == QLatin1String("skipped") || error == QLatin1String("closed") ||
        error == QLatin1String("stale"))
        return;
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    m_pages.insert(page, rows);
    evictFar(page);
    const qint64 first = qint64(page) * kPageSize;
    if (m_countState != CountState::Complete) {
        // The count is not known yet: show what is loaded (a partial count).
        const qint64 known = first + rows.size();
        if (page == 0 && rows.size() < kPageSize) {
            m_count = known;
            m_countState = CountState::Complete;
        } else if (known > m_count) {
            m_count = known;
            m_countState = CountState::Partial;
        }
        setRowCount(m_count);
        emit countChanged(m_count);
    }
    if (!rows.isEmpty() && first < m_rows) {
        const int lastRow = int(qMin<qint64>(first + rows.size(), m_rows) - 1);
        emit dataChanged(index(int(first), 0), index(lastRow, columnCount() - 1));
        emit rowsLoaded(int(first), lastRow);
    }
    if (!isLoading()) emit loadingChanged(false);
}

void MemberTableModel::setRowCount(qint64 rows)
{
    const int target = int(qMin<qint64>(rows, INT_MAX));
    if (target > m_rows) {
        beginInsertRows({}, m_rows, target - 1);
        m_rows = target;
        endInsertRows();
    } else if (target < m_rows) {
        beginRemoveRows({}, target, m_rows - 1);
        m_rows = target;
        endRemoveRows();
    }
}

void MemberTableModel::evictFar(int page)
{
    while (m_pages.size() > kMaxCachedPages) {
        int farthest = page;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            if (qAbs(it.key() - page) > qAbs(farthest - page)) farthest = it.key();
        if (farthest == page) break;
        m_pages.remove(farthest);
    }
}

void MemberTableModel::fetchRange(int first, int last)
{
    if (!m_hasSource || m_rows == 0) return;
    first = qBound(0, first, m_rows - 1);
    last = qBound(first, last, m_rows - 1);
    m_state->wantedFirst = first;
    m_state->wantedLast = last;
    for (int page = first / kPageSize; page <= last / kPageSize; ++page)
        requestPage(page);
}

void MemberTableModel::setError(const QString &message)
{
    m_error = message;
    m_inFlight.clear();
    emit failed(message);
    emit loadingChanged(false);
}

// ---------------------------------------------------------------------------------------
// Reading

bool MemberTableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    return it != m_pages.constEnd() && row % kPageSize < it->size();
}

std::optional<MemberPageRow> MemberTableModel::rowAt(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd() || row % kPageSize >= it->size()) return std::nullopt;
    return it->at(row % kPageSize);
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString MemberTableModel::displayText(const seg::ExportColumn &column, const QVariant &value)
{
    if (column.id == seg::MemberPageQuery::overrideColumn()) {
        const QString kind = value.toString();
        return kind == QLatin1String("exclude")   ? tr("Excluded")
               : kind == QLatin1String("include") ? tr("Included")
                                                  : QString();
    }
    if (column.id == seg::MemberPageQuery::joinedColumn())
        return value.toLongLong() != 0 ? tr("Yes") : QString();
    if (value.isNull()) return {};
    const QLocale locale;
    switch (column.type) {
    case seg::ExportColumnType::Text:
        return value.toString();
    case seg::ExportColumnType::Integer:
        return column.id == QLatin1String("customer_id") ? value.toString()
                                                         : locale.toString(value.toLongLong());
    case seg::ExportColumnType::Money:
        return locale.toString(value.toString().toDouble(), 'f', 2);
    case seg::ExportColumnType::DateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    }
    return value.toString();
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() > m_columns.size()) return {};
    const int page = index.row() / kPageSize;
    const auto it = m_pages.constFind(page);
    const MemberPageRow *row = (it != m_pages.constEnd() && index.row() % kPageSize < it->size())
                                   ? &it->at(index.row() % kPageSize)
                                   : nullptr;
    if (!row) {
        // Not loaded: ask for its page (no query here) and show a placeholder.
        if (role == Qt::DisplayRole || role == LoadedRole) requestPage(page);
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 1 ? tr("Loading…") : QString();
        case Qt::ForegroundRole:
            return QBrush(QColor(0x9a, 0xa0, 0xa6));
        case LoadedRole:
            return false;
        default:
            return {};
        }
    }
    const QString overrideText =
        row->override ? (*row->override == seg::OverrideKind::Exclude ? QStringLiteral("exclude")
                                                                      : QStringLiteral("include"))
                      : QString();
    switch (role) {
    case KeyRole:
        return row->key.toString();
    case OverrideRole:
        return overrideText;
    case OverrideReasonRole:
        return row->overrideReason;
    case JoinedRole:
        return row->joinedLastRefresh;
    case IsMemberRole:
        return row->member;
    case LoadedRole:
        return true;
    default:
        break;
    }
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) {
            QStringList badges;
            if (row->override)
                badges << (*row->override == seg::OverrideKind::Exclude ? tr("Excluded")
                                                                        : tr("Included"));
            if (row->joinedLastRefresh) badges << tr("New");
            return badges.join(QStringLiteral(" · "));
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            if (row->override)
                lines << (*row->override == seg::OverrideKind::Exclude ? tr("Excluded by hand")
                                                                       : tr("Included by hand"));
            if (!row->overrideReason.isEmpty()) lines << tr("Reason: %1").arg(row->overrideReason);
            if (!row->member) lines << tr("Not a member since the last refresh");
            if (row->joinedLastRefresh) lines << tr("Joined in the last refresh");
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return {};
    }
    const std::optional<seg::ExportColumn> column =
        seg::MemberPageQuery::column(m_columns.at(index.column() - 1));
    const QVariant value = row->values.value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*column, value);
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        if (column->type == seg::ExportColumnType::Integer ||
            column->type == seg::ExportColumnType::Money)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!row->member)
            return QBrush(
                QColor(0x80, 0x86, 0x8b)); // excluded and out: shown greyed so it can be reset
        return {};
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole) return QLocale().toString(section + 1);
        return {};
    }
    if (section < 0 || section > m_columns.size()) return {};
    if (section == 0) {
        if (role == Qt::DisplayRole) return tr("State");
        if (role == ColumnIdRole) return seg::MemberPageQuery::overrideColumn();
        return {};
    }
    const QString id = m_columns.at(section - 1);
    if (role == Qt::DisplayRole) return seg::MemberPageQuery::column(id)->label;
    if (role == ColumnIdRole) return id;
    return {};
}
