#include "core/models/lbo/lbobinding.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "core/model/schema.h"

namespace valor {
namespace {

TrancheType trancheTypeOf(const std::string& name) {
  if (name == "revolver") return TrancheType::Revolver;
  if (name == "notes") return TrancheType::Notes;
  if (name == "mezzanine") return TrancheType::Mezzanine;
  return TrancheType::TermLoan;
}

LboLever scalarLever(Real LboInputs::*target) {
  LboLever lever;
  lever.scalar = target;
  return lever;
}

LboLever trancheLever(Real LboTranche::*field, int tranche) {
  LboLever lever;
  lever.trancheField = field;
  lever.tranche = tranche;
  return lever;
}

// One year (year ≥ 0), every year (a constant), or a stage (stage 1..3 of staged[stagedIndex]).
LboLever driverLever(LboYears LboInputs::*driver, double baseValue, int year = -1, int stage = 0,
                     int stagedIndex = -1) {
  LboLever lever;
  lever.baseValue = baseValue;
  lever.driver = driver;
  lever.year = year;
  lever.stage = stage;
  lever.stagedIndex = stagedIndex;
  return lever;
}

class Binder {
 public:
  Binder(const ScenarioDocument& doc, const Entity& lbo, LboBinding& out)
      : doc_(doc), r_(lbo, "lbo", out.issues), out_(out), in_(out.resolved) {}

  void bind() {
    const auto baseYear = r_.integerOf("base_year");
    const auto years = r_.integerOf("years");
    if (!baseYear || !years) return;  // schema issues already say why
    baseYear_ = *baseYear;
    in_.firstYear = baseYear_ + 1;
    in_.years = *years;
    scalar(r_, "base.revenue", &LboInputs::baseRevenue);
    scalar(r_, "base.ebitda", &LboInputs::baseEbitda);
    for (const LboDriverField& d : kLboDrivers)
      if (std::string(d.name) != "base_rate") driver(d);
    bindEntry();
    bindFinancing();
    bindExit();
    bindTranches();
    if (const auto nwc = r_.numberOf("base.nwc")) {
      in_.baseNwc = *nwc;
      record(r_, "base.nwc", scalarLever(&LboInputs::baseNwc));
    } else {
      out_.baseNwcDerived = true;
      in_.baseNwc = in_.nwcPctRevenue[0] * in_.baseRevenue;
    }
  }

 private:
  // Records where a field's value went, for the analytics adapter.
  void record(const BlockReader& reader, const std::string& field, LboLever lever) {
    const FieldSpec* spec = entitySchema(reader.entity().type)->field(field);
    lever.path = reader.path(field);
    lever.bounds = *spec->bounds;
    lever.unit = spec->unit;
    if (lever.scalar) lever.baseValue = in_.*(lever.scalar);
    if (lever.trancheField)
      lever.baseValue = in_.tranches[static_cast<std::size_t>(lever.tranche)].*(lever.trancheField);
    out_.levers.push_back(std::move(lever));
  }

  // A deal-level number: the value, else the schema default, else "required <because>".
  void scalar(BlockReader& reader, const std::string& field, Real LboInputs::*target,
              const std::string& because = "") {
    if (const auto v = reader.need(field, because)) {
      in_.*target = *v;
      record(reader, field, scalarLever(target));
    }
  }

