#include "core/finance/cashflows.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

#include "core/common/issue.h"
#include "core/common/require.h"
#include "core/finance/rootfinding.h"

namespace valor {
namespace {

// Excel's XNPV/XIRR year: a fixed 365 days, whatever the calendar (Act/365 fixed).
constexpr double kDaysPerYear = 365.0;

// A flow at a time measured in periods (IRR) or in Act/365 years (XIRR). One solver serves both.
struct TimedFlow {
  double time;
  Money amount;
};

bool allFinite(std::span<const Money> values) {
  return std::all_of(values.begin(), values.end(), [](Money v) { return std::isfinite(v); });
}

// "8.66309%", "-99.99%": six significant digits, locale-independent (formatNumber).
std::string ratePercent(Rate rate) {
  return formatNumber(rate * 100.0) + "%";
}

Error irrFailure(std::string_view code, std::string message) {
  return Error{std::string(code), std::move(message), ""};
}

// Excel's own precondition for IRR/XIRR: at least one positive and one negative value.
std::optional<Error> checkAmounts(std::span<const Money> amounts) {
  if (amounts.empty())
    return irrFailure(irrerror::kNoFlows, "There are no cash flows to compute a return from.");
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    if (!std::isfinite(amounts[i]))
      return irrFailure(irrerror::kNonFinite,
                        "Cash flow " + std::to_string(i + 1) + " is not a finite number.");
  }
  const bool hasPositive =
      std::any_of(amounts.begin(), amounts.end(), [](Money v) { return v > 0; });
  const bool hasNegative =
      std::any_of(amounts.begin(), amounts.end(), [](Money v) { return v < 0; });
  if (!hasPositive || !hasNegative)
    return irrFailure(irrerror::kNeedsPositiveAndNegative,
                      "A rate of return needs at least one positive and one negative cash flow.");
  return std::nullopt;
}

// Sorts by time and nets flows that fall at the same time: they are one coefficient of the NPV
// polynomial, which is what Descartes' rule of signs counts. Zero amounts are dropped.
std::vector<TimedFlow> netByTime(std::vector<TimedFlow> flows) {
  std::stable_sort(flows.begin(), flows.end(),
                   [](const TimedFlow& x, const TimedFlow& y) { return x.time < y.time; });
  std::vector<TimedFlow> netted;
  for (const TimedFlow& flow : flows) {
    if (!netted.empty() && netted.back().time == flow.time)
      netted.back().amount += flow.amount;
    else
      netted.push_back(flow);
  }
  std::erase_if(netted, [](const TimedFlow& flow) { return flow.amount == 0.0; });
  return netted;
}

int countSignChanges(const std::vector<TimedFlow>& netted) {
  int changes = 0;
  for (std::size_t i = 1; i < netted.size(); ++i)
    if ((netted[i].amount > 0.0) != (netted[i - 1].amount > 0.0)) ++changes;
  return changes;
}

// The roots of Σ A_i (1 + r)^(−t_i) in the range, searched in u = log(1 + r): then
// (1 + r)^(−t) = exp(−u·t), and a grid uniform in u is dense near r = −1. The sum is multiplied
// by the positive factor exp(−max_i(−u·t_i)), which changes neither its sign nor its roots but
// keeps every term at most |A_i| in size, so there is no overflow near r = −1 or at high rates.
std::vector<Rate> scanRoots(const std::vector<TimedFlow>& netted, const IrrOptions& options) {
  double latest = 0.0;
  for (const TimedFlow& flow : netted) latest = std::max(latest, flow.time);
  auto scaledNpv = [&netted, latest](double u) {
    const double largestExponent = u < 0.0 ? -u * latest : 0.0;  // every time t >= 0
    double sum = 0.0;
    for (const TimedFlow& flow : netted)
      sum += flow.amount * std::exp(-u * flow.time - largestExponent);
    return sum;
  };
  const std::vector<double> logRoots =
      findAllRoots(scaledNpv, std::log1p(options.lowestRate), std::log1p(options.highestRate),
                   options.gridPoints, BrentOptions{});
  std::vector<Rate> roots;
  roots.reserve(logRoots.size());
  for (double u : logRoots) roots.push_back(std::expm1(u));
  return roots;
}

// Shared by irr() and xirr(): validated flows in, roots and the selected rate out.
Result<Irr> solveIrr(std::vector<TimedFlow> flows, const IrrOptions& options) {
  VALOR_REQUIRE(std::isfinite(options.lowestRate) && options.lowestRate > -1.0,
                "IrrOptions::lowestRate must be above -1, got " + formatNumber(options.lowestRate));
  VALOR_REQUIRE(std::isfinite(options.highestRate) && options.highestRate > options.lowestRate,
                "IrrOptions::highestRate must be finite and above lowestRate, got " +
                    formatNumber(options.highestRate));
  VALOR_REQUIRE(options.gridPoints >= 2, "IrrOptions::gridPoints must be at least 2, got " +
                                             std::to_string(options.gridPoints));
  if (!std::isfinite(options.guess))
    return irrFailure(irrerror::kNonFinite, "The guess rate is not a finite number.");

  const std::vector<TimedFlow> netted = netByTime(std::move(flows));
  const int signChanges = countSignChanges(netted);
  const std::string range =
      ratePercent(options.lowestRate) + " and " + ratePercent(options.highestRate);
  if (signChanges == 0)
    return irrFailure(irrerror::kNoRoot,
                      "Once flows on the same date are netted, they never change sign, so no "
                      "rate of return exists.");

  Irr out;
  out.signChanges = signChanges;
  out.roots = scanRoots(netted, options);
  if (out.roots.empty())
    return irrFailure(irrerror::kNoRoot,
                      "No rate between " + range + " sets the net present value to zero.");

  // Policy (see cashflows.h): the root closest to the guess; on a tie, the lower one.
  Rate best = out.roots.front();
  for (Rate root : out.roots)
    if (std::abs(root - options.guess) < std::abs(best - options.guess)) best = root;
  out.rate = best;
  out.ambiguous = out.roots.size() > 1;

  if (out.ambiguous) {
    std::string list;
    for (Rate root : out.roots) list += (list.empty() ? "" : ", ") + ratePercent(root);
    out.warning = std::to_string(out.roots.size()) + " rates set the net present value to zero (" +
                  list + "); reporting " + ratePercent(best) + ", the one closest to the " +
                  ratePercent(options.guess) +
                  " guess. Compare MIRR or the NPV profile before relying on it.";
  } else if (signChanges > 1) {
    out.warning = "The cash flows change sign " + std::to_string(signChanges) +
                  " times, so up to " + std::to_string(signChanges) +
                  " rates could solve them; only " + ratePercent(best) + " was found between " +
                  range + ".";
  }
  return out;
}

}  // namespace

