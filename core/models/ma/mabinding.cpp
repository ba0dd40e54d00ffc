#include "core/models/ma/mabinding.h"

#include <cmath>
#include <tuple>

#include "core/model/schema.h"

namespace valor {

void fillGrowth(const MaGrowth& g, int years, MaYears& out) {
  Real level = g.base;
  for (int t = 0; t < years; ++t) {
    level *= 1 + g.growth;
    out[static_cast<std::size_t>(t)] = level;
  }
}

namespace {

// The engine's fields, reachable from a lever (a captureless lambda per field).
#define VALOR_MA_FIELD(expr) +[](MaInputs& in) -> Real& { return in.expr; }
#define VALOR_MA_YEARS(expr) +[](MaInputs& in) -> MaYears& { return in.expr; }

class Binder {
 public:
  Binder(const Entity& ma, MaBinding& out)
      : r_(ma, "ma", out.issues), out_(out), in_(out.resolved) {}

  void bind() {
    const auto baseYear = r_.integerOf("base_year");
    const auto years = r_.integerOf("years");
    if (!baseYear || !years) return;  // schema issues already say why
    in_.firstYear = *baseYear + 1;
    in_.years = *years;
    bindCompany("acquirer", 0, in_.acquirer);
    bindCompany("target", 1, in_.target);
    bindTaxAndBooks();
    bindOffer();
    bindConsideration();
    bindFunding();
    bindPpa();
    bindSynergies();
    checkStandaloneEps();
  }

 private:
  void record(const std::string& field, MaLever lever, double baseValue) {
    const FieldSpec* spec = entitySchema(r_.entity().type)->field(field);
    lever.path = r_.path(field);
    lever.bounds = *spec->bounds;
    lever.unit = spec->unit;
    lever.baseValue = baseValue;
    out_.levers.push_back(std::move(lever));
  }

  // A number the model needs: the value (recorded as a lever), else the default, else an issue.
  // `lever`: whether analytics may vary it (not when moving it off 0 would need a field the
  // file leaves out, such as a write-up's life).
  std::optional<double> scalar(const std::string& field, Real& (*target)(MaInputs&),
                               const std::string& because = "", bool lever = true) {
    const auto v = r_.need(field, because);
    if (!v) return std::nullopt;
    target(in_) = *v;
    if (lever) {
      MaLever l;
      l.scalar = target;
      record(field, l, *v);
    }
    return v;
  }

  void yearLevers(const std::string& field, MaYears& (*target)(MaInputs&)) {
    const YearMap* values = r_.entity().years(field);
    if (!values) return;
    for (int t = 0; t < in_.years; ++t) {
      const int year = in_.firstYear + t;
      if (!values->count(year)) continue;
      MaLever lever;
      lever.years = target;
      lever.year = t;
      record(field, lever, target(in_)[static_cast<std::size_t>(t)]);
      out_.levers.back().path += "." + std::to_string(year);
    }
  }

  void bindCompany(const std::string& side, int index, MaCompany& c) {
    const bool acquirer = index == 0;
    out_.*(acquirer ? &MaBinding::acquirerName : &MaBinding::targetName) = [&] {
      const std::string* name = r_.entity().text(side + ".name");
      return name && !name->empty() ? *name : std::string(acquirer ? "Acquirer" : "Target");
    }();
    scalar(side + ".share_price",
           acquirer ? VALOR_MA_FIELD(acquirer.sharePrice) : VALOR_MA_FIELD(target.sharePrice));
    scalar(side + ".shares",
           acquirer ? VALOR_MA_FIELD(acquirer.shares) : VALOR_MA_FIELD(target.shares));
    bindNetIncome(side, index, c);
    c.hasRevenue = r_.yearValues(side + ".revenue", in_.firstYear, in_.years, c.revenue);
    c.hasEbitda = r_.yearValues(side + ".ebitda", in_.firstYear, in_.years, c.ebitda);
    scalar(side + ".cash", acquirer ? VALOR_MA_FIELD(acquirer.cash) : VALOR_MA_FIELD(target.cash));
    scalar(side + ".debt", acquirer ? VALOR_MA_FIELD(acquirer.debt) : VALOR_MA_FIELD(target.debt));
    if (const auto rate = r_.numberOf(side + ".interest_rate")) c.interestRate = *rate;
  }

