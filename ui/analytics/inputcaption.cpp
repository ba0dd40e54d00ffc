#include "ui/analytics/inputcaption.h"

#include <QComboBox>

#include <algorithm>
#include <charconv>
#include <utility>
#include <vector>

#include "core/models/registry.h"

namespace valor::ui {
namespace {

struct Caption {
  const char* field;  // path inside dcf
  const char* text;
};

constexpr Caption kFields[] = {
    {"base.revenue", QT_TRANSLATE_NOOP("InputCaption", "Base-year revenue")},
    {"base.nwc", QT_TRANSLATE_NOOP("InputCaption", "Base-year NWC")},
    {"discount_rate.wacc", QT_TRANSLATE_NOOP("InputCaption", "WACC")},
    {"discount_rate.risk_free_rate", QT_TRANSLATE_NOOP("InputCaption", "Risk-free rate")},
    {"discount_rate.equity_risk_premium", QT_TRANSLATE_NOOP("InputCaption", "Equity risk premium")},
    {"discount_rate.country_risk_premium",
     QT_TRANSLATE_NOOP("InputCaption", "Country risk premium")},
    {"discount_rate.beta", QT_TRANSLATE_NOOP("InputCaption", "Beta")},
    {"discount_rate.debt_beta", QT_TRANSLATE_NOOP("InputCaption", "Debt beta")},
    {"discount_rate.target_debt_to_equity", QT_TRANSLATE_NOOP("InputCaption", "Target D/E")},
    {"discount_rate.pre_tax_cost_of_debt",
     QT_TRANSLATE_NOOP("InputCaption", "Pre-tax cost of debt")},
    {"discount_rate.marginal_tax_rate", QT_TRANSLATE_NOOP("InputCaption", "Marginal tax rate")},
    {"terminal_value.growth", QT_TRANSLATE_NOOP("InputCaption", "Terminal growth")},
    {"terminal_value.multiple", QT_TRANSLATE_NOOP("InputCaption", "Exit multiple")},
    {"equity_bridge.cash", QT_TRANSLATE_NOOP("InputCaption", "Cash")},
    {"equity_bridge.debt", QT_TRANSLATE_NOOP("InputCaption", "Debt")},
    {"equity_bridge.preferred", QT_TRANSLATE_NOOP("InputCaption", "Preferred equity")},
    {"equity_bridge.minority_interest", QT_TRANSLATE_NOOP("InputCaption", "Minority interest")},
    {"equity_bridge.non_operating_assets",
     QT_TRANSLATE_NOOP("InputCaption", "Non-operating assets")},
    {"equity_bridge.basic_shares", QT_TRANSLATE_NOOP("InputCaption", "Basic shares")},
};

constexpr Caption kDrivers[] = {
    {"revenue_growth", QT_TRANSLATE_NOOP("InputCaption", "Revenue growth")},
    {"ebit_margin", QT_TRANSLATE_NOOP("InputCaption", "EBIT margin")},
    {"tax_rate", QT_TRANSLATE_NOOP("InputCaption", "Tax rate")},
    {"da_pct_revenue", QT_TRANSLATE_NOOP("InputCaption", "D&A % of revenue")},
    {"capex_pct_revenue", QT_TRANSLATE_NOOP("InputCaption", "Capex % of revenue")},
    {"nwc_pct_revenue", QT_TRANSLATE_NOOP("InputCaption", "NWC % of revenue")},
    {"sales_to_capital", QT_TRANSLATE_NOOP("InputCaption", "Sales-to-capital")},
};

// Output keys as analysts name them (a model kind's new keys get a caption here).
constexpr Caption kOutputCaptions[] = {
    {"value_per_share", QT_TRANSLATE_NOOP("InputCaption", "Value per share")},
    {"enterprise_value", QT_TRANSLATE_NOOP("InputCaption", "Enterprise value")},
    {"equity_value", QT_TRANSLATE_NOOP("InputCaption", "Equity value")},
    {"pv_terminal", QT_TRANSLATE_NOOP("InputCaption", "PV of terminal value")}};

constexpr Caption kFailureCaptions[] = {
    {"out_of_range", QT_TRANSLATE_NOOP("InputCaption", "Not valued: input out of range")},
    {"growth_not_below_wacc", QT_TRANSLATE_NOOP("InputCaption", "Not valued: growth not below WACC")},
    {"wacc_not_positive", QT_TRANSLATE_NOOP("InputCaption", "Not valued: WACC not positive")},
    {"not_finite", QT_TRANSLATE_NOOP("InputCaption", "Not valued: result not finite")}};

template <std::size_t N>
const char* captionOf(const Caption (&captions)[N], const std::string& key) {
  for (const Caption& c : captions)
    if (key == c.field) return c.text;
  return nullptr;
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

QString InputCaption::of(const std::string& path) {
  const QString raw = QString::fromStdString(path);
  if (!startsWith(path, "dcf.")) return raw;
  const std::string field = path.substr(4);
  for (const Caption& c : kFields)
    if (field == c.field) return tr(c.text);
  for (const Caption& d : kDrivers) {
    const std::string name = std::string(d.field) + ".";
    if (!startsWith(field, name)) continue;
    const std::string part = field.substr(name.size());
    const QString caption = tr(d.text);
    if (part == "value") return caption;
    if (startsWith(part, "values."))
      return tr("%1 %2").arg(caption, QString::fromStdString(part.substr(7)));
    if (part == "stage1") return tr("%1, stage 1").arg(caption);
    if (part == "stage2") return tr("%1, stage 2").arg(caption);
    if (part == "stage3") return tr("%1, stage 3").arg(caption);
  }
  // "equity_bridge.options[N].count" or ".strike"; anything else shows as the path itself.
  const std::string options = "equity_bridge.options[";
  if (startsWith(field, options)) {
    const auto close = field.find(']');
    const char* first = field.data() + options.size();
    const char* last = close == std::string::npos ? first : field.data() + close;
    int index = 0;
    const auto [end, error] = std::from_chars(first, last, index);
    const std::string part = close == std::string::npos ? "" : field.substr(close + 1);
    if (error == std::errc() && end == last && index >= 0 && index < 1000000) {
      if (part == ".count") return tr("Option tranche %1: count").arg(index + 1);
      if (part == ".strike") return tr("Option tranche %1: strike").arg(index + 1);
    }
  }
  return raw;
}

QString InputCaption::output(const std::string& key) {
  const char* caption = captionOf(kOutputCaptions, key);
  return caption ? tr(caption) : QString::fromStdString(key);
}

QString InputCaption::failure(const std::string& reason) {
  const char* caption = captionOf(kFailureCaptions, reason);
  return caption ? tr(caption) : tr("Not valued: %1").arg(QString::fromStdString(reason));
}

QComboBox* outputChoice(QWidget* parent, const ScenarioDocument& doc) {
  auto* box = new QComboBox(parent);
  for (const OutputSpec& output : valuationOutputs(doc))
    box->addItem(QString(), QString::fromStdString(output.key));
  translateOutputChoice(box);
  return box;
}

void translateOutputChoice(QComboBox* box) {
  for (int i = 0; i < box->count(); ++i)
    box->setItemText(i, InputCaption::output(box->itemData(i).toString().toStdString()));
}

OutputIndex chosenOutput(const QComboBox* box) {
  return static_cast<OutputIndex>(std::max(0, box->currentIndex()));
}

void chooseOutput(QComboBox* box, const std::string& key) {
  box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(key))));
}

void fillInputChoices(QComboBox* box, const ScenarioDocument& doc, int fallbackIndex,
                      const QString& noneCaption) {
  const std::vector<std::string> paths = valuationInputPaths(doc);
  // While the scenario cannot be valued (a moment's g ≥ WACC) it offers no inputs: keep the
  // list and the choice it had.
  if (paths.empty() && box->count() > (noneCaption.isEmpty() ? 0 : 1)) return;
  const QVariant current = box->currentData();
  const bool hadChoice = box->currentIndex() >= 0;
  const QSignalBlocker blocker(box);
  box->clear();
  if (!noneCaption.isEmpty()) box->addItem(noneCaption, QString());
  for (const std::string& path : paths) {
    const QString p = QString::fromStdString(path);
    box->addItem(InputCaption::of(path), p);
    box->setItemData(box->count() - 1, p, Qt::ToolTipRole);
  }
  const int index = hadChoice ? box->findData(current) : -1;
  box->setCurrentIndex(index >= 0 ? index : std::min(fallbackIndex, box->count() - 1));
}

std::string chosenPath(const QComboBox* box) {
  return box->currentData().toString().toStdString();
}

}  // namespace valor::ui
