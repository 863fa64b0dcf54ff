#include "net/apiserver.h"

#include "net/integrationtables.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

namespace seg {

struct ApiServer::Private
{
    ConnectionSettings settings;
    ApiServerOptions options;
    std::unique_ptr<ApiService> service;
    httplib::Server server;
    std::thread listener;
    std::atomic_bool listening{false};
    int port = 0;

    void log(const QString &line) const
    {
        if (options.log) {
            options.log(line);
        } else {
            std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
            std::fflush(stderr);
        }
    }

    // This worker thread's session: opened on the thread's first request, kept for the next ones,
    // closed when the thread ends (the pool joins its threads when the server stops).
    struct Slot
    {
        const void *owner = nullptr;
        std::unique_ptr<StoreSession> session;
    };
    static Slot &slot()
    {
        thread_local Slot s;
        return s;
    }

    Result<StoreSession *> session()
    {
        Slot &slot = Private::slot();
        if (slot.owner == this && slot.session) return slot.session.get();
        slot.session.reset();
        Result<StoreSession> opened = StoreSession::open(settings, true);
        if (!opened) return opened.error();
        if (auto st =
                IntegrationTables::ensure(*opened->storage.connection, opened->storage.tablePrefix);
            !st)
            return st.error();
        slot.session = std::make_unique<StoreSession>(std::move(opened).value());
        slot.owner = this;
        return slot.session.get();
    }

    void serve(const httplib::Request &req, httplib::Response &res)
    {
        QElapsedTimer timer;
        timer.start();
        ApiRequest request;
        request.method = QString::fromStdString(req.method);
        request.path = QString::fromStdString(req.path);
        for (const auto &[key, value] : req.params)
            request.query.insert(QString::fromStdString(key), QString::fromStdString(value));
        request.authorization = QString::fromStdString(req.get_header_value("Authorization"));
        request.client = QString::fromStdString(req.remote_addr);
        request.body = QByteArray::fromStdString(req.body);

        ApiResponse response;
        Result<StoreSession *> s = session();
        if (!s)
            response =
                ApiService::error(503, QStringLiteral("store_unavailable"), s.error().message);
        else
            response = service->handle(request, *s.value());
        if (response.status >= 500)
            slot().session.reset(); // a lost connection: the next request on this thread reconnects
        res.status = response.status;
        for (const auto &[name, value] : response.headers)
            res.set_header(name.toStdString(), value.toStdString());
        res.set_header("Cache-Control", "no-store");
        if (!response.filePath.isEmpty()) {
            // An export's file, streamed in chunks (it may be large).
            auto file = std::make_shared<QFile>(response.filePath);
            if (file->open(QIODevice::ReadOnly)) {
                res.set_content_provider(
                    size_t(file->size()), response.contentType.toStdString(),
                    [file](size_t offset, size_t length, httplib::DataSink &sink) {
                        file->seek(qint64(offset));
                        const QByteArray chunk =
                            file->read(qint64(qMin<size_t>(length, 256 * 1024)));
                        if (chunk.isEmpty()) return false;
                        sink.write(chunk.constData(), size_t(chunk.size()));
                        return true;
                    });
            } else {
                response =
                    ApiService::error(410, QStringLiteral("gone"),
                                      QStringLiteral("the export's file is no longer there"));
                res.status = response.status;
                res.set_content(response.body.toStdString(), "application/json");
            }
        } else {
            res.set_content(response.body.toStdString(), response.contentType.toStdString());
        }
        log(QStringLiteral("%1 %2 %3 %4 %5 %6 ms%7")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), request.client,
                     request.method, QString::fromStdString(req.target))
                .arg(response.status)
                .arg(timer.elapsed())
                .arg(response.tokenName.isEmpty()
                         ? QString()
                         : QStringLiteral(" token=") + response.tokenName));
    }
};

ApiServer::ApiServer(ConnectionSettings settings, ApiServerOptions options)
    : d(std::make_unique<Private>())
{
    d->settings = std::move(settings);
    d->options = std::move(options);
    d->service = std::make_unique<ApiService>(d->options.limits);
    const int workers = qMax(1, d->options.workers);
    d->server.new_task_queue = [workers] { return new httplib::ThreadPool(size_t(workers)); };
    d->server.set_keep_alive_max_count(100);
    d->server.set_read_timeout(30);
    d->server.set_payload_max_length(1024 * 1024); // a segment definition (POST/PUT)
    Private *p = d.get();
    // Every request, whatever its method or path, goes to ApiService (it answers 404 and 405);
    // POST and PUT through handlers, which run after cpp-httplib has read the body.
    d->server.set_pre_routing_handler([p](const httplib::Request &req, httplib::Response &res) {
        if (req.method == "POST" || req.method == "PUT")
            return httplib::Server::HandlerResponse::Unhandled;
        p->serve(req, res);
        return httplib::Server::HandlerResponse::Handled;
    });
    const auto withBody = [p](const httplib::Request &req, httplib::Response &res) {
        p->serve(req, res);
    };
    d->server.Post(".*", withBody);
    d->server.Put(".*", withBody);
}

ApiServer::~ApiServer()
{
    stop();
}

Status ApiServer::start()
{
    if (d->listener.joinable())
        return Error{{}, QStringLiteral("the API server is already running"), ErrorCode::Busy};
    const std::string host = d->options.host.toStdString();
    if (d->options.port == 0) {
        d->port = d->server.bind_to_any_port(host);
        if (d->port <= 0)
            return Error{
                {}, QStringLiteral("cannot listen on %1").arg(d->options.host), ErrorCode::Network};
    } else {
        if (!d->server.bind_to_port(host, d->options.port))
            return Error{
                {},
                QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                    .arg(d->options.host)
                    .arg(d->options.port),
                ErrorCode::Network};
        d->port = d->options.port;
    }
    d->listening = true;
    d->listener = std::thread([p = d.get()] {
        p->server.listen_after_bind();
        p->listening = false;
    });
    // httplib's stop() does nothing until the accept loop runs: a stop() right after start()
    // on a loaded machine would leave the loop running and join() waiting forever.
    while (d->listening && !d->server.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return success();
}

void ApiServer::stop()
{
    if (!d->listener.joinable()) return;
    d->server.stop();
    d->listener.join();
}

void ApiServer::wait()
{
    // Polls rather than joins, so stop() from another thread stays the only joiner.
    while (d->listening)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

bool ApiServer::isRunning() const
{
    return d->listener.joinable() && d->server.is_running();
}

int ApiServer::port() const
{
    return d->port;
}

QString ApiServer::address() const
{
    return QStringLiteral("%1:%2").arg(d->options.host).arg(d->port);
}

} // namespace seg
