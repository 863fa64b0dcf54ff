#include "definition/definitiondiff.h"

#include "definition/definitioncodec.h"
#include "definition/nodedescription.h"

#include <QCoreApplication>

#include <vector>

namespace seg {

namespace {

// Gives lupdate and the translator the context seg::DefinitionDiff.
struct DefinitionDiff
{
    Q_DECLARE_TR_FUNCTIONS(seg::DefinitionDiff)
};

using Kind = DefinitionChange::Kind;

// A node's own sentence, with the marks the builder shows (a muted or locked condition is a
// different definition even when it reads the same).
QString sentence(const ConditionNode &node)
{
    QString s = describeNode(node);
    if (!node.enabled) s += DefinitionDiff::tr(" (muted)");
    if (node.locked) s += DefinitionDiff::tr(" (locked)");
    return s;
}

QString within(const QString &context, const QString &group)
{
    return context.isEmpty() ? group : context + QStringLiteral(" › ") + group;
}

// The same kind of condition: a changed value, operator or child list rather than another one.
bool sameKind(const ConditionNode &a, const ConditionNode &b)
{
    if (a.kind != b.kind || a.type != b.type) return false;
    if (a.kind == NodeKind::Attribute) return a.attribute == b.attribute;
    return true;
}

class Differ
{
public:
    QList<DefinitionChange> changes;

    void node(const ConditionNode &from, const ConditionNode &to, const QString &context)
    {
        const QString before = sentence(from), after = sentence(to);
        if (before != after) {
            DefinitionChange c;
            c.kind = Kind::Changed;
            c.label = after;
            c.before = before;
            c.after = after;
            c.context = context;
            changes << c;
        }
        if (from.isGroup() || to.isGroup())
            children(from.children, to.children, within(context, after));
    }

    void children(const std::vector<ConditionNode> &from, const std::vector<ConditionNode> &to,
                  const QString &context)
    {
        // Longest common subsequence of the children's sentences.
        const int n = int(from.size()), m = int(to.size());
        std::vector<QString> a(n), b(m);
        for (int i = 0; i < n; ++i)
            a[i] = sentence(from[i]);
        for (int j = 0; j < m; ++j)
            b[j] = sentence(to[j]);
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                lcs[i][j] =
                    a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        std::vector<int> removed, added; // the current hunk, between two matched children
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i] == b[j]) {
                hunk(from, to, removed, added, context);
                node(from[i], to[j], context); // same sentence: only their children may differ
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.push_back(j++);
            } else {
                removed.push_back(i++);
            }
        }
        hunk(from, to, removed, added, context);
    }

private:
    // Pairs a removed and an added condition of the same kind (a change), in order; the rest
    // are plain removals and additions.
    void hunk(const std::vector<ConditionNode> &from, const std::vector<ConditionNode> &to,
              std::vector<int> &removed, std::vector<int> &added, const QString &context)
    {
        std::vector<bool> used(added.size(), false);
        for (int r : removed) {
            bool paired = false;
            for (size_t k = 0; k < added.size() && !paired; ++k) {
                if (used[k] || !sameKind(from[r], to[added[k]])) continue;
                used[k] = paired = true;
                node(from[r], to[added[k]], context);
            }
            if (!paired) subtree(Kind::Removed, from[r], context, false);
        }
        for (size_t k = 0; k < added.size(); ++k)
            if (!used[k]) subtree(Kind::Added, to[added[k]], context, false);
        removed.clear();
        added.clear();
    }

    void subtree(Kind kind, const ConditionNode &n, const QString &context, bool inGroup)
    {
        DefinitionChange c;
        c.kind = kind;
        c.label = sentence(n);
        c.context = context;
        c.inMovedGroup = inGroup;
        changes << c;
        for (const ConditionNode &child : n.children)
            subtree(kind, child, within(context, c.label), true);
    }
};

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString websitesText(const QList<int> &websites)
{
    if (websites.isEmpty()) return DefinitionDiff::tr("all websites");
    QStringList ids;
    for (int w : websites)
        ids << QString::number(w);
    return ids.join(QStringLiteral(", "));
}

QString applyToText(ApplyTo a)
{
    switch (a) {
    case ApplyTo::Registered:
        return DefinitionDiff::tr("registered customers");
    case ApplyTo::Guests:
        return DefinitionDiff::tr("guests");
    case ApplyTo::All:
        return DefinitionDiff::tr("registered customers and guests");
    }
    return {};
}