  // The target's rate varies in analytics where it moves the result: a refinancing's saving.
  void targetRateLever() {
    if (!in_.refinanceTargetDebt || !in_.target.interestRate || in_.target.debt == 0) return;
    MaLever lever;
    lever.targetInterestRate = true;
    record("target.interest_rate", lever, *in_.target.interestRate);
  }

  void bindNetIncome(const std::string& side, int index, MaCompany& c) {
    const std::string name = side + ".net_income";
    auto years = index == 0 ? VALOR_MA_YEARS(acquirer.netIncome) : VALOR_MA_YEARS(target.netIncome);
    const std::string mode = r_.choiceOf(name + ".mode");
    if (mode == "growth") {
      const std::string because = "when " + r_.path(name + ".mode") + " is growth";
      const auto base = r_.need(name + ".base", because);
      const auto growth = r_.need(name + ".growth", because);
      if (!base || !growth) return;
      const MaGrowth g{*base, *growth};
      fillGrowth(g, in_.years, c.netIncome);
      out_.growth[index] = g;
      for (int part = 0; part < 2; ++part) {
        MaLever lever;
        lever.growthSide = index;
        lever.growthPart = part;
        record(name + (part == 0 ? ".base" : ".growth"), lever, part == 0 ? g.base : g.growth);
      }
      return;
    }
    if (mode == "constant") {
      if (const auto v =
              r_.need(name + ".value", "when " + r_.path(name + ".mode") + " is constant")) {
        std::fill(c.netIncome.begin(), c.netIncome.begin() + in_.years, *v);
        MaLever lever;
        lever.years = years;
        record(name + ".value", lever, *v);
      }
      return;
    }
    if (mode == "per_year") {
      r_.driver(name, in_.firstYear, in_.years, c.netIncome);
      yearLevers(name + ".values", years);
    }
  }

  void bindTaxAndBooks() {
    scalar("acquirer.tax_rate", VALOR_MA_FIELD(taxRate));
    if (r_.numberOf("target.tax_rate")) {
      scalar("target.tax_rate", VALOR_MA_FIELD(targetTaxRate));
    } else {
      in_.targetTaxRate = in_.taxRate;
      out_.targetTaxFollowsAcquirer = true;
    }
    scalar("target.book_equity", VALOR_MA_FIELD(targetBookEquity));
    scalar("target.existing_goodwill", VALOR_MA_FIELD(targetExistingGoodwill));
  }

  void bindOffer() {
    const std::string method = r_.choiceOf("offer.method");
    const std::string because = "when ma.offer.method is " + method;
    if (method == "price") {
      in_.offerMethod = OfferMethod::PerShare;
      scalar("offer.price", VALOR_MA_FIELD(offerPrice), because);
    } else if (method == "premium") {
      in_.offerMethod = OfferMethod::Premium;
      scalar("offer.premium", VALOR_MA_FIELD(premium), because);
    } else if (method == "exchange_ratio") {
      in_.offerMethod = OfferMethod::ExchangeRatio;
      scalar("offer.exchange_ratio", VALOR_MA_FIELD(exchangeRatio), because);
    }
    for (const char* other : {"price", "premium", "exchange_ratio"})
      if (other != method && r_.entity().field(std::string("offer.") + other))
        r_.warning(
            std::string("offer.") + other, "unused_for_method",
            r_.path(std::string("offer.") + other) + " is not used: ma.offer.method is " + method,
            {{"method", method}});
  }

