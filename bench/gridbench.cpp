// The matched-customers grid on a large store: time from setSegment() to the first rows
// painted, scrolling to the last row, a sort, a filter, and the process's peak memory.
// Runs offscreen with the real MemberTableModel in a QTableView of 1280x800.
//
//   segmentor-grid-bench --database sqlite:/tmp/grid-1m.db --segment all-buyers --runs 5
#include "members/membertablemodel.h"
#include "store/connectionsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>

namespace {

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double median(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 600000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool settled(const MemberTableModel &m)
{
    return m.countState() == MemberTableModel::CountState::Complete && !m.isLoading();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Store URL (sqlite:PATH, mysql://…, postgresql://…)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("segment"),
                      QStringLiteral("Code of a refreshed saved segment."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (default 5)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("filter"),
                      QStringLiteral("Search text for the filter step (default \"smith\")."),
                      QStringLiteral("text"), QStringLiteral("smith")});
    parser.process(app);
    seg::Result<seg::ConnectionSettings> settings =
        seg::ConnectionSettings::fromUrl(parser.value(QStringLiteral("database")));
    if (!settings || parser.value(QStringLiteral("segment")).isEmpty()) {
        std::fprintf(stderr,
                     "usage: segmentor-grid-bench --database URL --segment CODE [--runs N]\n");
        return 2;
    }
    if (settings->password.isEmpty())
        settings.value().password = qEnvironmentVariable("SEGMENTOR_PASSWORD");
    const QString code = parser.value(QStringLiteral("segment"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    std::map<std::string, std::vector<double>> times;
    qint64 rows = 0;
    for (int run = 0; run < runs; ++run) {
        MemberTableModel model;
        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1280, 800);
        view.show();
        QElapsedTimer t;

        // Open: setSegment() to the first rows painted.
        t.start();
        model.setSegment(*settings, code);
        if (!waitFor([&] { return model.isRowLoaded(0) || !model.errorText().isEmpty(); })) {
            std::fprintf(stderr, "timeout\n");
            return 1;
        }
        if (!model.errorText().isEmpty()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(model.errorText()));
            return 1;
        }
        view.viewport()->repaint();
        times["first rows painted"].push_back(double(t.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "  first rows painted %.1f ms\n", times["first rows painted"].back());
        waitFor([&] { return settled(model); });
        times["row count known"].push_back(double(t.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "  row count known %.1f ms\n", times["row count known"].back());
        rows = model.totalCount();

        // Scroll to the end: the last rows painted.
        t.restart();
        view.scrollToBottom();
        waitFor([&] { return model.isRowLoaded(model.rowCount() - 1); });
        view.viewport()->repaint();
        times["scroll to end"].push_back(double(t.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "  scroll to end %.1f ms\n", times["scroll to end"].back());

        // Sort by last name (a Magento column for every row), back at the top.
        view.scrollToTop();
        t.restart();
        model.sort(model.columnOf(QStringLiteral("lastname")), Qt::AscendingOrder);
        waitFor([&] { return model.isRowLoaded(0); });
        view.viewport()->repaint();
        times["sort by last name"].push_back(double(t.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "  sort by last name %.1f ms\n", times["sort by last name"].back());

        // Sort by lifetime sales, descending (an aggregate over the orders of every member).
        t.restart();
        model.sort(model.columnOf(QStringLiteral("lifetime_sales")), Qt::DescendingOrder);
        waitFor([&] { return model.isRowLoaded(0); });
        view.viewport()->repaint();
        times["sort by lifetime sales"].push_back(double(t.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "  sort by lifetime sales %.1f ms\n",
                     times["sort by lifetime sales"].back());

        // Filter: text search over email and names, first rows and the count.
        model.sortBy(seg::MemberSort{});
        waitFor([&] { return model.isRowLoaded(0); });
        seg::MemberFilter filter;
        filter.text = parser.value(QStringLiteral("filter"));
        t.restart();
        model.setFilter(filter);
        waitFor([&] { return settled(model) && (model.rowCount() == 0 || model.isRowLoaded(0)); });
        view.viewport()->repaint();
        times["filter (first rows and count)"].push_back(double(t.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "  filter (first rows and count) %.1f ms\n",
                     times["filter (first rows and count)"].back());
        std::fprintf(stderr, "run %d done (filter matched %lld)\n", run + 1, model.totalCount());
    }

    std::printf("segment %s: %lld rows, %d runs, medians:\n", qPrintable(code), rows, runs);
    for (const char *name :
         {"first rows painted", "row count known", "scroll to end", "sort by last name",
          "sort by lifetime sales", "filter (first rows and count)"})
        std::printf("  %-32s %10.1f ms\n", name, median(times[name]));
    std::printf("  %-32s %10.1f MB\n", "peak RSS", double(peakRssKb()) / 1024.0);
    return 0;
}
