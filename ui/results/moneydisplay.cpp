#include "ui/results/moneydisplay.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <utility>

#include "core/common/moneyunit.h"

namespace valor::ui {
namespace {

DisplayUnit currentUnit = DisplayUnit::AsEntered;

struct UnitWord {
  DisplayUnit unit;
  const char* key;  // the setting's word, and the scenario file's "unit" word
};
constexpr std::array<UnitWord, 4> kUnits = {{
    {DisplayUnit::Units, "units"},
    {DisplayUnit::Thousands, "thousands"},
    {DisplayUnit::Millions, "millions"},
    {DisplayUnit::Billions, "billions"},
}};

}  // namespace

void setDisplayUnit(DisplayUnit unit) {
  currentUnit = unit;
}

DisplayUnit displayUnit() {
  return currentUnit;
}

QString displayUnitKey(DisplayUnit unit) {
  for (const UnitWord& w : kUnits)
    if (w.unit == unit) return QString::fromLatin1(w.key);
  return QStringLiteral("as_entered");
}

DisplayUnit displayUnitFromKey(const QString& key) {
  for (const UnitWord& w : kUnits)
    if (key == QLatin1String(w.key)) return w.unit;
  return DisplayUnit::AsEntered;
}

QString moneyCaption(const QString& currency, const std::string& unit) {
  if (unit == "units" || unit.empty()) return currency;
  //: %1 is a currency code, e.g. "USD thousands".
  if (unit == "thousands")
    return QCoreApplication::translate("MoneyCaption", "%1 thousands").arg(currency);
  //: %1 is a currency code, e.g. "USD millions".
  if (unit == "millions")
    return QCoreApplication::translate("MoneyCaption", "%1 millions").arg(currency);
  //: %1 is a currency code, e.g. "USD billions".
  if (unit == "billions")
    return QCoreApplication::translate("MoneyCaption", "%1 billions").arg(currency);
  return currency + QLatin1Char(' ') + QString::fromStdString(unit);
}

MoneyDisplay moneyDisplay(const QString& currency, const std::string& unit) {
  const std::optional<double> stored = moneyUnitSize(unit);
  // A unit the scenario does not name in words (or AsEntered) is shown as entered.
  if (currentUnit == DisplayUnit::AsEntered || !stored) return {1, 1, moneyCaption(currency, unit)};
  const std::string shown = displayUnitKey(currentUnit).toStdString();
  const double target = *moneyUnitSize(shown);
  // Powers of ten up to 1e9: each ratio below is an exact integer.
  if (*stored >= target) return {*stored / target, 1, moneyCaption(currency, shown)};
  return {1, target / *stored, moneyCaption(currency, shown)};
}

namespace {

// The scenario's currency and unit, or the schema's defaults.
std::pair<QString, std::string> currencyAndUnit(const ScenarioDocument& doc) {
  const std::string* currency = doc.root().text("currency");
  const std::string* unit = doc.root().text("unit");
  return {QString::fromStdString(currency ? *currency : std::string("USD")),
          unit ? *unit : std::string("millions")};
}

}  // namespace

QString enteredMoneyCaption(const ScenarioDocument& doc) {
  const auto [currency, unit] = currencyAndUnit(doc);
  return moneyCaption(currency, unit);
}

MoneyDisplay moneyDisplay(const ScenarioDocument& doc) {
  const auto [currency, unit] = currencyAndUnit(doc);
  return moneyDisplay(currency, unit);
}

}  // namespace valor::ui
