#include "segmentsummaryview.h"

#include "definition/nodedescription.h"

#include <QLocale>

namespace {

QString groupHeadline(const seg::ConditionNode &node)
{
    const QString all = node.match == seg::Match::All ? SegmentSummaryView::tr("ALL")
                                                      : SegmentSummaryView::tr("ANY");
    const QString truth =
        node.expect ? SegmentSummaryView::tr("TRUE") : SegmentSummaryView::tr("FALSE");
    return SegmentSummaryView::tr("If <b>%1</b> of these conditions are <b>%2</b>:")
        .arg(all, truth);
}

void appendNode(const seg::ConditionNode &node, bool root, QString &html)
{
    QString line = root ? groupHeadline(node) : seg::describeNode(node).toHtmlEscaped();
    // Scopes (orders, products, address) say "where ALL of these are TRUE" themselves.
    if (!root && node.kind == seg::NodeKind::Combine) line = groupHeadline(node);
    if (!node.enabled)
        line = QStringLiteral("<span style=\"color:#888\"><s>%1</s> (%2)</span>")
                   .arg(line, SegmentSummaryView::tr("muted"));
    html += root ? QStringLiteral("<p>%1</p>").arg(line) : QStringLiteral("<li>%1").arg(line);
    if (!node.children.empty()) {
        html += QStringLiteral("<ul>");
        for (const seg::ConditionNode &child : node.children)
            appendNode(child, false, html);
        html += QStringLiteral("</ul>");
    }
    if (!root) html += QStringLiteral("</li>");
}

} // namespace

SegmentSummaryView::SegmentSummaryView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::StyledPanel);
    showSelectionCount(0);
}

QString SegmentSummaryView::conditionsHtml(const seg::ConditionNode &root)
{
    if (root.children.empty())
        return QStringLiteral("<p>%1</p>")
            .arg(tr("No conditions: every customer the segment applies to is a member."));
    QString html;
    appendNode(root, true, html);
    return html;
}

void SegmentSummaryView::showSelectionCount(int count)
{
    if (count == 0)
        setHtml(QStringLiteral("<p style=\"color:#666\">%1</p>")
                    .arg(tr("Select a segment to read its conditions here.")));
    else
        setHtml(QStringLiteral("<p>%1</p>").arg(tr("%n segments selected.", nullptr, count)));
}

void SegmentSummaryView::showRecord(const seg::SegmentRecord &record)
{
    const seg::SegmentDefinition &d = record.definition;
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(d.name.toHtmlEscaped());
    if (!d.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(d.description.toHtmlEscaped());
    QString applies;
    switch (d.applyTo) {
    case seg::ApplyTo::Registered:
        applies = tr("registered customers");
        break;
    case seg::ApplyTo::Guests:
        applies = tr("guests (by e-mail)");
        break;
    case seg::ApplyTo::All:
        applies = tr("registered customers and guests");
        break;
    }
    QStringList websites;
    for (int id : d.websites)
        websites << QString::number(id);
    QStringList facts;
    facts << tr("Code: %1").arg(d.code.toHtmlEscaped())
          << tr("Applies to %1 of %2")
                 .arg(applies, websites.isEmpty()
                                   ? tr("all websites")
                                   : tr("websites %1").arg(websites.join(QStringLiteral(", "))));
    if (record.lastRefreshAt)
        facts << tr("%1 members at the last refresh (%2)")
                     .arg(locale.toString(record.memberCount),
                          locale.toString(record.lastRefreshAt->toLocalTime(),
                                          QLocale::ShortFormat));
    else
        facts << tr("Not refreshed yet: no members are stored");
    facts << (d.refresh == QLatin1String("auto")     ? tr("Refreshed on schedule")
              : d.refresh == QLatin1String("static") ? tr("Frozen as a static list: never "
                                                          "recomputed, include and exclude "
                                                          "edit it")
                                                     : tr("Refreshed by hand"));
    if (d.moveToGroup)
        facts << tr("Moves its members to customer group %1 (priority %2)")
                     .arg(*d.moveToGroup)
                     .arg(d.priority);
    if (!d.active) facts << tr("<b>Inactive</b>: not refreshed, exported or applied");
    if (!record.refreshError.isEmpty())
        facts << QStringLiteral("<span style=\"color:#b3261e\">%1</span>")
                     .arg(tr("Last refresh failed: %1").arg(record.refreshError.toHtmlEscaped()));
    html += QStringLiteral("<ul><li>%1</li></ul>").arg(facts.join(QStringLiteral("</li><li>")));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Conditions"));
    html += conditionsHtml(d.conditions);
    setHtml(html);
}
