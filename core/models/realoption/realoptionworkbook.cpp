#include "core/models/realoption/realoptionworkbook.h"

#include <string>

#include "core/report/inputsheet.h"
#include "core/report/xlsxbook.h"

namespace valor {
namespace {

std::string rootText(const ScenarioDocument& doc, const char* field) {
  const std::string* text = doc.root().text(field);
  return text ? *text : std::string();
}

}  // namespace

void writeRealOptionWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                                  const RealOptionEvaluation& evaluation) {
  const RealOptionInputs& in = *evaluation.binding.inputs;
  const RealOptionResult& r = *evaluation.result;
  const BlackScholesValue& bs = r.european;
  const bool call = in.type == OptionType::Call;
  const std::string name = rootText(doc, "name").empty() ? "Scenario" : rootText(doc, "name");

  XlsxSheet& inputs = book.addSheet("Inputs");
  inputs.columnWidth(0, 0, 40);
  inputs.columnWidth(1, 1, 14);
  inputs.text(0, 0, name + " — inputs", CellStyle::Title);
  inputs.text(1, 0,
              "Blue cells are inputs: change one and the Model sheet recalculates. Money in " +
                  rootText(doc, "currency") + " " + rootText(doc, "unit") + ".",
              CellStyle::Note);
  InputsSheet sheet(book, inputs);
  sheet.section(std::string("The option: a ") + (call ? "call" : "put") + " (" + in.framing +
                "), exercised at expiry");
  sheet.input("Present value of the underlying", "underlying_pv", in.value, "money");
  sheet.input("Share of it the option is on", "underlying_scale", in.scale, "ratio");
  sheet.input("Exercise price", "strike", in.strike, "money");
  sheet.input("Years to expiry", "years_to_expiry", in.years, "years");
  sheet.input("Volatility", "volatility", in.volatility, "rate");
  sheet.input("Risk-free rate (continuous)", "risk_free_rate", in.riskFree, "rate");
  sheet.input("Yield (cost of delay, dividends)", "payout_yield", in.yield, "rate");

  XlsxSheet& model = book.addSheet("Model");
  model.columnWidth(0, 0, 44);
  model.columnWidth(1, 1, 16);
  model.text(0, 0, name + " — Black–Scholes–Merton", CellStyle::Title);
  model.text(1, 0,
             "Every figure is a formula over the Inputs sheet (Hull, Options, Futures, and Other "
             "Derivatives, ch. 15, 17, 19).",
             CellStyle::Note);
  int row = 3;
  FormulaColumn column(book, model, row);
  const std::string rootT = "SQRT(years_to_expiry)";
  const std::string carry = "EXP(-payout_yield*years_to_expiry)";
  const std::string discount = "EXP(-risk_free_rate*years_to_expiry)";
  // Spreadsheets bind the unary minus before ^: -x^2 is (-x)^2, so the square is bracketed.
  const std::string pdf = "EXP(-(bs_d1^2)/2)/SQRT(2*PI())";
  column.line("Underlying the option is on", "underlying", "underlying_pv*underlying_scale",
              r.underlying, "money");
  column.line("d1", "bs_d1",
              "(LN(underlying/strike)+(risk_free_rate-payout_yield+volatility^2/2)*years_to_"
              "expiry)/(volatility*" +
                  rootT + ")",
              bs.d1, "ratio");
  column.line("d2", "bs_d2", "bs_d1-volatility*" + rootT, bs.d2, "ratio");
  column.line(
      "Option value", "option_value",
      call ? "underlying*" + carry + "*NORMSDIST(bs_d1)-strike*" + discount + "*NORMSDIST(bs_d2)"
           : "strike*" + discount + "*NORMSDIST(-bs_d2)-underlying*" + carry + "*NORMSDIST(-bs_d1)",
      r.value, "money", CellStyle::Total);
  column.line("Net value of exercising today", "exercise_now_value",
              call ? "underlying-strike" : "strike-underlying", r.exerciseNow, "money");
  column.line("Intrinsic value", "intrinsic_value", "MAX(exercise_now_value,0)", r.intrinsic,
              "money");
  column.line("Time value", "time_value", "option_value-intrinsic_value", r.value - r.intrinsic,
              "money");
  column.line("Delta", "delta",
              call ? carry + "*NORMSDIST(bs_d1)" : carry + "*(NORMSDIST(bs_d1)-1)", bs.delta,
              "ratio");
  column.line("Gamma", "gamma", carry + "*" + pdf + "/(underlying*volatility*" + rootT + ")",
              bs.gamma, "number");
  column.line("Vega (per point of volatility)", "vega_per_point",
              "underlying*" + carry + "*" + pdf + "*" + rootT + "/100", bs.vega / 100, "money");
  const std::string decay = "-underlying*" + pdf + "*volatility*" + carry + "/(2*" + rootT + ")";
  column.line("Theta (per year)", "theta_per_year",
              call ? decay + "+payout_yield*underlying*NORMSDIST(bs_d1)*" + carry +
                         "-risk_free_rate*strike*" + discount + "*NORMSDIST(bs_d2)"
                   : decay + "-payout_yield*underlying*NORMSDIST(-bs_d1)*" + carry +
                         "+risk_free_rate*strike*" + discount + "*NORMSDIST(-bs_d2)",
              bs.theta, "money");
  column.line("Rho (per point of rate)", "rho_per_point",
              call ? "strike*years_to_expiry*" + discount + "*NORMSDIST(bs_d2)/100"
                   : "-strike*years_to_expiry*" + discount + "*NORMSDIST(-bs_d2)/100",
              bs.rho / 100, "money");
  column.line("Risk-neutral probability of exercise", "exercise_probability",
              call ? "NORMSDIST(bs_d2)" : "NORMSDIST(-bs_d2)", bs.exerciseProbability, "rate");
}

}  // namespace valor
