#include "lookups/memberexplainer.h"

#include "definition/definitionvalidator.h"
#include "engine/memberevaluator.h"
#include "engine/membersnapshotloader.h"
#include "engine/sqldialect.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace seg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seg::MemberExplainer)
};

// The candidates for what was typed, most likely first.
Result<QList<MemberKey>> candidates(const StoreSession &session, const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (digits.match(text).hasMatch())
        return QList<MemberKey>{MemberKey::registered(text.toLongLong())};
    const StoreSchema &schema = *session.schema;
    const SqlDialect dialect(schema.dialect(), schema.foldCollation());
    Result<QSqlQuery> q = runSql(
        session.connection->database(),
        QStringLiteral("SELECT entity_id FROM %1 WHERE %2 = %3 ORDER BY website_id, entity_id")
            .arg(schema.table(QStringLiteral("customer_entity")),
                 dialect.fold(QStringLiteral("email")), dialect.foldedParam()),
        {foldCase(text)}, Tr::tr("cannot look up the e-mail"));
    if (!q) return q.error();
    QList<MemberKey> keys;
    while (q.value().next())
        keys << MemberKey::registered(q->value(0).toLongLong());
    keys << MemberKey::guest(text);
    return keys;
}

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

    Result<QList<MemberKey>> keys = candidates(session, text);
    if (!keys) return keys.error();
    const MemberSnapshotLoader loader(*session.connection, *session.schema);
    std::optional<MemberSnapshot> found;
    QList<MemberKey> others;
    for (const MemberKey &key : *keys) {
        Result<MemberSnapshot> snapshot = loader.load(key);
        if (!snapshot) return snapshot.error();
        if (!snapshot->exists) continue;
        if (found)
            others << key;
        else
            found = std::move(snapshot).value();
    }
    if (!found) return std::optional<MemberExplanation>();

    MemberEvaluator evaluator(&*session.schema, time, session.segments.get());
    const StoreRfmPopulation rfm(*session.connection, *session.schema);
    evaluator.setRfmPopulation(&rfm);
    Result<Explanation> explanation = evaluator.explain(definition, *found);
    if (!explanation) return explanation.error();
    MemberExplanation out;
    out.key = found->key;
    out.email = profileText(*found, "email");
    out.name = QStringList{profileText(*found, "firstname"), profileText(*found, "lastname")}
                   .join(QLatin1Char(' '))
                   .trimmed();
    out.isMember = explanation->result;
    out.explanation = std::move(explanation).value();
    if (definition.code.isEmpty()) // a segment being created: no code to name it by yet
        out.explanation.label = definition.name.isEmpty()
                                    ? Tr::tr("This segment (not saved yet)")
                                    : Tr::tr("Segment \"%1\" (not saved yet)").arg(definition.name);
    out.otherMatches = others;
    return std::optional<MemberExplanation>(std::move(out));
}

} // namespace seg