Money npv(Rate rate, std::span<const Money> flows) {
  VALOR_REQUIRE(std::isfinite(rate) && rate > -1.0,
                "npv needs a finite rate above -1, got " + formatNumber(rate));
  VALOR_REQUIRE(allFinite(flows), "npv needs finite cash flows");
  Money sum = 0.0;
  for (std::size_t t = 0; t < flows.size(); ++t)
    sum += flows[t] * std::pow(1.0 + rate, -static_cast<double>(t));
  return sum;
}

Money npvExcel(Rate rate, std::span<const Money> flows) {
  return npv(rate, flows) / (1.0 + rate);
}

Money xnpv(Rate rate, std::span<const DatedFlow> flows) {
  VALOR_REQUIRE(std::isfinite(rate) && rate > -1.0,
                "xnpv needs a finite rate above -1, got " + formatNumber(rate));
  Money sum = 0.0;
  for (const DatedFlow& flow : flows) {
    VALOR_REQUIRE(std::isfinite(flow.amount),
                  "xnpv needs finite cash flows; the one on " + flow.date.toIso() + " is not");
    const long days = daysBetween(flows.front().date, flow.date);
    VALOR_REQUIRE(days >= 0, "xnpv: " + flow.date.toIso() + " is before the first date " +
                                 flows.front().date.toIso());
    sum += flow.amount * std::pow(1.0 + rate, -static_cast<double>(days) / kDaysPerYear);
  }
  return sum;
}

