#include "operations/previewsql.h"

#include "definition/definitionvalidator.h"
#include "facts/memberfactsuse.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace seg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seg::SqlPreview)
};

// Keywords that start a clause, longest first so "LEFT JOIN" wins over "JOIN".
const QStringList &clauseKeywords()
{
    static const QStringList words = {
        QStringLiteral("UNION ALL"), QStringLiteral("LEFT JOIN"), QStringLiteral("INNER JOIN"),
        QStringLiteral("GROUP BY"),  QStringLiteral("ORDER BY"),  QStringLiteral("SELECT"),
        QStringLiteral("HAVING"),    QStringLiteral("WHERE"),     QStringLiteral("UNION"),
        QStringLiteral("FROM"),      QStringLiteral("JOIN"),      QStringLiteral("LIMIT"),
    };
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The clause keyword starting at i (a whole word, outside quotes), or empty.
QString keywordAt(const QString &sql, qsizetype i)
{
    if (i > 0 && isWordChar(sql.at(i - 1))) return {};
    for (const QString &word : clauseKeywords()) {
        if (sql.mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0) continue;
        const qsizetype end = i + word.size();
        if (end < sql.size() && isWordChar(sql.at(end))) continue;
        return word;
    }
    return {};
}

} // namespace

namespace {

Result<CompiledQuery> preview(const StoreSchema *connected, const SegmentLookup *segments,
                              const SegmentDefinition &definition, Dialect dialect,
                              const TimeContext &time, const FactsUse &facts = {},
                              QString *ordersPath = nullptr)
{
    const DefinitionValidator validator(connected, segments);
    if (Status valid = validator.check(definition); !valid) return valid.error();
    // The store's knowledge (prefix, custom attributes, product name attribute) in the chosen
    // dialect.
    StoreSchema schema(dialect, connected ? connected->tablePrefix() : QString());
    if (connected) {
        for (const CustomAttribute &a : connected->customAttributes())
            schema.addCustomAttribute(a);
        schema.setProductNameAttributeId(connected->productNameAttributeId());
        if (dialect == connected->dialect()) schema.setFoldCollation(connected->foldCollation());
    }
    SqlCompiler compiler(schema, time, segments);
    compiler.setFacts(facts.source);
    Result<CompiledQuery> query = compiler.compileMembers(definition);
    if (query && ordersPath) {
        *ordersPath = facts.describe(query->ordersFromFacts, query->ordersDirect);
    }
    return query;
}

} // namespace

Result<CompiledQuery> previewMemberSql(const StoreSession &session,
                                       const SegmentDefinition &definition, Dialect dialect,
                                       const TimeContext &time, QString *ordersPath)
{
    FactsUse facts;
    if (dialect == session.schema->dialect()) {
        SqlCompiler probe(*session.schema, time, session.segments.get());
        facts = useMemberFacts(probe, definition, *session.connection, *session.schema,
                               session.storage.inWorkspace());
    } else
        facts.reason = QStringLiteral("another dialect than the store's");
    return preview(&*session.schema, session.segments.get(), definition, dialect, time, facts,
                   ordersPath);
}

Result<CompiledQuery> previewMemberSql(const SegmentDefinition &definition, Dialect dialect,
                                       const TimeContext &time)
{
    FactsUse none;
    none.reason = QStringLiteral("no store");
    return preview(nullptr, nullptr, definition, dialect, time, none);
}

QString formatSqlForDisplay(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + sql.size() / 8);
    // One entry per open parenthesis: true when it opened a sub-query.
    QList<bool> parens;
    int level = 0; // sub-query depth
    QChar quote;
    const auto newline = [&](int indent) {
        while (!out.isEmpty() && out.back() == QLatin1Char(' '))
            out.chop(1);
        if (!out.isEmpty()) out += QLatin1Char('\n');
        out += QString(indent * 4, QLatin1Char(' '));
    };
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote) quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            out += c;
            continue;
        }
        if (c == QLatin1Char('(')) {
            qsizetype j = i + 1;
            while (j < sql.size() && sql.at(j).isSpace())
                ++j;
            const bool subquery = keywordAt(sql, j) == QLatin1String("SELECT");
            parens.append(subquery);
            out += c;
            if (subquery) {
                ++level;
                newline(level);
                i = j - 1; // the SELECT follows on the new line
            }
            continue;
        }
        if (c == QLatin1Char(')')) {
            const bool subquery = !parens.isEmpty() && parens.takeLast();
            if (subquery) {
                --level;
                newline(level);
            }
            out += c;
            continue;
        }
        if (c.isSpace()) {
            if (!out.isEmpty() && !out.back().isSpace()) out += QLatin1Char(' ');
            continue;
        }
        // Clauses of a statement, not words inside an expression such as EXTRACT(MONTH FROM x).
        const QString word = parens.isEmpty() || parens.constLast() ? keywordAt(sql, i) : QString();
        if (!word.isEmpty()) {
            // A clause starts a line, except right after a sub-query's opening.
            const QString tail = out.section(QLatin1Char('\n'), -1);
            if (!tail.trimmed().isEmpty()) newline(level);
            out += sql.mid(i, word.size());
            i += word.size() - 1;
            continue;
        }
        out += c;
    }
    return out.trimmed();
}

QString sqlLiteral(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toString();
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    case QMetaType::QDateTime:
        return QLatin1Char('\'') +
               value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
               QLatin1Char('\'');
    default:
        break;
    }
    return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString sqlValueKind(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) return Tr::tr("null");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return Tr::tr("boolean");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Tr::tr("integer");
    case QMetaType::Double:
    case QMetaType::Float:
        return Tr::tr("number");
    case QMetaType::QDate:
        return Tr::tr("date");
    case QMetaType::QDateTime:
        return Tr::tr("date and time");
    default:
        break;
    }
    return Tr::tr("text");
}

} // namespace seg
