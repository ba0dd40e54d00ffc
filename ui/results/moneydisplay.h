#pragma once
// How a scenario's money amounts are shown in results: named by currency and unit ("USD
// millions") and, when the analyst picks a display unit in Preferences, rescaled to it (a model
// entered in units read in millions). Inputs are always typed and shown in the scenario's own
// unit, so what the analyst typed is what the form shows; share counts and per-share values are
// never rescaled.
#include <QString>

#include <string>

#include "core/model/document.h"

namespace valor::ui {

enum class DisplayUnit { AsEntered, Units, Thousands, Millions, Billions };

// The application-wide display unit (a Preferences setting, like negatives in parentheses).
void setDisplayUnit(DisplayUnit unit);
DisplayUnit displayUnit();
// The setting's stored word and back ("as_entered", "thousands", ...); unknown words read as
// AsEntered.
QString displayUnitKey(DisplayUnit unit);
DisplayUnit displayUnitFromKey(const QString& key);

// "USD millions" for a currency and a scenario unit ("units", "thousands", ...).
QString moneyCaption(const QString& currency, const std::string& unit);
// The unit a scenario's inputs are entered in, whatever the display unit.
QString enteredMoneyCaption(const ScenarioDocument& doc);

// One scenario's money as results show it; `caption` names the unit shown. A stored amount is
// multiplied by `up` or divided by `down` (exact powers of ten, one of them 1), so each shown
// figure is the correctly rounded quotient: 1,234 thousands is 1.234 millions,
// not 1.2340000000000002.
struct MoneyDisplay {
  double up = 1;
  double down = 1;
  QString caption;
  double operator()(double stored) const { return stored * up / down; }
  // A value in an output's unit ("money", "rate", ...): only money is rescaled.
  double inUnit(double stored, const std::string& unit) const {
    return unit == "money" ? (*this)(stored) : stored;
  }
  bool rescales() const { return up != 1 || down != 1; }
};

// With the current display unit: a scenario with `currency` and `unit`, or a document's.
MoneyDisplay moneyDisplay(const QString& currency, const std::string& unit);
MoneyDisplay moneyDisplay(const ScenarioDocument& doc);

}  // namespace valor::ui
