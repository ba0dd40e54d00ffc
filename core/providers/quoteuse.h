#pragma once
// Where a share's market data goes in a scenario: an M&A deal's acquirer or target (share price
// and shares outstanding), a DCF's basic share count. The price is taken only in the scenario's
// own currency and the count is converted to its unit; the result is the ops of one change.
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/ops/mutation.h"
#include "core/providers/marketdata.h"

namespace valor {

struct QuoteTarget {
  std::string id;     // "acquirer", "target", "shares"
  std::string label;  // "the acquirer's share price and shares", in English
};

// What a quote can fill in this scenario's kind; empty for a kind that takes no market data.
std::vector<QuoteTarget> quoteTargets(const ScenarioDocument& doc);

// The Set ops that put `quote` into `target`. Refused when the price is in another currency
// than the scenario's (or in none stated), or when the target needs a share count the quote
// lacks; the fields' own rules apply as to any edit.
Result<std::vector<Op>> quoteOps(const ScenarioDocument& doc, const MarketQuote& quote,
                                 const std::string& target);

}  // namespace valor
