#include "servicesfixture.h"

#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "demo/demostoregenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

namespace servicestest {

namespace {

std::optional<seg::ConnectionSettings> generate(segtest::Backend backend, std::string &why)
{
    std::unique_ptr<seg::StoreConnection> store =
        segtest::freshStore(backend, QStringLiteral("services_ui_demo"), QString(), why);
    if (!store) return std::nullopt;
    seg::DemoOptions options;
    options.customers = 600;
    options.seed = 7;
    options.anchor = QDate(2026, 11, 1);
    if (seg::Status st = seg::DemoStoreGenerator(options).generate(*store, QString()); !st) {
        why = st.error().message.toStdString();
        return std::nullopt;
    }
    return store->settings();
}

} // namespace

const seg::ConnectionSettings &demoStore()
{
    static const seg::ConnectionSettings settings = [] {
        std::string why;
        std::optional<seg::ConnectionSettings> s = generate(segtest::Backend::Sqlite, why);
        if (!s) {
            ADD_FAILURE() << "cannot create the demo store: " << why;
            return seg::ConnectionSettings{};
        }
        return *s;
    }();
    return settings;
}

std::optional<seg::ConnectionSettings> demoStoreOn(int backend, std::string &why)
{
    if (backend == 0) return demoStore();
    static std::optional<seg::ConnectionSettings> mysql, pgsql;
    static std::string mysqlWhy, pgsqlWhy;
    static bool mysqlDone = false, pgsqlDone = false;
    std::optional<seg::ConnectionSettings> &slot = backend == 1 ? mysql : pgsql;
    std::string &slotWhy = backend == 1 ? mysqlWhy : pgsqlWhy;
    bool &done = backend == 1 ? mysqlDone : pgsqlDone;
    if (!done) {
        slot = generate(backend == 1 ? segtest::Backend::MySql : segtest::Backend::PostgreSql,
                        slotWhy);
        done = true;
    }
    why = slotWhy;
    return slot;
}

seg::SegmentDefinition definition(const QString &conditions, const QString &extra)
{
    seg::Result<seg::SegmentDefinition> d = seg::DefinitionCodec::fromJson(
        QStringLiteral(R"({"segmentor":1,"code":"probe","name":"Probe"%1,"conditions":%2})")
            .arg(extra.isEmpty() ? QString() : QStringLiteral(",") + extra, conditions)
            .toUtf8());
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : seg::SegmentDefinition{};
}

CliResult cli(const QStringList &arguments)
{
    const QString program = qEnvironmentVariable(
        "SEGMENTOR_CLI", QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("../app/cli/segmentor-cli")));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SEGMENTOR_DATABASE"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString databaseUrl(const seg::ConnectionSettings &s)
{
    if (s.dialect == seg::Dialect::Sqlite) return QStringLiteral("sqlite:") + s.path;
    QUrl url;
    url.setScheme(s.dialect == seg::Dialect::MySql ? QStringLiteral("mysql")
                                                   : QStringLiteral("postgresql"));
    url.setHost(s.host);
    url.setPort(s.port);
    url.setUserName(s.user);
    url.setPassword(s.password);
    url.setPath(QLatin1Char('/') + s.database);
    return url.toString();
}

namespace {
QString writeDefinition(const seg::SegmentDefinition &definition)
{
    static QTemporaryDir dir;
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("def%1.json").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) ADD_FAILURE() << "cannot write " << path.toStdString();
    f.write(seg::DefinitionCodec::toJson(definition));
    return path;
}
} // namespace

qint64 cliCount(const seg::ConnectionSettings &settings, const seg::SegmentDefinition &definition)
{
    const CliResult r =
        cli({QStringLiteral("evaluate"), writeDefinition(definition), QStringLiteral("--count"),
             QStringLiteral("--database"), databaseUrl(settings)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out.trimmed().toLongLong();
}

QStringList cliIds(const seg::ConnectionSettings &settings,
                   const seg::SegmentDefinition &definition)
{
    const CliResult r =
        cli({QStringLiteral("evaluate"), writeDefinition(definition), QStringLiteral("--ids"),
             QStringLiteral("--database"), databaseUrl(settings)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace servicestest
