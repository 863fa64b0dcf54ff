#pragma once

#include "repository/segmentrecord.h"

#include <QTextBrowser>

// The selected segment in words, beside the list: what it is, how it is refreshed and
// applied, and its conditions read as sentences ("If ALL of these conditions are TRUE: ...").
class SegmentSummaryView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SegmentSummaryView(QWidget *parent = nullptr);

    void showRecord(const seg::SegmentRecord &record);
    void showSelectionCount(int count); // 0: a hint; 2+: "N segments selected"

    // The conditions as nested HTML lists (also used by tests).
    static QString conditionsHtml(const seg::ConditionNode &root);
};
