#include "segmentlistmodel.h"

#include "session/storetask.h"
#include "support/backgroundwork.h"

#include <QColor>
#include <QLocale>

SegmentListModel::SegmentListModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<seg::Result<QList<seg::SegmentRecord>>>::finished, this,
            [this] {
                if (m_work) {
                    BackgroundWork::instance().end(m_work);
                    m_work = 0;
                }
                if (m_watchedGeneration !=
                    m_generation) { // a newer store or reload came in meanwhile
                    reload();
                    return;
                }
                m_loading = false;
                const seg::Result<QList<seg::SegmentRecord>> result = m_watcher.result();
                if (!result) {
                    applyLoaded({});
                    emit loadFailed(result.error().message);
                    return;
                }
                applyLoaded(*result);
                emit loaded();
            });
}

SegmentListModel::~SegmentListModel()
{
    m_watcher.waitForFinished();
    if (m_work) BackgroundWork::instance().end(m_work);
}

void SegmentListModel::setStore(const seg::ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    applyLoaded({});
    reload();
}

void SegmentListModel::reload()
{
    if (!m_hasStore) return;
    ++m_generation;
    m_loading = true;
    if (m_watcher.isRunning()) return; // picked up when the running load finishes
    m_watchedGeneration = m_generation;
    m_work = BackgroundWork::instance().begin(tr("Loading segments"));
    // writes = true: Segmentor's tables are created on first connect to a store.
    m_watcher.setFuture(seg::runStoreTask<QList<seg::SegmentRecord>>(
        m_settings, [](seg::StoreSession &session) { return session.segments->list(); }, true));
}

void SegmentListModel::applyLoaded(const QList<seg::SegmentRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SegmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SegmentListModel::refreshStatusText(const QString &status)
{
    if (status == QLatin1String("pending")) return tr("Never refreshed");
    if (status == QLatin1String("processing")) return tr("Refreshing");
    if (status == QLatin1String("completed")) return tr("Up to date");
    if (status == QLatin1String("error")) return tr("Failed");
    return status;
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const seg::SegmentRecord &r = m_records.at(index.row());
    const seg::SegmentDefinition &d = r.definition;
    if (role == CodeRole) return d.code;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Name:
            return d.name;
        case Code:
            return d.code;
        case Active:
            return sort ? QVariant(d.active) : QVariant(d.active ? tr("Active") : tr("Inactive"));
        case RefreshMode:
            return sort ? QVariant(d.refresh)
                        : QVariant(d.refresh == QLatin1String("auto")     ? tr("Scheduled")
                                   : d.refresh == QLatin1String("static") ? tr("Frozen")
                                                                          : tr("Manual"));
        case Members:
            if (sort) return r.memberCount;
            return r.lastRefreshAt ? QLocale().toString(r.memberCount) : QString();
        case LastRefresh:
            if (!r.lastRefreshAt) return sort ? QVariant(QDateTime()) : QVariant(QString());
            return sort ? QVariant(*r.lastRefreshAt)
                        : QVariant(QLocale().toString(r.lastRefreshAt->toLocalTime(),
                                                      QLocale::ShortFormat));
        case RefreshStatus:
            return sort ? QVariant(r.refreshStatus) : QVariant(refreshStatusText(r.refreshStatus));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RefreshStatus && !r.refreshError.isEmpty()) return r.refreshError;
        if (index.column() == Name && !d.description.isEmpty()) return d.description;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == RefreshStatus && r.refreshStatus == QLatin1String("error"))
            return QColor(0xb3, 0x26, 0x1e);
        if (!d.active) return QColor(Qt::gray);
    }
    return {};
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Active:
        return tr("Status");
    case RefreshMode:
        return tr("Refresh");
    case Members:
        return tr("Members");
    case LastRefresh:
        return tr("Last refresh");
    case RefreshStatus:
        return tr("Refresh status");
    }
    return {};
}

int SegmentListModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).definition.code == code) return i;
    return -1;
}

qint64 SegmentListModel::totalMembers() const
{
    qint64 total = 0;
    for (const seg::SegmentRecord &r : m_records)
        total += r.memberCount;
    return total;
}
