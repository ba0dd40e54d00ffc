#include "ui/models/credit/creditpresentation.h"

#include <QCoreApplication>

namespace valor::ui {
namespace {

using W = FieldWidget;
using present::choice;
using present::field;
const QString kRate = QStringLiteral("rate");
const QString kMoney = QStringLiteral("money");

std::vector<FieldPresentation> fields() {
  const char* company = QT_TRANSLATE_NOOP("CreditPresentation", "Company");
  const char* altman = QT_TRANSLATE_NOOP("CreditPresentation", "Altman Z-score");
  const char* merton = QT_TRANSLATE_NOOP("CreditPresentation", "Merton model");
  const char* loss = QT_TRANSLATE_NOOP("CreditPresentation", "Expected loss");
  const auto scored = [](const BlockValues& v) { return !v.choice("altman.model").empty(); };
  std::vector<FieldPresentation> f;
  f.push_back(field("company", QT_TRANSLATE_NOOP("CreditPresentation", "Name"), company, W::Text));
  f.push_back(field("base_year", QT_TRANSLATE_NOOP("CreditPresentation", "Statements of (year)"),
                    company, W::Integer));
  f.push_back(choice(
      "altman.model", QT_TRANSLATE_NOOP("CreditPresentation", "Score"), altman,
      {{"", QT_TRANSLATE_NOOP("CreditPresentation", "None")},
       {"z", QT_TRANSLATE_NOOP("CreditPresentation", "Z (public manufacturer)")},
       {"z_prime", QT_TRANSLATE_NOOP("CreditPresentation", "Z′ (private firm)")},
       {"z_double_prime",
        QT_TRANSLATE_NOOP("CreditPresentation", "Z″ (non-manufacturer, emerging market)")}}));
  const auto line = [&](const char* name, const char* caption,
                        std::function<bool(const BlockValues&)> visible) {
    f.push_back(field(std::string("altman.") + name, caption, altman, W::Number, kMoney,
                      std::move(visible)));
  };
  line("working_capital", QT_TRANSLATE_NOOP("CreditPresentation", "Working capital"), scored);
  line("retained_earnings", QT_TRANSLATE_NOOP("CreditPresentation", "Retained earnings"), scored);
  line("ebit", QT_TRANSLATE_NOOP("CreditPresentation", "EBIT"), scored);
  line("sales", QT_TRANSLATE_NOOP("CreditPresentation", "Sales"), [](const BlockValues& v) {
    const std::string model = v.choice("altman.model");
    return !model.empty() && model != "z_double_prime";
  });
  line("total_assets", QT_TRANSLATE_NOOP("CreditPresentation", "Total assets"), scored);
  line("total_liabilities", QT_TRANSLATE_NOOP("CreditPresentation", "Total liabilities"), scored);
  line("equity", QT_TRANSLATE_NOOP("CreditPresentation", "Equity (market for Z, else book)"),
       scored);

  f.push_back(field("merton.equity_value",
                    QT_TRANSLATE_NOOP("CreditPresentation", "Market value of equity"), merton,
                    W::Number, kMoney));
  f.push_back(field("merton.equity_volatility",
                    QT_TRANSLATE_NOOP("CreditPresentation", "Equity volatility"), merton, W::Number,
                    kRate));
  f.push_back(field("merton.debt_face_value",
                    QT_TRANSLATE_NOOP("CreditPresentation", "Debt due (face value)"), merton,
                    W::Number, kMoney));
  f.push_back(field("merton.years", QT_TRANSLATE_NOOP("CreditPresentation", "Horizon (years)"),
                    merton, W::Number, QStringLiteral("years")));
  f.push_back(field("merton.risk_free_rate",
                    QT_TRANSLATE_NOOP("CreditPresentation", "Risk-free rate"), merton, W::Number,
                    kRate));

  f.push_back(field("loss.lgd", QT_TRANSLATE_NOOP("CreditPresentation", "Loss given default"), loss,
                    W::Number, kRate));
  f.push_back(field("loss.ead", QT_TRANSLATE_NOOP("CreditPresentation", "Exposure at default"),
                    loss, W::Number, kMoney));
  return f;
}

std::vector<KeyCaption> outputs() {
  return {
      {"altman_score", QT_TRANSLATE_NOOP("CreditPresentation", "Altman score")},
      {"working_capital_to_assets",
       QT_TRANSLATE_NOOP("CreditPresentation", "X1 working capital / assets")},
      {"retained_earnings_to_assets",
       QT_TRANSLATE_NOOP("CreditPresentation", "X2 retained earnings / assets")},
      {"ebit_to_assets", QT_TRANSLATE_NOOP("CreditPresentation", "X3 EBIT / assets")},
      {"equity_to_liabilities", QT_TRANSLATE_NOOP("CreditPresentation", "X4 equity / liabilities")},
      {"sales_to_assets", QT_TRANSLATE_NOOP("CreditPresentation", "X5 sales / assets")},
      {"asset_value", QT_TRANSLATE_NOOP("CreditPresentation", "Asset value")},
      {"asset_volatility", QT_TRANSLATE_NOOP("CreditPresentation", "Asset volatility")},
      {"distance_to_default", QT_TRANSLATE_NOOP("CreditPresentation", "Distance to default")},
      {"default_probability",
       QT_TRANSLATE_NOOP("CreditPresentation", "Probability of default (risk-neutral)")},
      {"debt_value", QT_TRANSLATE_NOOP("CreditPresentation", "Market value of debt")},
      {"credit_spread", QT_TRANSLATE_NOOP("CreditPresentation", "Credit spread")},
      {"exposure_at_default", QT_TRANSLATE_NOOP("CreditPresentation", "Exposure at default")},
      {"expected_loss", QT_TRANSLATE_NOOP("CreditPresentation", "Expected loss")},
  };
}

std::vector<IssuePresentation> issues() {
  return {
      {"nothing_to_analyse",
       QT_TRANSLATE_NOOP("CreditPresentation",
                         "Choose an Altman score and give its statement lines, or give the "
                         "Merton model's inputs: the scenario has neither."),
       {}},
      {"merton.no_solution",
       QT_TRANSLATE_NOOP("CreditPresentation",
                         "Merton's equations have no solution for these inputs: no asset value "
                         "and volatility give this equity value and volatility."),
       {}},
  };
}

ModelPresentation build() {
  ModelPresentation p;
  p.model = "credit";
  p.context = "CreditPresentation";
  p.fields = fields();
  p.outputs = outputs();
  p.issues = issues();
  p.failureReasons = {
      {"no_merton_solution",
       QT_TRANSLATE_NOOP("CreditPresentation", "Not valued: Merton's equations have no solution")},
  };
  p.gridAcross = {"credit.merton.equity_volatility", "credit.altman.ebit"};
  p.gridDown = {"credit.merton.debt_face_value", "credit.altman.total_liabilities"};
  p.goalSeekInput = "credit.merton.debt_face_value";  // the debt at which the PD reaches X
  return p;
}

}  // namespace

const ModelPresentation& creditPresentation() {
  static const ModelPresentation presentation = build();
  return presentation;
}

}  // namespace valor::ui
