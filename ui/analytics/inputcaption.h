#pragma once
// The name an analyst reads for a model input path: "dcf.revenue_growth.values.2027" is
// "Revenue growth 2027", "dcf.discount_rate.beta" is "Beta". Charts, lists and tables of the
// analytics pages show these; the path stays in the tooltip and in saved settings.
#include <QCoreApplication>
#include <QString>

#include <string>

#include "core/analytics/valuationmodel.h"

class QComboBox;

namespace valor {
class ScenarioDocument;
}

namespace valor::ui {

class InputCaption {
  Q_DECLARE_TR_FUNCTIONS(InputCaption)

 public:
  static QString of(const std::string& path);
  // "Value per share", "Enterprise value", ...
  static QString output(ValuationOutput output);
};

// A chooser of the valuation output, entries in ValuationOutput order; translateOutputChoice()
// names them again after a language change.
QComboBox* outputChoice(QWidget* parent);
void translateOutputChoice(QComboBox* box);
ValuationOutput chosenOutput(const QComboBox* box);

// Fills `box` with the scenario's input paths (captions shown, paths as item data), keeping the
// current choice where possible. `noneCaption`, when given, is a first entry with no path.
void fillInputChoices(QComboBox* box, const ScenarioDocument& doc, int fallbackIndex = 0,
                      const QString& noneCaption = {});
std::string chosenPath(const QComboBox* box);

}  // namespace valor::ui