  void driver(const LboDriverField& d) {
    const std::string name = d.name;
    LboYears& values = in_.*(d.values);
    r_.driver(name, in_.firstYear, in_.years, values);
    const std::string mode = r_.choiceOf(name + ".mode");
    if (mode == "constant" && r_.numberOf(name + ".value")) {
      record(r_, name + ".value", driverLever(d.values, values[0]));
    } else if (mode == "per_year" && r_.entity().years(name + ".values")) {
      for (int t = 0; t < in_.years; ++t) {
        const int year = in_.firstYear + t;
        if (!r_.entity().years(name + ".values")->count(year)) continue;
        record(r_, name + ".values", driverLever(d.values, values[static_cast<std::size_t>(t)], t));
        out_.levers.back().path += "." + std::to_string(year);
      }
    } else if (mode == "staged") {
      const StagedDriver s = stagedDriverOf(r_.entity(), name);
      const int index = static_cast<int>(out_.staged.size());
      out_.staged.push_back({d.values, s});
      const bool step = s.stepFade;
      for (int stage = 1; stage <= 3; ++stage) {
        if (stage == 2 && !step) continue;
        const std::string field = name + ".stage" + std::to_string(stage);
        if (!r_.numberOf(field)) continue;
        record(r_, field, driverLever(d.values, *r_.numberOf(field), -1, stage, index));
      }
    }
  }

  void bindEntry() {
    const std::string method = r_.choiceOf("entry.method");
    if (method == "multiple") {
      scalar(r_, "entry.multiple", &LboInputs::entryMultiple, "when lbo.entry.method is multiple");
      in_.entryByMultiple = true;
    } else if (method == "price") {
      scalar(r_, "entry.price", &LboInputs::entryPrice, "when lbo.entry.method is price");
      in_.entryByMultiple = false;
    }
    const Money ev = in_.entryByMultiple ? in_.entryMultiple * in_.baseEbitda : in_.entryPrice;
    const auto rate = r_.numberOf("entry.transaction_fee_rate");
    const auto amount = r_.numberOf("entry.transaction_fee_amount");
    if (rate && amount) {
      r_.error("entry.transaction_fee_amount", "transaction_fee_given_twice",
               "give lbo.entry.transaction_fee_rate or lbo.entry.transaction_fee_amount, not "
               "both");
    } else if (amount) {
      in_.transactionFeeIsPercent = false;
      scalar(r_, "entry.transaction_fee_amount", &LboInputs::transactionFee);
      if (ev > 0 && *amount >= ev)
        r_.error("entry.transaction_fee_amount", "fees_exceed_enterprise_value",
                 "lbo.entry.transaction_fee_amount (" + formatNumber(*amount) +
                     ") must be below the entry enterprise value (" + formatNumber(ev) + ")",
                 {{"fees", formatNumber(*amount)}, {"enterprise_value", formatNumber(ev)}});
    } else if (rate) {
      scalar(r_, "entry.transaction_fee_rate", &LboInputs::transactionFee);
    }
    scalar(r_, "entry.minimum_cash", &LboInputs::minimumCash);
    scalar(r_, "entry.rollover_equity", &LboInputs::rolloverEquity);
    out_.closeDate = dateOf("entry.close_date");
  }

  void bindFinancing() {
    in_.interestBasis = r_.choiceOf("financing.interest_basis") == "opening"
                            ? InterestBasis::Opening
                            : InterestBasis::Average;
    scalar(r_, "financing.sweep", &LboInputs::sweep);
    scalar(r_, "financing.cash_interest_rate", &LboInputs::cashInterestRate);
    in_.carryForwardLosses = r_.choiceOf("taxes.loss_carryforward") == "on";
    if (in_.carryForwardLosses)
      scalar(r_, "taxes.opening_nol", &LboInputs::openingNol);
    else if (r_.entity().field("taxes.opening_nol"))
      r_.warning("taxes.opening_nol", "unused_without_carryforward",
                 "lbo.taxes.opening_nol is not used: the loss carry-forward is off");
    bindDividends();
  }

  void bindDividends() {
    const YearMap* values = r_.entity().years("dividends");
    if (!values || r_.schemaRejected("dividends")) return;
    const int last = in_.firstYear + in_.years - 1;
    for (const auto& [year, amount] : *values) {
      if (year < in_.firstYear || year > last) {
        r_.warning("dividends." + std::to_string(year), "year_outside_projection",
                   "lbo.dividends." + std::to_string(year) + " lies outside the projection (" +
                       std::to_string(in_.firstYear) + "–" + std::to_string(last) +
                       ") and is not used",
                   {{"year", std::to_string(year)}});
        continue;
      }
      const int t = year - in_.firstYear;
      in_.dividends[static_cast<std::size_t>(t)] = amount;
      record(r_, "dividends", driverLever(&LboInputs::dividends, amount, t));
      out_.levers.back().path += "." + std::to_string(year);
    }
  }

