#pragma once

#include <QString>

namespace seg {

// Order facts the compiler may read instead of sales_order (core/facts/): given only when
// they were brought up to date just before this compilation, in the store's own database.
struct FactsSource
{
    QString table; // <prefix>segmentor_fact_member
};

} // namespace seg