Result<Irr> irr(std::span<const Money> flows, IrrOptions options) {
  if (auto failure = checkAmounts(flows)) return *failure;
  std::vector<TimedFlow> timed;
  timed.reserve(flows.size());
  for (std::size_t t = 0; t < flows.size(); ++t)
    timed.push_back({static_cast<double>(t), flows[t]});
  return solveIrr(std::move(timed), options);
}

Result<Irr> xirr(std::span<const DatedFlow> flows, IrrOptions options) {
  std::vector<Money> amounts;
  amounts.reserve(flows.size());
  for (const DatedFlow& flow : flows) amounts.push_back(flow.amount);
  if (auto failure = checkAmounts(amounts)) return *failure;

  const Date first = flows.front().date;
  std::vector<TimedFlow> timed;
  timed.reserve(flows.size());
  for (std::size_t i = 0; i < flows.size(); ++i) {
    const long days = daysBetween(first, flows[i].date);
    if (days < 0)
      return irrFailure(irrerror::kDateBeforeFirst,
                        "Cash flow " + std::to_string(i + 1) + " is dated " +
                            flows[i].date.toIso() + ", before the first date " + first.toIso() +
                            "; XIRR measures time from the first date.");
    timed.push_back({static_cast<double>(days) / kDaysPerYear, flows[i].amount});
  }
  return solveIrr(std::move(timed), options);
}

Result<Irr> xirr(std::span<const Money> amounts, std::span<const Date> dates, IrrOptions options) {
  if (amounts.size() != dates.size())
    return irrFailure(irrerror::kSizeMismatch,
                      "There are " + std::to_string(amounts.size()) + " cash flows but " +
                          std::to_string(dates.size()) + " dates; each flow needs one date.");
  std::vector<DatedFlow> flows;
  flows.reserve(amounts.size());
  for (std::size_t i = 0; i < amounts.size(); ++i) flows.push_back({dates[i], amounts[i]});
  return xirr(flows, options);
}

std::optional<Rate> mirr(std::span<const Money> flows, Rate financeRate, Rate reinvestRate) {
  if (!allFinite(flows) || !std::isfinite(financeRate) || !std::isfinite(reinvestRate))
    return std::nullopt;
  if (financeRate <= -1.0 || reinvestRate <= -1.0) return std::nullopt;
  const std::size_t n = flows.size();
  Money presentValueOfOutflows = 0.0;  // at t = 0, discounted at the finance rate
  Money futureValueOfInflows = 0.0;    // at t = n − 1, compounded at the reinvestment rate
  for (std::size_t t = 0; t < n; ++t) {
    if (flows[t] < 0.0)
      presentValueOfOutflows += flows[t] * std::pow(1.0 + financeRate, -static_cast<double>(t));
    else if (flows[t] > 0.0)
      futureValueOfInflows +=
          flows[t] * std::pow(1.0 + reinvestRate, static_cast<double>(n - 1 - t));
  }
  if (presentValueOfOutflows >= 0.0 || futureValueOfInflows <= 0.0) return std::nullopt;
  const Rate result =
      std::pow(futureValueOfInflows / -presentValueOfOutflows, 1.0 / static_cast<double>(n - 1)) -
      1.0;
  if (!std::isfinite(result)) return std::nullopt;
  return result;
}

std::optional<Multiple> moic(std::span<const Money> flows) {
  if (!allFinite(flows)) return std::nullopt;
  Money invested = 0.0;
  Money distributed = 0.0;
  for (Money flow : flows) {
    if (flow < 0.0)
      invested -= flow;
    else
      distributed += flow;
  }
  if (invested <= 0.0) return std::nullopt;
  const Multiple multiple = distributed / invested;
  if (!std::isfinite(multiple)) return std::nullopt;
  return multiple;
}

}  // namespace valor
