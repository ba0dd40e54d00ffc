#pragma once
// Cash-flow measures: NPV, XNPV, IRR, XIRR, MIRR and MOIC (docs/methodology.md §2).
//
// Conventions:
// - npv() puts flows[0] at t = 0 and discounts flows[t] by (1 + rate)^t, the textbook definition
//   (Brealey–Myers–Allen). Excel's NPV() instead puts its first value at t = 1; npvExcel() gives
//   that for parity: npvExcel(r, f) = npv(r, f) / (1 + r).
// - xnpv()/xirr() follow Microsoft Excel's XNPV/XIRR: Σ P_i / (1 + r)^((d_i − d_1) / 365), i.e.
//   actual days over a fixed 365-day year (Act/365 fixed) counted from the FIRST listed date.
//   Later dates may come in any order, but none may precede the first.
// - mirr() is Excel's MIRR; moic() is distributions / invested, not time-weighted.
//
// IRR root policy. The IRR equation can have several roots: by Descartes' rule of signs (which
// Laguerre extended to the real exponents of XIRR) the number of rates r > −100 % that solve it
// is at most the number of sign changes of the flows in date order, and has the same parity.
// irr() and xirr() therefore do not run a single Newton iteration the way Excel does. They:
//   1. count the sign changes of the flows in date order (flows sharing a date are netted first;
//      zeros are skipped) -> Irr::signChanges;
//   2. scan the whole range [lowestRate, highestRate] (default −99.99 % .. +1000 %) on a grid that
//      is uniform in log(1 + r), so it is fine near −100 % where the NPV changes fastest, bracket
//      every sign change of the NPV and refine each with Brent's method -> Irr::roots;
//   3. report as Irr::rate the root closest to the guess (default 10 %, Excel's default;
//      a tie goes to the lower rate). This is the root a Newton iteration started at the guess,
//      as in Excel, usually lands on, but chosen deterministically;
//   4. set ambiguous = true whenever more than one root was found. Callers should then show all
//      roots and offer MIRR or the NPV profile instead of a single IRR.
// A root where the NPV only touches zero without crossing it, or two roots closer together than
// one grid cell, cannot be bracketed and is not reported (see findAllRoots()).
//
// Errors: nothing here returns NaN. irr()/xirr() fail with an Error: a stable code (irrerror)
// and an English sentence; mirr()/moic() return nullopt. npv()/xnpv()
// treat non-finite values, a rate <= −100 % or a date before the first as a broken precondition
// (VALOR_REQUIRE) — validate user input before calling them.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/date.h"
#include "core/common/result.h"
#include "core/common/types.h"

namespace valor {

struct DatedFlow {
  Date date;
  Money amount;
};

// Σ flows[t] / (1 + rate)^t for t = 0, 1, ... (flows[0] is undiscounted). Empty flows give 0.
// Requires rate > −1 and all values finite.
Money npv(Rate rate, std::span<const Money> flows);

// Excel's NPV(): Σ flows[i] / (1 + rate)^(i + 1), i.e. the first value is one period away.
Money npvExcel(Rate rate, std::span<const Money> flows);

// Excel's XNPV(): Σ P_i / (1 + rate)^((d_i − d_1) / 365). Empty flows give 0.
// Requires rate > −1, finite amounts and no date before flows[0].date.
Money xnpv(Rate rate, std::span<const DatedFlow> flows);

// The Error::code of a failed irr() or xirr().
namespace irrerror {
inline constexpr std::string_view kNoFlows = "no_flows";            // empty input
inline constexpr std::string_view kNonFinite = "non_finite";        // NaN/inf amount or guess
inline constexpr std::string_view kSizeMismatch = "size_mismatch";  // amounts vs dates
inline constexpr std::string_view kNeedsPositiveAndNegative = "needs_positive_and_negative";
inline constexpr std::string_view kDateBeforeFirst = "date_before_first";
inline constexpr std::string_view kNoRoot = "no_root";  // no rate in the searched range
}  // namespace irrerror

struct IrrOptions {
  Rate guess = 0.1;           // selects among several roots (see the policy above)
  Rate lowestRate = -0.9999;  // search range for roots; must be > −1
  Rate highestRate = 10.0;
  int gridPoints = 2001;  // scan points over [log(1 + lowest), log(1 + highest)]
};

// A rate of return that was found. When none is, irr() and xirr() fail with an Error whose code
// is one of irrerror and whose message is an English sentence saying why.
struct Irr {
  Rate rate = 0;            // the selected root (see the policy above)
  std::vector<Rate> roots;  // every root found in the range, ascending
  int signChanges = 0;      // of the flows in date order
  bool ambiguous = false;   // roots.size() > 1
  // An English sentence when the result is ambiguous or the flows change sign more than once;
  // empty when there is nothing to say.
  std::string warning;
};

// IRR of equally spaced flows (flows[t] at period t); the rate is per period.
Result<Irr> irr(std::span<const Money> flows, IrrOptions options = {});

// Excel's XIRR; the rate is annual, Act/365 fixed.
Result<Irr> xirr(std::span<const DatedFlow> flows, IrrOptions options = {});
// The same, with amounts and dates in two parallel lists as Excel takes them.
Result<Irr> xirr(std::span<const Money> amounts, std::span<const Date> dates,
                 IrrOptions options = {});

// Excel's MIRR: negative flows are discounted to t = 0 at financeRate, positive flows compounded
// to t = n − 1 at reinvestRate, and MIRR = (FV(positives) / −PV(negatives))^(1 / (n − 1)) − 1 for
// n flows (zeros count as periods). nullopt without at least one negative and one positive flow,
// with non-finite input, or with a rate <= −100 %.
std::optional<Rate> mirr(std::span<const Money> flows, Rate financeRate, Rate reinvestRate);

// Multiple on invested capital: Σ positive flows / Σ |negative flows|, not time-weighted.
// nullopt when nothing was invested (no negative flow) or an amount is not finite.
std::optional<Multiple> moic(std::span<const Money> flows);

}  // namespace valor
