#include "members/memberstatedelegate.h"

#include "members/membertablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

struct Badge
{
    QString text;
    QColor background;
    QColor foreground;
};

QList<Badge> badgesOf(const QModelIndex &index)
{
    QList<Badge> out;
    const QString kind = index.data(MemberTableModel::OverrideRole).toString();
    if (kind == QLatin1String("exclude"))
        out << Badge{MemberTableModel::tr("Excluded"), QColor(0xfd, 0xe2, 0xe1),
                     QColor(0xa3, 0x1d, 0x1d)};
    else if (kind == QLatin1String("include"))
        out << Badge{MemberTableModel::tr("Included"), QColor(0xdc, 0xf5, 0xe3),
                     QColor(0x1b, 0x6e, 0x37)};
    if (index.data(MemberTableModel::JoinedRole).toBool())
        out << Badge{MemberTableModel::tr("New"), QColor(0xdd, 0xe9, 0xfc),
                     QColor(0x1d, 0x4e, 0xa3)};
    return out;
}

} // namespace

void MemberStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<Badge> badges = badgesOf(index);
    if (badges.isEmpty()) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics fm(font);
    int x = option.rect.left() + 4;
    const int h = fm.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - h) / 2;
    for (const Badge &b : badges) {
        const int w = fm.horizontalAdvance(b.text) + 10;
        if (x + w > option.rect.right()) break;
        QPainterPath path;
        path.addRoundedRect(QRectF(x, y, w, h), h / 2.0, h / 2.0);
        painter->fillPath(path, b.background);
        painter->setPen(b.foreground);
        painter->drawText(QRect(x, y, w, h), Qt::AlignCenter, b.text);
        x += w + 4;
    }
    painter->restore();
}

QSize MemberStateDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetrics fm(font);
    int w = 8;
    for (const Badge &b : badgesOf(index))
        w += fm.horizontalAdvance(b.text) + 14;
    size.setWidth(qMax(size.width(), w));
    return size;
}