  void bindExit() {
    if (const auto year = r_.integerOf("exit.year")) {
      const int last = in_.firstYear + in_.years - 1;
      if (*year < in_.firstYear || *year > last)
        r_.error("exit.year", "exit_year_outside_projection",
                 "lbo.exit.year (" + std::to_string(*year) + ") must lie within the projection (" +
                     std::to_string(in_.firstYear) + "–" + std::to_string(last) + ")",
                 {{"year", std::to_string(*year)},
                  {"from", std::to_string(in_.firstYear)},
                  {"to", std::to_string(last)}});
      else
        recordExitYear(*year);
    }
    scalar(r_, "exit.multiple", &LboInputs::exitMultiple);
    out_.exitDate = dateOf("exit.date");
    if (out_.closeDate && out_.exitDate && !(*out_.closeDate < *out_.exitDate)) {
      r_.error("exit.date", "exit_before_close",
               "lbo.exit.date (" + out_.exitDate->toIso() +
                   ") must be after lbo.entry.close_date (" + out_.closeDate->toIso() + ")",
               {{"exit", out_.exitDate->toIso()}, {"close", out_.closeDate->toIso()}});
    } else if (out_.closeDate.has_value() != out_.exitDate.has_value()) {
      r_.warning(out_.closeDate ? "exit.date" : "entry.close_date", "xirr_needs_both_dates",
                 "the XIRR needs both lbo.entry.close_date and lbo.exit.date; only the periodic "
                 "IRR is given");
    }
    if (!out_.closeDate || !out_.exitDate) {
      out_.closeDate.reset();
      out_.exitDate.reset();
    } else if (in_.exitYear > 0) {
      // The dates should span about the years the projection holds the investment.
      const double held =
          static_cast<double>(daysBetween(*out_.closeDate, *out_.exitDate)) / 365.25;
      if (std::abs(held - in_.exitYear) > 0.5)
        r_.warning("exit.date", "dates_differ_from_exit_year",
                   "lbo.entry.close_date to lbo.exit.date spans " + formatNumber(held) +
                       " years, but the exit year " + std::to_string(baseYear_ + in_.exitYear) +
                       " holds the investment " + std::to_string(in_.exitYear) +
                       " years; the XIRR uses the dates",
                   {{"held", formatNumber(held)}, {"years", std::to_string(in_.exitYear)}});
    }
  }

  // The exit year as a lever: whole years within the projection ("IRR by exit year").
  void recordExitYear(int year) {
    in_.exitYear = year - baseYear_;
    LboLever lever;
    lever.whole = &LboInputs::exitYear;
    lever.wholeOffset = baseYear_;
    record(r_, "exit.year", lever);
    out_.levers.back().baseValue = year;
    out_.levers.back().bounds = {static_cast<double>(in_.firstYear),
                                 static_cast<double>(in_.firstYear + in_.years - 1)};
  }

  std::optional<Date> dateOf(const std::string& field) const {
    const std::string* text = r_.entity().text(field);
    if (!text || r_.schemaRejected(field)) return std::nullopt;
    return Date::parseIso(*text);
  }

