#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace seg {

// "Why is this member in or out": one node per condition, with its result and the values
// it compared.
struct Explanation
{
    QString path;   // JSON path of the condition, e.g. "conditions.conditions[1]"
    QString label;  // what the condition says, e.g. "Customer · City is not \"Paris\""
    QString detail; // what was compared, e.g. "value: \"London\""
    bool result = false;
    bool muted = false;
    std::vector<Explanation> children;

    // An indented text tree: "✔ label — detail".
    QString toText(int indent = 0) const;
};

} // namespace seg
