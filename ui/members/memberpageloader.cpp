#include "members/memberpageloader.h"

MemberPageLoader::MemberPageLoader(std::shared_ptr<MemberPageLoaderState> state, QObject *parent)
    : QObject(parent), m_state(std::move(state))
{
}

MemberPageLoader::~MemberPageLoader()
{
    close();
}

QString MemberPageLoader::open(const seg::ConnectionSettings &settings, const QString &code,
                               const std::optional<seg::SegmentDefinition> &preview,
                               const std::optional<QDateTime> &previewAsOf)
{
    close();
    seg::Result<seg::StoreSession> session = seg::StoreSession::open(settings, false);
    if (!session) return session.error().message;
    m_session = std::make_unique<seg::StoreSession>(std::move(session.value()));
    seg::Result<seg::MemberPageSource> source =
        preview ? seg::MemberPageQuery::openPreview(
                      *m_session, *preview, previewAsOf.value_or(QDateTime::currentDateTimeUtc()),
                      previewAsOf.has_value())
                : seg::MemberPageQuery::openSaved(*m_session, code);
    if (!source) {
        close();
        return source.error().toString();
    }
    m_query.emplace(*m_session, *source);
    return {};
}

void MemberPageLoader::close()
{
    m_query.reset();
    m_session.reset();
}
