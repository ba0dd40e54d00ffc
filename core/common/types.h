#pragma once
// Names for quantities, so signatures say what a double means (QuantLib's ql/types.hpp idea).

namespace valor {

using Real = double;
using Rate = double;      // a decimal rate per year: 0.08 means 8 %
using Money = double;     // in the scenario's unit (e.g. millions of its currency)
using Multiple = double;  // e.g. EV / EBITDA
using Shares =
    double;            // in the scenario's unit, like money, so money / shares is a per-share price
using Price = double;  // per share, in the currency itself
using YearCount = int;
using Year = int;  // a fiscal year, e.g. 2026

}  // namespace valor