  void bindTranches() {
    const auto members = doc_.listMembers(r_.entity(), "tranches");
    in_.trancheCount = static_cast<int>(std::min<std::size_t>(members.size(), kMaxLboTranches));
    std::string floating;
    for (int i = 0; i < in_.trancheCount; ++i) {
      const Entity& member = *members[static_cast<std::size_t>(i)];
      BlockReader t(member, entityPath(doc_, member), out_.issues);
      LboTranche& tr = in_.tranches[static_cast<std::size_t>(i)];
      const std::string type = t.choiceOf("type");
      tr.type = trancheTypeOf(type);
      const std::string* label = member.text("label");
      out_.trancheLabels.push_back(label && !label->empty() ? *label : type);
      bindTranche(t, i, tr);
      if (tr.floating && floating.empty()) floating = out_.trancheLabels.back();
    }
    if (!floating.empty() && !r_.entity().field("base_rate.mode")) {
      if (!r_.schemaRejected("base_rate.mode"))
        r_.error(
            "base_rate.mode", "required",
            "lbo.base_rate is required: " + floating + " pays a floating rate (base rate + spread)",
            {{"tranche", floating}});
    } else if (!floating.empty()) {
      driver(kLboDrivers[std::size(kLboDrivers) - 1]);
    } else if (r_.entity().field("base_rate.mode")) {
      r_.warning("base_rate", "unused_without_floating",
                 "lbo.base_rate is not used: no tranche pays a floating rate");
    }
  }

  void trancheField(BlockReader& t, int i, const std::string& field, Real LboTranche::*target,
                    const std::string& because = "") {
    if (const auto v = t.need(field, because)) {
      in_.tranches[static_cast<std::size_t>(i)].*target = *v;
      record(t, field, trancheLever(target, i));
    }
  }

  void unused(BlockReader& t, const std::string& field, const std::string& why) {
    if (t.entity().field(field))
      t.warning(field, "unused_for_type", t.path(field) + " is not used: " + why);
  }

  void bindTranche(BlockReader& t, int i, LboTranche& tr) {
    const bool revolver = tr.type == TrancheType::Revolver;
    if (revolver) {
      trancheField(t, i, "commitment", &LboTranche::commitment, "for a revolver");
      if (t.numberOf("amount")) trancheField(t, i, "amount", &LboTranche::principal);
      if (tr.principal > tr.commitment && t.numberOf("commitment"))
        t.error(
            "amount", "drawn_above_commitment",
            t.path("amount") + " (" + formatNumber(tr.principal) +
                ") is more than the revolver's commitment (" + formatNumber(tr.commitment) + ")",
            {{"amount", formatNumber(tr.principal)}, {"commitment", formatNumber(tr.commitment)}});
      trancheField(t, i, "undrawn_fee", &LboTranche::undrawnFee);
      for (const char* field : {"pik_rate", "amortisation"})
        if (t.numberOf(field).value_or(0) != 0)
          t.error(field, "not_for_revolver",
                  t.path(field) + " must be 0 for a revolver: it is drawn and repaid from cash");
    } else {
      trancheField(t, i, "amount", &LboTranche::principal,
                   "for a tranche of type " + t.choiceOf("type"));
      unused(t, "commitment", "only a revolver has a commitment");
      unused(t, "undrawn_fee", "only a revolver has an undrawn fee");
      trancheField(t, i, "pik_rate", &LboTranche::pikRate);
      trancheField(t, i, "amortisation", &LboTranche::amortisation);
    }
    tr.floating = t.choiceOf("rate_type") == "floating";
    if (tr.floating) {
      trancheField(t, i, "spread", &LboTranche::spread, "when rate_type is floating");
      trancheField(t, i, "floor", &LboTranche::floor);
      unused(t, "rate", "the rate floats (base rate + spread)");
    } else {
      trancheField(t, i, "rate", &LboTranche::fixedRate, "when rate_type is fixed");
      unused(t, "spread", "the rate is fixed");
      unused(t, "floor", "the rate is fixed");
    }
    if (const auto maturity = t.integerOf("maturity_years")) tr.maturityYears = *maturity;
    const std::string prepayable = t.choiceOf("prepayable");
    tr.prepayable = prepayable.empty()
                        ? tr.type == TrancheType::Revolver || tr.type == TrancheType::TermLoan
                        : prepayable == "yes";
    trancheField(t, i, "oid", &LboTranche::oid);
    trancheField(t, i, "financing_fee", &LboTranche::financingFee);
  }