  void bindConsideration() {
    const auto cash = r_.numberOf("consideration.cash");
    const auto stock = r_.numberOf("consideration.stock");
    if (!cash || !stock) return;  // both are required: the schema checks say so
    if (std::abs(*cash + *stock - 1) > 1e-9) {
      r_.error("consideration.stock", "mix_not_100",
               "ma.consideration.cash (" + formatNumber(*cash) + ") and ma.consideration.stock (" +
                   formatNumber(*stock) + ") must sum to 100 %, not " +
                   formatNumber(*cash + *stock),
               {{"cash", formatNumber(*cash)},
                {"stock", formatNumber(*stock)},
                {"sum", formatNumber(*cash + *stock)}});
      return;
    }
    in_.stockShare = *stock;
    MaLever viaCash;
    viaCash.scalar = VALOR_MA_FIELD(stockShare);
    viaCash.complement = true;
    record("consideration.cash", viaCash, *cash);
    MaLever viaStock;
    viaStock.scalar = VALOR_MA_FIELD(stockShare);
    record("consideration.stock", viaStock, *stock);

    const bool stated = r_.numberOf("consideration.issue_price").has_value();
    if (in_.offerMethod == OfferMethod::ExchangeRatio) {
      // The ratio fixes the shares issued: an issue price of its own would count them again.
      for (const char* field : {"consideration.issue_price", "consideration.issue_discount"})
        if (r_.entity().field(field) && r_.numberOf(field).value_or(1) != 0)
          r_.error(field, "issue_price_with_exchange_ratio",
                   r_.path(field) +
                       " cannot be given with a fixed exchange ratio: the ratio sets the new "
                       "shares (ratio × target shares × the stock share) at the acquirer's price");
      return;
    }
    if (stated && r_.entity().field("consideration.issue_discount")) {
      r_.error("consideration.issue_price", "issue_price_given_twice",
               "give ma.consideration.issue_price or ma.consideration.issue_discount, not both");
    } else if (stated) {
      scalar("consideration.issue_price", VALOR_MA_FIELD(statedIssuePrice));
    } else {
      scalar("consideration.issue_discount", VALOR_MA_FIELD(issueDiscount));
    }
    if (in_.stockShare == 0 && (stated || r_.entity().field("consideration.issue_discount")))
      r_.warning(stated ? "consideration.issue_price" : "consideration.issue_discount",
                 "unused_without_stock", "no shares are issued: the consideration is all cash");
  }

  void bindFunding() {
    // The share of new debt varies only where the debt has a rate.
    const auto share = scalar("funding.debt_share", VALOR_MA_FIELD(debtShare), "",
                              r_.numberOf("funding.debt_share").value_or(0) > 0 ||
                                  r_.numberOf("funding.debt_rate").has_value());
    if (share && *share > 0) {
      scalar("funding.debt_rate", VALOR_MA_FIELD(debtRate),
             "when ma.funding.debt_share is above 0");
      scalar("funding.financing_fee", VALOR_MA_FIELD(financingFee));
      if (const auto years = r_.need("funding.fee_years", ""))
        in_.feeYears = static_cast<int>(*years);
    } else {
      for (const char* field : {"funding.debt_rate", "funding.financing_fee", "funding.fee_years"})
        if (r_.entity().field(field))
          r_.warning(field, "unused_without_debt",
                     r_.path(field) + " is not used: no new debt (ma.funding.debt_share is 0)");
    }
    scalar("funding.cash_yield", VALOR_MA_FIELD(cashYield));
    scalar("funding.transaction_fees", VALOR_MA_FIELD(transactionFees));
    in_.refinanceTargetDebt = r_.choiceOf("funding.target_debt") == "refinanced";
    if (in_.refinanceTargetDebt && in_.target.debt > 0 && !in_.target.interestRate &&
        !r_.schemaRejected("target.interest_rate"))
      r_.error("target.interest_rate", "required",
               "ma.target.interest_rate is required when the target's debt is refinanced: its "
               "interest is what the refinancing saves");
    targetRateLever();
  }

