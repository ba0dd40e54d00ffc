#pragma once
// How a scenario's money is named on axes and headers: its currency and unit ("USD millions").
#include <QString>

#include <string>

#include "core/model/document.h"

namespace valor::ui {

QString moneyCaption(const QString& currency, const std::string& unit);
QString moneyCaption(const ScenarioDocument& doc);

}  // namespace valor::ui
