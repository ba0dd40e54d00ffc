#pragma once
// The name an analyst reads for a model input path: a driver's year is "Revenue growth 2027", a
// plain field its caption ("Beta") — from the kind's presentation table (ui/models/presentation.h).
// Charts, lists and tables of the analytics pages show these; the path stays in the tooltip and in
// saved settings.
#include <QCoreApplication>
#include <QString>

#include <string>

#include "core/models/valuationmodel.h"

class QComboBox;

namespace valor {
class ScenarioDocument;
}

namespace valor::ui {

class InputCaption {
  Q_DECLARE_TR_FUNCTIONS(InputCaption)

 public:
  static QString of(const std::string& path);
  // An output of the scenario's kind by its key: "Value per share" for "value_per_share"; an
  // unknown key as it is.
  static QString output(const ScenarioDocument& doc, const std::string& key);
  // Why a path was not valued, by the reason's key ("growth_not_below_wacc").
  static QString failure(const ScenarioDocument& doc, const std::string& reason);
};

// A chooser of the analytics outputs of the scenario's model kind, in the kind's order (keys as
// item data); translateOutputChoice() names them again after a language change.
QComboBox* outputChoice(QWidget* parent, const ScenarioDocument& doc);
void translateOutputChoice(QComboBox* box, const ScenarioDocument& doc);
OutputIndex chosenOutput(const QComboBox* box);
// Selects the output with this key (the first when there is none).
void chooseOutput(QComboBox* box, const std::string& key);

// Fills `box` with the scenario's input paths (captions shown, paths as item data), keeping the
// current choice where possible. `noneCaption`, when given, is a first entry with no path.
// `whatIf` offers first the inputs that override a derived value (a WACC over a built-up one),
// for choosers that move one input at a time.
void fillInputChoices(QComboBox* box, const ScenarioDocument& doc, int fallbackIndex = 0,
                      const QString& noneCaption = {}, bool whatIf = false);
std::string chosenPath(const QComboBox* box);

}  // namespace valor::ui
