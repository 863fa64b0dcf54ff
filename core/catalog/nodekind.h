#pragma once

namespace seg {

// The shape of a node in a segment definition (see shared spec/segment-format.md).
enum class NodeKind
{
    Combine,          // {"type":"combine", match, expect, conditions}
    Attribute,        // a leaf: {"type":"customer", attribute, operator, value}
    AddressScope,     // {"type":"address", address, match, expect, conditions}
    OrdersScope,      // {"type":"orders", metric, operator, value, match, expect, conditions}
    ProductsScope,    // {"type":"products", source, found, count, match, expect, conditions}
    SegmentReference, // {"type":"segment", operator, value: [codes]}
    Rfm,              // {"type":"rfm", score, operator, value: 1..5}
    Sample            // {"type":"sample", percent, seed}
};

} // namespace seg
