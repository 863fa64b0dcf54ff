#include "clicontext.h"

#include "demo/demostoregenerator.h"
#include "store/recommendedindexes.h"
#include "store/schemainstaller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace seg;

namespace {

// The demo store in an empty MySQL/MariaDB or PostgreSQL database (for trying those engines).
int generateIntoServer(const QString &url, const DemoOptions &demo, const CliOptions &options,
                       CliStreams io)
{
    Result<ConnectionSettings> settings = ConnectionSettings::fromUrl(url);
    if (!settings) {
        io.err << "error: " << settings.error().toString() << "\n";
        return ExitUsage;
    }
    if (settings->password.isEmpty())
        settings.value().password = qEnvironmentVariable("SEGMENTOR_PASSWORD");
    if (settings->dialect == Dialect::Sqlite) {
        io.err << "error: for a SQLite demo store use --out PATH\n";
        return ExitUsage;
    }
    Result<std::unique_ptr<StoreConnection>> connection = StoreConnection::open(*settings);
    if (!connection) {
        io.err << "error: " << connection.error().message << "\n";
        return ExitFailure;
    }
    if ((*connection)
            ->database()
            .tables()
            .contains(settings->tablePrefix + QStringLiteral("customer_entity"),
                      Qt::CaseInsensitive)) {
        io.err << "error: that database already holds Magento tables; the demo store needs an "
                  "empty one\n";
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    Status st = SchemaInstaller::install(**connection, settings->tablePrefix);
    if (st) st = DemoStoreGenerator(demo).generate(**connection, settings->tablePrefix);
    if (st) st = RecommendedIndexes::apply(**connection, settings->tablePrefix);
    if (!st) {
        io.err << "error: " << st.error().message << "\n";
        return ExitFailure;
    }
    if (!options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral(
                      "demo store with %1 customers (seed %2, as of %3) written to %4 in %5 s\n")
                      .arg(demo.customers)
                      .arg(demo.seed)
                      .arg(demo.anchor.toString(Qt::ISODate), settings->toDisplayUrl())
                      .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    return ExitOk;
}

} // namespace

int runDemo(const CliOptions &options, CliStreams io)
{
    const QString out = options.value(QStringLiteral("--out"));
    const QString server = options.value(QStringLiteral("--database"));
    if (out.isEmpty() == server.isEmpty()) {
        io.err << "error: demo needs --out PATH (the SQLite file to create) or --database URL (an "
                  "empty MySQL/PostgreSQL database)\n";
        return ExitUsage;
    }
    DemoOptions demo;
    bool ok = true;
    if (options.values.contains(QStringLiteral("--customers"))) {
        demo.customers = options.value(QStringLiteral("--customers")).toInt(&ok);
        if (!ok || demo.customers < 1 || demo.customers > 50'000'000) {
            io.err << "error: --customers: expected a whole number from 1 to 50000000\n";
            return ExitUsage;
        }
    }
    if (options.values.contains(QStringLiteral("--seed"))) {
        demo.seed = options.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok) {
            io.err << "error: --seed: expected a non-negative whole number\n";
            return ExitUsage;
        }
    }
    demo.anchor = demoAnchorToday();
    if (options.values.contains(QStringLiteral("--today"))) {
        demo.anchor = QDate::fromString(options.value(QStringLiteral("--today")), Qt::ISODate);
        if (!demo.anchor.isValid() || demo.anchor.year() < 1980 || demo.anchor.year() > 2100) {
            io.err << "error: --today: expected a date YYYY-MM-DD between 1980 and 2100\n";
            return ExitUsage;
        }
    }
    if (!server.isEmpty()) return generateIntoServer(server, demo, options, io);
    if (QFileInfo::exists(out)) {
        if (!options.has(QStringLiteral("--force"))) {
            io.err << QStringLiteral("error: %1 already exists (use --force to replace it)\n")
                          .arg(out);
            return ExitFailure;
        }
        QFile::remove(out);
    }
    // Build next to the target and rename at the end: a killed run leaves no half store.
    const QString partial = out + QStringLiteral(".partial");
    QFile::remove(partial);
    ConnectionSettings settings;
    settings.dialect = Dialect::Sqlite;
    settings.path = partial;
    QElapsedTimer timer;
    timer.start();
    {
        Result<std::unique_ptr<StoreConnection>> connection =
            StoreConnection::open(settings, StoreConnection::Missing::Create);
        if (!connection) {
            io.err << "error: " << connection.error().message << "\n";
            return ExitFailure;
        }
        if (auto st = SchemaInstaller::install(**connection, {}); !st) {
            io.err << "error: " << st.error().message << "\n";
            return ExitFailure;
        }
        const bool verbose = options.has(QStringLiteral("--verbose"));
        int lastShown = -1;
        DemoStoreGenerator generator(demo);
        const Status st = generator.generate(**connection, {}, [&](int percent) {
            if (verbose && percent != lastShown) {
                io.err << QStringLiteral("\rgenerating: %1%").arg(percent);
                io.err.flush();
                lastShown = percent;
            }
            return true;
        });
        if (verbose) io.err << "\n";
        if (!st) {
            io.err << "error: " << st.error().message << "\n";
            QFile::remove(partial);
            return ExitFailure;
        }
        if (auto indexed = RecommendedIndexes::apply(**connection, {}); !indexed) {
            io.err << "error: " << indexed.error().message << "\n";
            QFile::remove(partial);
            return ExitFailure;
        }
    }
    if (!QFile::rename(partial, out)) {
        io.err << QStringLiteral("error: cannot move the store into place at %1\n").arg(out);
        return ExitFailure;
    }
    if (!options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral(
                      "demo store with %1 customers (seed %2, as of %3) written to %4 in %5 s\n")
                      .arg(demo.customers)
                      .arg(demo.seed)
                      .arg(demo.anchor.toString(Qt::ISODate), out)
                      .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    return ExitOk;
}