  void bindPpa() {
    in_.assetDeal = r_.choiceOf("ppa.deal_type") == "asset";
    writeUp("ppe", VALOR_MA_FIELD(ppeWriteUp), in_.ppeLife);
    writeUp("intangibles", VALOR_MA_FIELD(intangiblesWriteUp), in_.intangiblesLife);
  }

  void writeUp(const std::string& what, Real& (*target)(MaInputs&), int& life) {
    const std::string lifeField = "ppa." + what + "_life";
    // A write-up varies only where it has a life to be depreciated over.
    const auto amount =
        scalar("ppa." + what + "_write_up", target, "", r_.numberOf(lifeField).has_value());
    if (amount && *amount > 0) {
      if (const auto years = r_.need(lifeField, "when ma.ppa." + what +
                                                    "_write_up is above 0 (straight-line "
                                                    "D&A)"))
        life = static_cast<int>(*years);
    }
  }

  void bindSynergies() {
    // Synergies vary only where they have a phase-in (and revenue synergies a margin).
    const bool phased = r_.entity().field("synergies.phase_in.mode") != nullptr;
    const auto cost = scalar("synergies.cost", VALOR_MA_FIELD(costSynergies), "", phased);
    const auto revenue = scalar("synergies.revenue", VALOR_MA_FIELD(revenueSynergies), "",
                                phased && r_.numberOf("synergies.revenue_margin").has_value());
    if (revenue && *revenue > 0)
      scalar("synergies.revenue_margin", VALOR_MA_FIELD(revenueSynergyMargin),
             "when ma.synergies.revenue is above 0");
    const bool any = cost.value_or(0) > 0 || revenue.value_or(0) > 0;
    if (any || r_.entity().field("synergies.phase_in.mode")) bindPhaseIn(any);
    if (r_.yearValues("synergies.integration_costs", in_.firstYear, in_.years,
                      in_.integrationCosts) ||
        r_.entity().years("synergies.integration_costs"))
      yearLevers("synergies.integration_costs", VALOR_MA_YEARS(integrationCosts));
    else
      in_.integrationCosts.fill(0);
  }

  void bindPhaseIn(bool needed) {
    const std::string name = "synergies.phase_in";
    if (!r_.entity().field(name + ".mode")) {
      if (needed && !r_.schemaRejected(name + ".mode"))
        r_.error(name + ".mode", "required",
                 "ma.synergies.phase_in is required: the synergies need a phase-in per year");
      return;
    }
    r_.driver(name, in_.firstYear, in_.years, in_.phaseIn);
    const std::string mode = r_.choiceOf(name + ".mode");
    auto years = VALOR_MA_YEARS(phaseIn);
    if (mode == "constant" && r_.numberOf(name + ".value")) {
      MaLever lever;
      lever.years = years;
      record(name + ".value", lever, in_.phaseIn[0]);
    } else if (mode == "per_year") {
      yearLevers(name + ".values", years);
    } else if (mode == "staged") {
      const StagedDriver s = stagedDriverOf(r_.entity(), name);
      out_.stagedPhaseIn = s;
      for (int stage = 1; stage <= 3; ++stage) {
        if (stage == 2 && !s.stepFade) continue;
        const std::string field = name + ".stage" + std::to_string(stage);
        if (const auto v = r_.numberOf(field)) {
          MaLever lever;
          lever.stage = stage;
          record(field, lever, *v);
        }
      }
    }
  }