QString yesNo(bool b)
{
    return b ? DefinitionDiff::tr("yes") : DefinitionDiff::tr("no");
}

QString groupText(const std::optional<int> &group)
{
    return group ? QString::number(*group) : DefinitionDiff::tr("none");
}

QString refreshText(const QString &mode)
{
    return mode == QLatin1String("auto") ? DefinitionDiff::tr("scheduled")
                                         : DefinitionDiff::tr("manual");
}

} // namespace

QList<DefinitionChange> diffDefinitions(const SegmentDefinition &from, const SegmentDefinition &to)
{
    QList<DefinitionChange> out;
    auto key = [&out](const char *json, const QString &label, const QString &before,
                      const QString &after) {
        if (before == after) return;
        DefinitionChange c;
        c.kind = Kind::Changed;
        c.key = QString::fromLatin1(json);
        c.label = label;
        c.before = before;
        c.after = after;
        out << c;
    };
    key("code", DefinitionDiff::tr("Code"), from.code, to.code);
    key("name", DefinitionDiff::tr("Name"), quoted(from.name), quoted(to.name));
    key("description", DefinitionDiff::tr("Description"), quoted(from.description),
        quoted(to.description));
    key("active", DefinitionDiff::tr("Active"), yesNo(from.active), yesNo(to.active));
    key("websites", DefinitionDiff::tr("Websites"), websitesText(from.websites),
        websitesText(to.websites));
    key("apply_to", DefinitionDiff::tr("Apply to"), applyToText(from.applyTo),
        applyToText(to.applyTo));
    key("refresh", DefinitionDiff::tr("Refresh"), refreshText(from.refresh),
        refreshText(to.refresh));
    key("priority", DefinitionDiff::tr("Priority"), QString::number(from.priority),
        QString::number(to.priority));
    key("actions.move_to_group", DefinitionDiff::tr("Move to customer group"),
        groupText(from.moveToGroup), groupText(to.moveToGroup));
    Differ differ;
    // The root group: its mode may change; its children have no enclosing sentence.
    const QString rootBefore = sentence(from.conditions), rootAfter = sentence(to.conditions);
    if (rootBefore != rootAfter) {
        DefinitionChange c;
        c.kind = Kind::Changed;
        c.label = rootAfter;
        c.before = rootBefore;
        c.after = rootAfter;
        differ.changes << c;
    }
    differ.children(from.conditions.children, to.conditions.children, QString());
    return out + differ.changes;
}

QString describeChange(const DefinitionChange &c)
{
    QString text;
    switch (c.kind) {
    case Kind::Added:
        text = QStringLiteral("+ ") + c.label;
        break;
    case Kind::Removed:
        text = QStringLiteral("− ") + c.label;
        break;
    case Kind::Changed:
        text = c.isCondition() ? QStringLiteral("~ %1 → %2").arg(c.before, c.after)
                               : QStringLiteral("~ %1: %2 → %3").arg(c.label, c.before, c.after);
        break;
    }
    if (!c.context.isEmpty()) text += DefinitionDiff::tr(" (in: %1)").arg(c.context);
    return text;
}

QString summarizeChanges(const QList<DefinitionChange> &changes)
{
    QStringList keys;
    int added = 0, removed = 0, changed = 0;
    for (const DefinitionChange &c : changes) {
        if (!c.isCondition())
            keys << c.label;
        else if (c.inMovedGroup)
            continue; // a new or removed group counts once, not once per condition inside it
        else if (c.kind == Kind::Added)
            ++added;
        else if (c.kind == Kind::Removed)
            ++removed;
        else
            ++changed;
    }
    QStringList parts;
    if (!keys.isEmpty())
        parts << DefinitionDiff::tr("%1 changed", "settings").arg(keys.join(QStringLiteral(", ")));
    QStringList counts;
    if (added) counts << DefinitionDiff::tr("%1 added").arg(added);
    if (removed) counts << DefinitionDiff::tr("%1 removed").arg(removed);
    if (changed) counts << DefinitionDiff::tr("%1 changed", "conditions").arg(changed);
    if (!counts.isEmpty())
        parts << DefinitionDiff::tr("conditions: %1").arg(counts.join(QStringLiteral(", ")));
    return parts.isEmpty() ? DefinitionDiff::tr("no change") : parts.join(QStringLiteral("; "));
}

} // namespace seg
