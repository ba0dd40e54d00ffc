#include "core/models/credit/creditschema.h"

#include "core/model/schemabuilders.h"

namespace valor {

using namespace schema;

std::vector<EntitySchema> creditEntitySchemas() {
  EntitySchema block{"credit", "Credit analysis (\"credit\")", {}, {}};
  auto& f = block.fields;
  f.push_back(text("company", "The company's name, for captions."));
  f.push_back(integer("base_year", "year", closed(1900, 9999),
                      "The fiscal year of the statement lines (optional; making the last actual "
                      "year the base year on the Actuals page sets it with the lines)."));

  f.push_back(choice("altman.model", {"z", "z_prime", "z_double_prime"},
                     "Which Altman score (leave out for none): z for a public manufacturer "
                     "(equity at market value), z_prime for a private firm, z_double_prime for "
                     "a non-manufacturer or an emerging-market firm (equity at book value)."));
  const auto line = [&](const char* name, const char* help, Bounds bounds) {
    f.push_back(number(std::string("altman.") + name, "money", bounds, help));
  };
  line("working_capital", "Current assets less current liabilities.",
       closed(-kMaxMoney, kMaxMoney));
  line("retained_earnings", "Retained earnings (accumulated, may be negative).",
       closed(-kMaxMoney, kMaxMoney));
  line("ebit", "Earnings before interest and taxes over the last year.",
       closed(-kMaxMoney, kMaxMoney));
  line("sales", "Sales over the last year (not used by z_double_prime).", closed(0, kMaxMoney));
  line("total_assets", "Total assets.", openLow(0, kMaxMoney));
  line("total_liabilities", "Total liabilities.", openLow(0, kMaxMoney));
  line("equity",
       "Equity: at market value for z (market capitalisation), at book value for z_prime and "
       "z_double_prime.",
       closed(-kMaxMoney, kMaxMoney));

  f.push_back(number("merton.equity_value", "money", openLow(0, kMaxMoney),
                     "Market value of the equity today (Merton's model; leave the merton fields "
                     "out for none)."));
  f.push_back(number("merton.equity_volatility", "rate", closed(0.001, 5),
                     "Annual volatility of the equity's value (of its share price)."));
  f.push_back(number("merton.debt_face_value", "money", openLow(0, kMaxMoney),
                     "Face value of the debt, taken as due at the horizon."));
  f.push_back(number("merton.years", "years", openLow(0, 100),
                     "Horizon in years: when the debt is due (1 for a one-year PD)."));
  f.push_back(number("merton.risk_free_rate", "rate", closed(-0.1, 1),
                     "Risk-free rate to the horizon, continuously compounded."));

  f.push_back(number("loss.lgd", "rate", closed(0, 1),
                     "Loss given default, a share of the exposure (45 %: Basel II's foundation "
                     "value for senior unsecured claims).",
                     0.45));
  f.push_back(number("loss.ead", "money", closed(0, kMaxMoney),
                     "Exposure at default. Default: the debt's face value."));
  return {block};
}

}  // namespace valor
