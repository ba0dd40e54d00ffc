#pragma once
// Unlevered free-cash-flow (FCFF) DCF: plain inputs in, a result with every per-year row out.
//
//   EBIT_t  = Revenue_t × margin_t,      NOPAT_t = EBIT_t × (1 − tax_t)
//   FCFF_t  = NOPAT_t + D&A_t − Capex_t − ΔNWC_t             (percent_of_revenue)
//   FCFF_t  = NOPAT_t − (Revenue_t − Revenue_{t−1}) / (S/C)_t   (sales_to_capital, Damodaran)
//   EV      = Σ FCFF_t × f_t × DF(τ_t) + TV_N × DF(τ_TV),  DF(τ) = (1 + WACC)^−τ
// f_t is the part of year t still ahead (the stub s for the first year, else 1); τ_t is the
// year's end (s + t − 1) or its middle (mid-year convention: s/2 for the stub, s + t − 1.5
// after it). Gordon TV_N = FCFF_N·(1 + g)/(WACC − g); exit TV_N = multiple × EBITDA_N (or EBIT_N).
// Under mid-year a Gordon TV is discounted at τ_N − 0.5 when timing is "consistent" (its
// perpetuity flows also arrive mid-year), else at τ_N; an exit-multiple TV is a sale at the end
// of year N and is always discounted at τ_N (docs/methodology.md §1).
//
// Losses are taxed at the same rate (a tax credit), i.e. the textbook EBIT·(1 − t); loss
// carry-forwards are not modelled.
//
// The work is split so that a grid over WACC and g projects the operating flows once.
#include <array>
#include <optional>
#include <span>
#include <vector>

#include "core/common/types.h"
#include "core/finance/dilution.h"

namespace valor {

inline constexpr int kMaxProjectionYears = 30;
using PerYear = std::array<Real, kMaxProjectionYears>;

enum class Discounting { EndOfYear, MidYear };
enum class TerminalMethod { Gordon, ExitMultiple };
enum class TerminalMetric { EvEbitda, EvEbit };
enum class TerminalTiming { Consistent, EndOfFinalYear };
enum class ReinvestmentMethod { PercentOfRevenue, SalesToCapital };

// Everything resolved to plain per-year numbers; produced from a scenario by bindDcf().
struct DcfInputs {
  Year firstYear = 0;
  YearCount years = 0;
  Real stubFraction = 1;  // (0, 1]: the part of the first projection year after the valuation date

  Money baseRevenue = 0;
  Money baseNwc = 0;
  PerYear revenueGrowth{};
  PerYear ebitMargin{};
  PerYear taxRate{};
  ReinvestmentMethod reinvestment = ReinvestmentMethod::PercentOfRevenue;
  bool hasDepreciation = true;  // D&A known: always with percent_of_revenue, optional otherwise
  PerYear daPctRevenue{};
  PerYear capexPctRevenue{};
  PerYear nwcPctRevenue{};
  PerYear salesToCapital{};

  Rate wacc = 0;
  std::optional<Rate> riskFreeRate;  // for the "g above the risk-free rate" warning

  TerminalMethod terminalMethod = TerminalMethod::Gordon;
  Rate terminalGrowth = 0;
  TerminalMetric terminalMetric = TerminalMetric::EvEbitda;
  Multiple exitMultiple = 0;
  Discounting discounting = Discounting::EndOfYear;
  TerminalTiming terminalTiming = TerminalTiming::Consistent;

  Money cash = 0;
  Money debt = 0;
  Money preferred = 0;
  Money minorityInterest = 0;
  Money nonOperatingAssets = 0;
  Shares basicShares = 1;
  std::vector<OptionTranche> optionsByStrike;  // ascending strike
};

// Only the first `yearCount` rows of a projection are written; the rest are left
// uninitialised on purpose, so a 10-year evaluation does not clear 30 rows.
struct DcfYearRow {
  Year year;
  Real fraction;  // part of the year's cash flow that is valued (stub for the first year)
  Money revenue;
  Rate growth;
  Money ebit;
  Money ebitda;  // EBIT + D&A; equals EBIT when D&A is not known
  Money taxes;
  Money nopat;
  Money depreciation;
  Money capex;
  Money nwc;
  Money deltaNwc;
  Money reinvestment;  // capex − D&A + ΔNWC, or ΔRevenue / (S/C)
  Money fcff;          // the full year's free cash flow
  Real discountTime;   // τ in years from the valuation date
  Real discountFactor;
  Money presentValue;  // fcff × fraction × discount factor
};

// Warnings the engine can see; bindDcf/report turn them into messages.
enum DcfWarning : unsigned {
  kWarnGrowthAboveRiskFree = 1u << 0,
  kWarnTerminalShareHigh = 1u << 1,  // TV over 75 % of EV
  kWarnNegativeFcff = 1u << 2,
  kWarnNegativeTerminalValue = 1u << 3,
  kWarnNegativeEquity = 1u << 4,
  kWarnNoImpliedMultiple = 1u << 5,  // final-year metric not positive
  kWarnNoImpliedGrowth = 1u << 6,
};
inline constexpr Rate kTerminalShareWarningLevel = 0.75;

struct DcfProjection {
  std::array<DcfYearRow, kMaxProjectionYears> rows;
  int yearCount = 0;
  int negativeFcffYears = 0;
};

struct DcfResult {
  DcfProjection projection;
  Money pvExplicit = 0;
  Money terminalValue = 0;  // at the end of year N, undiscounted
  Real terminalDiscountTime = 0;
  Money pvTerminal = 0;
  // The PV of the TV under the other mid-year timing (only differs for Gordon + mid-year).
  Money pvTerminalOtherTiming = 0;
  Money enterpriseValue = 0;
  std::optional<Rate> terminalShareOfEv;  // none when EV ≤ 0
  Money equityValue = 0;
  Price valuePerShare = 0;
  Shares dilutedShares = 0;
  int inTheMoneyTranches = 0;
  std::optional<Multiple>
      impliedExitMultiple;                    // in terminalMetric; the multiple giving the same PV
  std::optional<Rate> impliedTerminalGrowth;  // the Gordon g giving the same PV
  unsigned warnings = 0;
};

// The operating projection (independent of the discount rate and terminal value); the
// discount columns are filled when it is valued.
void projectDcf(const DcfInputs& in, DcfProjection& out);
DcfResult evaluateDcf(const DcfInputs& in);

// The explicit years discounted at one WACC: what every terminal value and bridge at that WACC
// shares, so analytics that vary only the terminal value or the bridge discount once.
struct DcfDiscounting {
  Rate wacc = 0;
  Money pvExplicit = 0;
  Real finalYearEndTime = 0;    // τ at the end of year N
  Real finalYearEndFactor = 0;  // DF at the end of year N
  Real halfYearFactor = 1;      // (1 + WACC)^0.5: moves a discount point half a year earlier
};
// Requires WACC > −1.
DcfDiscounting discountDcf(const DcfInputs& in, const DcfProjection& projection, Rate wacc);

// The headline figures of a valued projection, bit for bit those evaluateDcf gives.
struct DcfValue {
  Money enterpriseValue = 0;
  Money equityValue = 0;
  Money pvTerminal = 0;
  Price valuePerShare = 0;
};
// Values `projection` (of `in`) at d.wacc and in.terminalGrowth; requires g < WACC for Gordon.
DcfValue valueDcf(const DcfInputs& in, const DcfProjection& projection, const DcfDiscounting& d);

}  // namespace valor
