#include "operations/explainmember.h"

#include "definition/definitionvalidator.h"
#include "engine/memberevaluator.h"
#include "engine/membersnapshotloader.h"
#include "members/memberkeyresolver.h"
#include "session/storesession.h"

#include <QCoreApplication>

namespace seg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seg::MemberExplainer)
};

QString profileText(const MemberSnapshot &s, const char *code)
{
    return s.profile.value(QString::fromLatin1(code)).toString();
}

} // namespace

Result<std::optional<MemberExplanation>> explainMember(const StoreSession &session,
                                                       const SegmentDefinition &definition,
                                                       const QString &idOrEmail,
                                                       const TimeContext &time)
{
    const QString text = idOrEmail.trimmed();
    if (text.isEmpty())
        return Error{
            {}, Tr::tr("Enter a customer id or an e-mail address."), ErrorCode::InvalidArgument};
    const DefinitionValidator validator(&*session.schema, session.segments.get());
    if (Status valid = validator.check(definition); !valid) return valid.error();

    // The member-key rule (MemberKeyResolver), on any website: why a customer of another
    // website is out is a fair question. An e-mail several customers share is refused naming
    // them; the marketer then types an id.
    SegmentDefinition anyWebsite = definition;
    anyWebsite.websites.clear();
    Result<ResolvedMemberKey> resolved =
        MemberKeyResolver(*session.connection, *session.schema).resolve(text, anyWebsite);
    if (!resolved) return resolved.error();
    if (resolved->refusal == MemberKeyRefusal::Ambiguous)
        return Error{{}, resolved->message, ErrorCode::InvalidArgument};
    if (!resolved->resolved()) return std::optional<MemberExplanation>();
    const MemberSnapshotLoader loader(*session.connection, *session.schema, time.rewindCutoff());
    Result<MemberSnapshot> snapshot = loader.load(*resolved->key);
    if (!snapshot) return snapshot.error();
    if (!snapshot->exists) return std::optional<MemberExplanation>();
    const MemberSnapshot &found = *snapshot;

    MemberEvaluator evaluator(&*session.schema, time, session.segments.get());
    const StoreRfmPopulation rfm(*session.connection, *session.schema, time.rewindCutoff());
    evaluator.setRfmPopulation(&rfm);
    Result<Explanation> explanation = evaluator.explain(definition, found);
    if (!explanation) return explanation.error();
    MemberExplanation out;
    out.key = found.key;
    out.email = profileText(found, "email");
    out.name = QStringList{profileText(found, "firstname"), profileText(found, "lastname")}
                   .join(QLatin1Char(' '))
                   .trimmed();
    out.isMember = explanation->result;
    out.explanation = std::move(explanation).value();
    if (definition.code.isEmpty()) // a segment being created: no code to name it by yet
        out.explanation.label = definition.name.isEmpty()
                                    ? Tr::tr("This segment (not saved yet)")
                                    : Tr::tr("Segment \"%1\" (not saved yet)").arg(definition.name);
    return std::optional<MemberExplanation>(std::move(out));
}

} // namespace seg
