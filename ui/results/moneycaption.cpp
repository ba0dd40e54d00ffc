#include "ui/results/moneycaption.h"

#include <QCoreApplication>

namespace valor::ui {

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

QString moneyCaption(const ScenarioDocument& doc) {
  const std::string* currency = doc.root().text("currency");
  const std::string* unit = doc.root().text("unit");
  return moneyCaption(QString::fromStdString(currency ? *currency : std::string("USD")),
                      unit ? *unit : std::string("millions"));
}

}  // namespace valor::ui
