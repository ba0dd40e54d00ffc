#include "core/finance/dcf.h"

#include <cmath>

#include "core/common/detmath.h"
#include "core/common/require.h"

namespace valor {
namespace {

DcfDiscounting discountExplicit(const DcfInputs& in, const DcfProjection& p, Rate wacc,
                                DcfYearRow* rowsOut) {
  DcfDiscounting d;
  d.wacc = wacc;
  const Real growthFactor = 1 + wacc;
  const Real oneYear = 1 / growthFactor;
  const Real stub = in.stubFraction;
  const bool midYear = in.discounting == Discounting::MidYear;
  d.halfYearFactor = std::sqrt(growthFactor);
  // DF at the middle of the first (stub) year and at its end, (1 + WACC)^−s/2 and its square.
  // A full first year needs no exponential.
  Real stubEndFactor = oneYear;
  Real stubMiddleFactor = 1;
  if (stub != 1) {
    stubMiddleFactor = detmath::exp(-stub / 2 * detmath::log(growthFactor));
    stubEndFactor = stubMiddleFactor * stubMiddleFactor;
  } else if (midYear) {
    stubMiddleFactor = std::sqrt(oneYear);
  }
  // After the first year, DF_t = DF(s)·v^(t−1)·(v^−½ under mid-year), v = 1/(1 + WACC). The
  // relative factors and their weighted sum do not wait for the exponentials; DF(s) scales the
  // sum once at the end, so the slow stub factor is off the loop's dependency chain.
  const Real firstFactor = midYear ? stubMiddleFactor : stubEndFactor;
  const Real firstPv = p.rows[0].fcff * p.rows[0].fraction * firstFactor;
  if (rowsOut) {
    rowsOut[0].discountTime = midYear ? stub / 2 : stub;
    rowsOut[0].discountFactor = firstFactor;
    rowsOut[0].presentValue = firstPv;
  }
  const Real laterShift = midYear ? d.halfYearFactor : 1;
  Real yearsAfterStub = 1;  // v^(t−1) relative to the stub year's end
  Money laterPvAtStubEnd = 0;
  for (int t = 1; t < p.yearCount; ++t) {
    yearsAfterStub *= oneYear;
    const Real relative = yearsAfterStub * laterShift;
    const DcfYearRow& row = p.rows[static_cast<std::size_t>(t)];
    laterPvAtStubEnd += row.fcff * relative;  // a later year's fraction is 1
    if (rowsOut) {
      DcfYearRow& out = rowsOut[t];
      const Real factor = stubEndFactor * relative;
      out.discountTime = stub + t - (midYear ? 0.5 : 0);
      out.discountFactor = factor;
      out.presentValue = row.fcff * factor;
    }
  }
  d.pvExplicit = firstPv + stubEndFactor * laterPvAtStubEnd;
  d.finalYearEndTime = stub + (p.yearCount - 1);
  d.finalYearEndFactor = stubEndFactor * yearsAfterStub;
  return d;
}

struct TerminalValuation {
  Money value = 0;
  Money present = 0;
  Money presentOtherTiming = 0;
  Real discountTime = 0;
};

TerminalValuation valueTerminal(const DcfInputs& in, const DcfYearRow& finalYear,
                                const DcfDiscounting& d, Rate wacc, Rate growth) {
  TerminalValuation tv;
  const bool gordon = in.terminalMethod == TerminalMethod::Gordon;
  if (gordon) {
    tv.value = finalYear.fcff * (1 + growth) / (wacc - growth);  // Gordon growth model
  } else {
    const Money metric =
        in.terminalMetric == TerminalMetric::EvEbitda ? finalYear.ebitda : finalYear.ebit;
    tv.value = in.exitMultiple * metric;
  }
  const Money atYearEnd = tv.value * d.finalYearEndFactor;
  const Money atMidYear = atYearEnd * d.halfYearFactor;
  const bool midYearGordon = gordon && in.discounting == Discounting::MidYear;
  const bool consistent = in.terminalTiming == TerminalTiming::Consistent;
  tv.present = midYearGordon && consistent ? atMidYear : atYearEnd;
  tv.presentOtherTiming = !midYearGordon ? tv.present : consistent ? atYearEnd : atMidYear;
  tv.discountTime = d.finalYearEndTime - (midYearGordon && consistent ? 0.5 : 0);
  return tv;
}

Money bridgeToEquity(const DcfInputs& in, Money enterpriseValue) {
  return enterpriseValue - in.debt - in.preferred - in.minorityInterest + in.cash +
         in.nonOperatingAssets;
}

}  // namespace

void projectDcf(const DcfInputs& in, DcfProjection& p) {
  VALOR_REQUIRE(in.years >= 1 && in.years <= kMaxProjectionYears,
                "projection years out of range: " + std::to_string(in.years));
  p.yearCount = in.years;
  p.negativeFcffYears = 0;
  Money previousRevenue = in.baseRevenue;
  Money previousNwc = in.baseNwc;
  const bool percentOfRevenue = in.reinvestment == ReinvestmentMethod::PercentOfRevenue;
  for (int t = 0; t < in.years; ++t) {
    const auto i = static_cast<std::size_t>(t);
    DcfYearRow& r = p.rows[i];
    r.year = in.firstYear + t;
    r.fraction = t == 0 ? in.stubFraction : 1;
    r.growth = in.revenueGrowth[i];
    r.revenue = previousRevenue * (1 + r.growth);
    r.ebit = r.revenue * in.ebitMargin[i];
    r.taxes = r.ebit * in.taxRate[i];
    r.nopat = r.ebit - r.taxes;
    r.depreciation = in.hasDepreciation ? r.revenue * in.daPctRevenue[i] : 0;
    r.ebitda = r.ebit + r.depreciation;
    if (percentOfRevenue) {
      r.capex = r.revenue * in.capexPctRevenue[i];
      r.nwc = r.revenue * in.nwcPctRevenue[i];
      r.deltaNwc = r.nwc - previousNwc;
      r.reinvestment = r.capex - r.depreciation + r.deltaNwc;
      previousNwc = r.nwc;
    } else {
      r.capex = r.nwc = r.deltaNwc = 0;  // not modelled by this method
      r.reinvestment = (r.revenue - previousRevenue) / in.salesToCapital[i];
    }
    r.fcff = r.nopat - r.reinvestment;
    if (r.fcff < 0) ++p.negativeFcffYears;
    previousRevenue = r.revenue;
  }
}

namespace {

// Values r.projection in place (discount columns, terminal value, bridge, cross-checks).
void valueProjection(const DcfInputs& in, Rate wacc, Rate terminalGrowth, DcfResult& r) {
  VALOR_REQUIRE(wacc > -1, "WACC must exceed -100 %");
  VALOR_REQUIRE(in.terminalMethod != TerminalMethod::Gordon || terminalGrowth < wacc,
                "Gordon growth needs g below the WACC");
  const DcfProjection& projection = r.projection;
  DcfYearRow* rows = r.projection.rows.data();
  const DcfDiscounting d = discountExplicit(in, projection, wacc, rows);
  const DcfYearRow& finalYear = rows[projection.yearCount - 1];
  const TerminalValuation tv = valueTerminal(in, finalYear, d, wacc, terminalGrowth);

  r.pvExplicit = d.pvExplicit;
  r.terminalValue = tv.value;
  r.terminalDiscountTime = tv.discountTime;
  r.pvTerminal = tv.present;
  r.pvTerminalOtherTiming = tv.presentOtherTiming;
  r.enterpriseValue = d.pvExplicit + tv.present;
  if (r.enterpriseValue > 0) r.terminalShareOfEv = tv.present / r.enterpriseValue;
  r.equityValue = bridgeToEquity(in, r.enterpriseValue);
  const DilutedValue diluted =
      solveTreasuryStockMethod(r.equityValue, in.basicShares, in.optionsByStrike);
  r.valuePerShare = diluted.perShare;
  r.dilutedShares = diluted.dilutedShares;
  r.inTheMoneyTranches = diluted.inTheMoneyTranches;

  // Implied cross-checks: the exit multiple, or the Gordon g, that gives the same PV of TV.
  const Money metric =
      in.terminalMetric == TerminalMetric::EvEbitda ? finalYear.ebitda : finalYear.ebit;
  const Money exitEquivalent = tv.present / d.finalYearEndFactor;
  if (in.terminalMethod == TerminalMethod::ExitMultiple)
    r.impliedExitMultiple = in.exitMultiple;
  else if (metric > 0)
    r.impliedExitMultiple = exitEquivalent / metric;
  else
    r.warnings |= kWarnNoImpliedMultiple;

  if (in.terminalMethod == TerminalMethod::Gordon) {
    r.impliedTerminalGrowth = terminalGrowth;
  } else {
    // Solve FCFF_N·(1 + g)/(WACC − g) = X for g, X being the Gordon value at its discount point.
    const bool midYearConsistent =
        in.discounting == Discounting::MidYear && in.terminalTiming == TerminalTiming::Consistent;
    const Money x = midYearConsistent ? exitEquivalent / d.halfYearFactor : exitEquivalent;
    const Money f = finalYear.fcff;
    if (f > 0 && x > 0)
      r.impliedTerminalGrowth = (x * wacc - f) / (x + f);
    else
      r.warnings |= kWarnNoImpliedGrowth;
  }

  if (in.riskFreeRate && r.impliedTerminalGrowth && *r.impliedTerminalGrowth > *in.riskFreeRate)
    r.warnings |= kWarnGrowthAboveRiskFree;
  if (r.terminalShareOfEv && *r.terminalShareOfEv > kTerminalShareWarningLevel)
    r.warnings |= kWarnTerminalShareHigh;
  if (projection.negativeFcffYears > 0) r.warnings |= kWarnNegativeFcff;
  if (tv.value < 0) r.warnings |= kWarnNegativeTerminalValue;
  if (r.equityValue < 0) r.warnings |= kWarnNegativeEquity;
}

}  // namespace

DcfResult evaluateDcf(const DcfInputs& in) {
  DcfResult r;
  projectDcf(in, r.projection);
  valueProjection(in, in.wacc, in.terminalGrowth, r);
  return r;
}

DcfDiscounting discountDcf(const DcfInputs& in, const DcfProjection& projection, Rate wacc) {
  VALOR_REQUIRE(wacc > -1, "WACC must exceed -100 %");
  return discountExplicit(in, projection, wacc, nullptr);
}

DcfValue valueDcf(const DcfInputs& in, const DcfProjection& projection, const DcfDiscounting& d) {
  VALOR_REQUIRE(in.terminalMethod != TerminalMethod::Gordon || in.terminalGrowth < d.wacc,
                "Gordon growth needs g below the WACC");
  const DcfYearRow& finalYear = projection.rows[static_cast<std::size_t>(projection.yearCount - 1)];
  const TerminalValuation tv = valueTerminal(in, finalYear, d, d.wacc, in.terminalGrowth);
  DcfValue v;
  v.pvTerminal = tv.present;
  v.enterpriseValue = d.pvExplicit + tv.present;
  v.equityValue = bridgeToEquity(in, v.enterpriseValue);
  v.valuePerShare =
      solveTreasuryStockMethod(v.equityValue, in.basicShares, in.optionsByStrike).perShare;
  return v;
}

}  // namespace valor
