#include "core/providers/quoteuse.h"

#include "core/common/moneyunit.h"
#include "core/ops/patch.h"

namespace valor {
namespace {

std::string modelOf(const ScenarioDocument& doc) {
  const std::string* model = doc.root().text("model");
  return model ? *model : std::string();
}

}  // namespace

std::vector<QuoteTarget> quoteTargets(const ScenarioDocument& doc) {
  const std::string model = modelOf(doc);
  if (model == "ma")
    return {{"acquirer", "the acquirer's share price and shares"},
            {"target", "the target's share price and shares"}};
  if (model == "dcf") return {{"shares", "the basic shares outstanding"}};
  return {};
}

Result<std::vector<Op>> quoteOps(const ScenarioDocument& doc, const MarketQuote& quote,
                                 const std::string& target) {
  const std::string model = modelOf(doc);
  const auto targets = quoteTargets(doc);
  if (std::none_of(targets.begin(), targets.end(),
                   [&](const QuoteTarget& t) { return t.id == target; }))
    return Error{"market.target", "a " + model + " scenario has no place for " + target, target};
  const std::string* unitText = doc.root().text("unit");
  const std::optional<double> unit = moneyUnitSize(unitText ? *unitText : "millions");
  if (!unit) return Error{"market.unit", "the scenario's unit is unknown", "unit"};

  nlohmann::ordered_json set = nlohmann::ordered_json::object();
  const bool price = target != "shares";
  if (price) {
    const std::string* currencyText = doc.root().text("currency");
    const std::string currency = currencyText ? *currencyText : std::string("USD");
    if (quote.currency.empty())
      return Error{"market.currency",
                   quote.symbol + "'s price comes without its currency: enter it by hand",
                   "currency"};
    if (quote.currency != currency)
      return Error{
          "market.currency",
          quote.symbol + "'s price is in " + quote.currency + ", the scenario in " + currency,
          "currency"};
    set[model + "." + target + ".share_price"] = quote.price;
  }
  if (!quote.sharesOutstanding) {
    if (!price)
      return Error{"market.no_shares",
                   "the provider gives no shares outstanding for " + quote.symbol, "shares"};
  } else {
    const double shares = convertMoneyUnit(*quote.sharesOutstanding, 1, *unit);
    set[price ? model + "." + target + ".shares" : model + ".equity_bridge.basic_shares"] = shares;
  }
  nlohmann::ordered_json patch{{"set", set}};
  return patchOps(doc, patch);
}

}  // namespace valor