  const ScenarioDocument& doc_;
  BlockReader r_;
  LboBinding& out_;
  LboInputs& in_;
  int baseYear_ = 0;
};

std::string sumOfTranches(const LboBinding& b) {
  std::string text;
  for (int i = 0; i < b.resolved.trancheCount; ++i)
    text += (text.empty() ? "" : " + ") + b.trancheLabels[static_cast<std::size_t>(i)] + " " +
            formatNumber(b.resolved.tranches[static_cast<std::size_t>(i)].principal);
  return text.empty() ? "no debt" : text;
}

void addResultIssues(const LboBinding& b, const LboResult& r, Issues& issues) {
  const LboSourcesUses& su = r.sourcesUses;
  switch (r.failure) {
    case LboFailure::NoSponsorEquity:
      issues.push_back({Severity::Error,
                        "lbo.tranches",
                        "no_sponsor_equity",
                        "the debt (" + sumOfTranches(b) + ") and the rollover equity (" +
                            formatNumber(su.rolloverEquity) + ") cover all uses (" +
                            formatNumber(su.total) + "), leaving sponsor equity of " +
                            formatNumber(su.sponsorEquity) +
                            "; lower the tranches so the sponsor puts in equity",
                        {{"debt", formatNumber(su.debt)},
                         {"rollover", formatNumber(su.rolloverEquity)},
                         {"uses", formatNumber(su.total)},
                         {"sponsor_equity", formatNumber(su.sponsorEquity)}}});
      return;
    case LboFailure::CashShortfall:
      issues.push_back(
          {Severity::Error,
           "lbo.tranches",
           "cash_shortfall",
           "in " + std::to_string(r.failureYear) + " cash falls " + formatNumber(r.shortfall) +
               " short of debt service, dividends and the minimum cash, beyond "
               "what a revolver can draw; add or enlarge a revolver, or lower the "
               "debt",
           {{"year", std::to_string(r.failureYear)}, {"shortfall", formatNumber(r.shortfall)}}});
      return;
    case LboFailure::NotConverged:
      issues.push_back({Severity::Error,
                        "lbo.financing.interest_basis",
                        "interest_not_converged",
                        "interest on average balances did not settle in " +
                            std::to_string(r.failureYear) + " within " +
                            std::to_string(kLboMaxIterations) +
                            " passes; use interest on opening balances",
                        {{"year", std::to_string(r.failureYear)}}});
      return;
    case LboFailure::None:
      break;
  }
  if (r.shortfallAfterExitYear != 0)
    issues.push_back({Severity::Warning,
                      "lbo.tranches",
                      "cash_shortfall_after_exit",
                      "in " + std::to_string(r.shortfallAfterExitYear) +
                          ", after the exit, cash "
                          "would fall " +
                          formatNumber(r.shortfallAfterExit) +
                          " short of debt service (a maturity the cash cannot meet); the "
                          "projection stops before that year. The returns are unaffected",
                      {{"year", std::to_string(r.shortfallAfterExitYear)},
                       {"shortfall", formatNumber(r.shortfallAfterExit)}}});
  if (r.exitEquity < 0)
    issues.push_back({Severity::Warning,
                      "lbo.exit",
                      "equity_wiped_out",
                      "net debt at exit (" + formatNumber(r.netDebtAtExit) +
                          ") exceeds the exit enterprise value (" +
                          formatNumber(r.exitEnterpriseValue) +
                          "): the equity is worth nothing at exit",
                      {{"net_debt", formatNumber(r.netDebtAtExit)},
                       {"enterprise_value", formatNumber(r.exitEnterpriseValue)}}});
}

// Every figure exists and is finite: an IRR or MOIC beyond floating point is an overflow.
bool finite(const LboResult& r) {
  return std::isfinite(r.exitEquity) && std::isfinite(r.sourcesUses.total) &&
         std::isfinite(r.sponsorProceeds) && r.irr && std::isfinite(*r.irr) && r.moic;
}

// The anniversary of `d` `years` later; 02-29 falls on 02-28 in common years.
Date anniversary(const Date& d, int years) {
  const int year = d.year() + years;
  return *Date::fromYmd(year, d.month(), std::min(d.day(), Date::daysInMonth(year, d.month())));
}

}  // namespace

const char* trancheTypeName(TrancheType type) {
  switch (type) {
    case TrancheType::Revolver:
      return "revolver";
    case TrancheType::TermLoan:
      return "term_loan";
    case TrancheType::Notes:
      return "notes";
    case TrancheType::Mezzanine:
      return "mezzanine";
  }
  return "term_loan";
}

LboBinding bindLbo(const ScenarioDocument& doc) {
  LboBinding binding;
  binding.issues = valuationSchemaIssues(doc);
  const std::string* model = doc.root().text("model");
  if (!model || *model != "lbo") {
    if (model && !hasErrors(binding.issues))
      binding.issues.push_back({Severity::Error,
                                "model",
                                "not_lbo",
                                "model is \"" + *model + "\"; this needs an lbo scenario",
                                {}});
    return binding;
  }
  const Entity* lbo = doc.child(doc.root(), "lbo");
  if (!lbo) {
    binding.issues.push_back(
        {Severity::Error, "lbo", "required", "lbo is required when model is lbo", {}});
    return binding;
  }
  Binder(doc, *lbo, binding).bind();
  if (!hasErrors(binding.issues)) binding.inputs = binding.resolved;
  return binding;
}

std::vector<DatedFlow> sponsorDatedFlows(const LboResult& r, int exitYear, const Date& close,
                                         const Date& exit) {
  std::vector<DatedFlow> flows{{close, -r.sourcesUses.sponsorEquity}};
  for (int t = 1; t <= exitYear; ++t) {
    const Money dividend = r.sponsorShare * r.rows[static_cast<std::size_t>(t - 1)].dividends;
    Money amount = dividend;
    if (t == exitYear) amount += r.sponsorShare * std::max(r.exitEquity, Money(0));
    if (amount != 0) flows.push_back({sponsorFlowDate(t, exitYear, close, exit), amount});
  }
  return flows;
}

Date sponsorFlowDate(int t, int exitYear, const Date& close, const Date& exit) {
  // An anniversary past the exit is paid at the exit (and never built past year 9999).
  if (t >= exitYear || close.year() + t > exit.year()) return exit;
  return std::min(anniversary(close, t), exit);
}

LboEvaluation evaluateLboScenario(const ScenarioDocument& doc) {
  LboEvaluation evaluation;
  evaluation.binding = bindLbo(doc);
  evaluation.issues = evaluation.binding.issues;
  if (!evaluation.binding.inputs) return evaluation;
  const LboInputs& in = *evaluation.binding.inputs;
  auto result = std::make_unique<LboResult>();
  evaluateLbo(in, *result);
  addResultIssues(evaluation.binding, *result, evaluation.issues);
  if (result->failure != LboFailure::None) return evaluation;
  if (!finite(*result)) {
    evaluation.issues.push_back({Severity::Error,
                                 "lbo",
                                 "not_finite_result",
                                 "the model overflowed: the inputs compound to numbers beyond "
                                 "floating point (check growth rates and years)",
                                 {}});
    return evaluation;
  }
  if (evaluation.binding.closeDate && result->sponsorProceeds > 0) {
    auto x = xirr(sponsorDatedFlows(*result, in.exitYear, *evaluation.binding.closeDate,
                                    *evaluation.binding.exitDate));
    if (x) evaluation.xirr = x.value();
  }
  evaluation.result = *result;
  return evaluation;
}

}  // namespace valor
