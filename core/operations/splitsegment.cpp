#include "operations/splitsegment.h"

#include "operations/segmentdefinitions.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

namespace seg {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("SegmentOperations", source);
}

QString freeCode(const QString &code, const QString &suffix, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString tail = n == 1 ? suffix : suffix + QStringLiteral("-%1").arg(n);
        const QString candidate = code.left(64 - int(tail.size())) + tail;
        if (!taken.contains(candidate)) return candidate;
    }
}

} // namespace

Result<SplitSegments> splitTestControl(StoreSession &session, const QString &code, double percent,
                                       const QString &seed)
{
    if (!(percent > 0 && percent < 100))
        return Error{
            QStringLiteral("percent"),
            text("the test group takes more than 0 and less than 100 percent, not %1").arg(percent),
            ErrorCode::InvalidArgument};
    const Result<QList<SegmentRecord>> all = session.segments->list();
    if (!all) return all.error();
    QStringList taken;
    std::optional<SegmentDefinition> original;
    for (const SegmentRecord &r : *all) {
        taken << r.definition.code;
        if (r.definition.code == code) original = r.definition;
    }
    if (!original) return Error{code, text("no segment with this code"), ErrorCode::NotFound};

    ConditionNode sample;
    sample.kind = NodeKind::Sample;
    sample.type = QStringLiteral("sample");
    sample.percent = percent;
    sample.seed = seed.trimmed().isEmpty()
                      ? code + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate)
                      : seed.trimmed();
    ConditionNode reference;
    reference.kind = NodeKind::SegmentReference;
    reference.type = QStringLiteral("segment");
    reference.test = {QStringLiteral("in"), QJsonArray{code}};

    auto group = [&](const QString &suffix, const QString &name, bool inSample) {
        SegmentDefinition d = *original;
        d.code = freeCode(code, suffix, taken);
        taken << d.code;
        d.name = name.left(255);
        d.active = false; // nobody is moved to a group before someone looks at it
        d.moveToGroup.reset();
        d.conditions = ConditionNode::combine();
        d.conditions.children.push_back(reference);
        if (inSample) {
            d.conditions.children.push_back(sample);
        } else {
            ConditionNode outside = ConditionNode::combine(Match::All, false);
            outside.children.push_back(sample);
            d.conditions.children.push_back(outside);
        }
        return d;
    };
    const SegmentDefinition test =
        group(QStringLiteral("-test"), text("%1 (test)").arg(original->name), true);
    const SegmentDefinition control =
        group(QStringLiteral("-control"), text("%1 (control)").arg(original->name), false);
    if (Result<SegmentRecord> saved = saveSegment(session, test); !saved) return saved.error();
    if (Result<SegmentRecord> saved = saveSegment(session, control); !saved) {
        (void)session.segments->remove(test.code); // both or neither
        return saved.error();
    }
    return SplitSegments{test.code, control.code};
}

} // namespace seg
