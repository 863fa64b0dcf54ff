#include "reports/performancetables.h"

namespace seg {

namespace {

using T = ExportColumnType;

QVariant money(double v)
{
    return ReportTableFile::money(v);
}

QVariant day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString PerformanceTables::membershipId(MembershipMode mode)
{
    return mode == MembershipMode::Historical ? QStringLiteral("historical")
                                              : QStringLiteral("current");
}

ReportTable PerformanceTables::figures(const PerformanceReportResult &report)
{
    ReportTable t;
    t.columns = {{QStringLiteral("period_start"), tr("Period start"), T::Text},
                 {QStringLiteral("period_end"), tr("Period end"), T::Text},
                 {QStringLiteral("segment"), tr("Segment"), T::Text},
                 {QStringLiteral("membership"), tr("Membership"), T::Text},
                 {QStringLiteral("members"), tr("Members"), T::Integer},
                 {QStringLiteral("members_at_start"), tr("Members at start"), T::Integer},
                 {QStringLiteral("members_at_end"), tr("Members at end"), T::Integer},
                 {QStringLiteral("converters"), tr("Converters"), T::Integer},
                 {QStringLiteral("conversion_rate"), tr("Conversion rate (%)"), T::Money},
                 {QStringLiteral("orders"), tr("Orders"), T::Integer},
                 {QStringLiteral("revenue"), tr("Revenue"), T::Money},
                 {QStringLiteral("aov"), tr("Average order value"), T::Money},
                 {QStringLiteral("revenue_per_member"), tr("Revenue per member"), T::Money}};
    const QString membership = membershipId(report.query.membership);
    for (const PerformanceRow &r : report.rows)
        t.rows << QVariantList{day(r.bucketStart),
                               day(r.bucketEnd),
                               r.name.isEmpty() ? r.code : r.name,
                               membership,
                               r.members,
                               r.membersAtStart,
                               r.membersAtEnd,
                               r.converters,
                               money(r.conversionRate()),
                               r.orders,
                               money(r.revenue),
                               money(r.aov()),
                               money(r.revenuePerMember())};
    return t;
}

ReportTable PerformanceTables::snapshots(const QList<DailySnapshot> &rows,
                                         const QHash<QString, QString> &names)
{
    ReportTable t;
    t.columns = {{QStringLiteral("day"), tr("Day"), T::Text},
                 {QStringLiteral("segment"), tr("Segment"), T::Text},
                 {QStringLiteral("members"), tr("Members"), T::Integer},
                 {QStringLiteral("joiners"), tr("Joined"), T::Integer},
                 {QStringLiteral("leavers"), tr("Left"), T::Integer},
                 {QStringLiteral("converters"), tr("Converters"), T::Integer},
                 {QStringLiteral("orders"), tr("Orders"), T::Integer},
                 {QStringLiteral("revenue"), tr("Revenue"), T::Money},
                 {QStringLiteral("refunds"), tr("Refunds"), T::Money}};
    for (const DailySnapshot &s : rows)
        t.rows << QVariantList{day(s.day),      names.value(s.code, s.code),
                               s.members,       s.joiners,
                               s.leavers,       s.converters,
                               s.orders,        money(s.revenue),
                               money(s.refunds)};
    return t;
}

ReportTable PerformanceTables::engagement(const QList<CampaignEngagement> &rows,
                                          const QHash<QString, QString> &names)
{
    ReportTable t;
    t.columns = {{QStringLiteral("segment"), tr("Segment"), T::Text},
                 {QStringLiteral("provider"), tr("Service"), T::Text},
                 {QStringLiteral("campaign"), tr("Campaign"), T::Text},
                 {QStringLiteral("sent_at"), tr("Sent"), T::DateTime},
                 {QStringLiteral("sent"), tr("Recipients"), T::Integer},
                 {QStringLiteral("delivered"), tr("Delivered"), T::Integer},
                 {QStringLiteral("unique_opens"), tr("Unique opens"), T::Integer},
                 {QStringLiteral("open_rate"), tr("Open rate (%)"), T::Money},
                 {QStringLiteral("unique_clicks"), tr("Unique clicks"), T::Integer},
                 {QStringLiteral("click_rate"), tr("Click rate (%)"), T::Money},
                 {QStringLiteral("unsubscribes"), tr("Unsubscribes"), T::Integer}};
    for (const CampaignEngagement &e : rows)
        t.rows << QVariantList{names.value(e.segmentCode, e.segmentCode),
                               e.provider,
                               e.campaignName.isEmpty() ? e.campaignId : e.campaignName,
                               e.sentAt.toUTC(),
                               e.sent,
                               e.delivered,
                               e.uniqueOpens,
                               money(e.openRate()),
                               e.uniqueClicks,
                               money(e.clickRate()),
                               e.unsubscribes};
    return t;
}

} // namespace seg