  // Accretion divides by the standalone EPS: a year with none is refused by name; a loss is
  // said once.
  void checkStandaloneEps() {
    if (hasErrors(out_.issues)) return;  // a value that was not read is not a zero
    const std::string name = "acquirer.net_income";
    const std::string mode = r_.choiceOf(name + ".mode");
    bool lossSaid = false;
    for (int t = 0; t < in_.years; ++t) {
      const Money ni = in_.acquirer.netIncome[static_cast<std::size_t>(t)];
      const std::string year = std::to_string(in_.firstYear + t);
      const std::string field = mode == "per_year"   ? name + ".values." + year
                                : mode == "constant" ? name + ".value"
                                                     : name + ".base";
      if (ni == 0) {
        r_.error(field, "zero_standalone_eps",
                 "the acquirer's net income in " + year +
                     " is 0: its standalone EPS is 0, so accretion/dilution is undefined",
                 {{"year", year}});
        return;
      }
      if (ni < 0 && !lossSaid) {
        lossSaid = true;
        r_.warning(field, "negative_standalone_eps",
                   "the acquirer's net income in " + year +
                       " is negative: accretion is measured against the size of its loss per "
                       "share",
                   {{"year", year}});
      }
    }
  }

  BlockReader r_;
  MaBinding& out_;
  MaInputs& in_;
};

#undef VALOR_MA_FIELD
#undef VALOR_MA_YEARS

// The maximum EPS-neutral price is found from the earnings alone; at that price the cash
// funding may exceed the acquirer's cash, which the analyst must hear.
void maxOfferPriceFunding(const MaInputs& in, const MaResult& r, Issues& issues) {
  const Real gross = 1 / (1 - in.debtShare * in.financingFee);
  for (int t = 0; t < r.years; ++t) {
    const MaYearRow& row = r.rows[static_cast<std::size_t>(t)];
    if (!row.maxOfferPrice) continue;
    const Money need = (1 - in.stockShare) * *row.maxOfferPrice * in.target.shares +
                       r.transactionFees + r.refinancedDebt;
    const Money cashUsed = (1 - in.debtShare) * need * gross;
    if (cashUsed <= in.acquirer.cash * (1 + 1e-12)) continue;
    const std::string year = std::to_string(row.year);
    issues.push_back({Severity::Warning,
                      "ma.funding.debt_share",
                      "max_offer_price_unfunded",
                      "at the maximum EPS-neutral price for " + year + " (" +
                          formatNumber(*row.maxOfferPrice) + " per share) the cash funding (" +
                          formatNumber(cashUsed) + ") would exceed the acquirer's cash (" +
                          formatNumber(in.acquirer.cash) + ")",
                      {{"year", year},
                       {"price", formatNumber(*row.maxOfferPrice)},
                       {"cash_used", formatNumber(cashUsed)},
                       {"cash", formatNumber(in.acquirer.cash)}}});
    return;  // once: the later years' prices say the same
  }
}

// Contribution and credit statistics need figures of both sides: say which is missing rather
// than leave a column blank.
void creditGaps(const MaInputs& in, const MaResult& r, Issues& issues) {
  const auto oneSided = [&](bool acquirer, bool target, const char* what) {
    if (acquirer == target) return;
    const std::string missing = acquirer ? "target" : "acquirer";
    issues.push_back({Severity::Warning,
                      "ma." + missing + "." + what,
                      "needs_both_sides",
                      "ma." + missing + "." + what + " is not given: the " + what +
                          " contribution needs both companies' figures",
                      {}});
  };
  oneSided(in.acquirer.hasRevenue, in.target.hasRevenue, "revenue");
  oneSided(in.acquirer.hasEbitda, in.target.hasEbitda, "ebitda");
  if (!in.acquirer.hasEbitda || !in.target.hasEbitda || r.years == 0) return;
  const Money keptTargetDebt = in.refinanceTargetDebt ? 0 : in.target.debt;
  for (const auto& [debt, rate, path] :
       {std::tuple{in.acquirer.debt, in.acquirer.interestRate.has_value(),
                   "ma.acquirer.interest_rate"},
        std::tuple{keptTargetDebt, in.target.interestRate.has_value(), "ma.target.interest_rate"}})
    if (debt > 0 && !rate)
      issues.push_back({Severity::Warning,
                        path,
                        "interest_cover_needs_rate",
                        std::string(path) +
                            " is not given: the pro-forma interest cover needs a rate for every "
                            "debt carried",
                        {}});
}

void addResultIssues(const MaBinding& b, const MaResult& r, Issues& issues) {
  switch (r.failure) {
    case MaFailure::CashAboveBalance:
      issues.push_back(
          {Severity::Error,
           "ma.funding.debt_share",
           "cash_above_balance",
           "the cash funding (" + formatNumber(r.cashUsed) + ") exceeds the acquirer's cash (" +
               formatNumber(b.resolved.acquirer.cash) + "); raise ma.funding.debt_share" +
               (b.resolved.stockShare < 1 ? " or the share paid in stock" : ""),
           {{"cash_used", formatNumber(r.cashUsed)},
            {"cash", formatNumber(b.resolved.acquirer.cash)}}});
      return;
    case MaFailure::ZeroStandaloneEps:
      issues.push_back({Severity::Error,
                        "ma.acquirer.net_income",
                        "zero_standalone_eps",
                        "the acquirer's net income in " + std::to_string(r.failureYear) +
                            " is 0: accretion/dilution is undefined",
                        {{"year", std::to_string(r.failureYear)}}});
      return;
    case MaFailure::NoProFormaShares:
      issues.push_back({Severity::Error,
                        "ma.acquirer.shares",
                        "no_pro_forma_shares",
                        "the combined company has no shares",
                        {}});
      return;
    case MaFailure::None:
      break;
  }
  maxOfferPriceFunding(b.resolved, r, issues);
  creditGaps(b.resolved, r, issues);
  if (r.ppa.goodwill < 0)
    issues.push_back({Severity::Warning,
                      "ma.ppa",
                      "bargain_purchase",
                      "the purchase price is below the fair value of the net assets: goodwill "
                      "is negative (" +
                          formatNumber(r.ppa.goodwill) +
                          "), a bargain purchase recognised as a gain at close",
                      {{"goodwill", formatNumber(r.ppa.goodwill)}}});
}

bool finite(const MaResult& r) {
  if (!std::isfinite(r.purchaseEquity) || !std::isfinite(r.newShares) ||
      !std::isfinite(r.ppa.goodwill))
    return false;
  for (int t = 0; t < r.years; ++t) {
    const MaYearRow& row = r.rows[static_cast<std::size_t>(t)];
    if (!std::isfinite(row.proFormaEps) || !std::isfinite(row.accretion)) return false;
  }
  return true;
}

}  // namespace

MaBinding bindMa(const ScenarioDocument& doc) {
  MaBinding binding;
  binding.issues = valuationSchemaIssues(doc);
  const std::string* model = doc.root().text("model");
  if (!model || *model != "ma") {
    if (model && !hasErrors(binding.issues))
      binding.issues.push_back({Severity::Error,
                                "model",
                                "not_ma",
                                "model is \"" + *model + "\"; this needs an ma scenario",
                                {}});
    return binding;
  }
  const Entity* ma = doc.child(doc.root(), "ma");
  if (!ma) {
    binding.issues.push_back(
        {Severity::Error, "ma", "required", "ma is required when model is ma", {}});
    return binding;
  }
  Binder(*ma, binding).bind();
  if (!hasErrors(binding.issues)) binding.inputs = binding.resolved;
  return binding;
}

MaEvaluation evaluateMaScenario(const ScenarioDocument& doc) {
  MaEvaluation evaluation;
  evaluation.binding = bindMa(doc);
  evaluation.issues = evaluation.binding.issues;
  if (!evaluation.binding.inputs) return evaluation;
  MaResult result;
  evaluateMa(*evaluation.binding.inputs, result);
  addResultIssues(evaluation.binding, result, evaluation.issues);
  if (result.failure != MaFailure::None) return evaluation;
  if (!finite(result)) {
    evaluation.issues.push_back({Severity::Error,
                                 "ma",
                                 "not_finite_result",
                                 "the model overflowed: the inputs give numbers beyond floating "
                                 "point",
                                 {}});
    return evaluation;
  }
  evaluation.result = result;
  return evaluation;
}

}  // namespace valor
