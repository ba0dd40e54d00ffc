#pragma once
// The labels of the changes the desktop makes. Each is stored with its mutation as a code and
// parameters (LabelCode), with an English rendering beside it for readers that do not know the
// codes, and is shown in the reader's language wherever it is read: the history and the Edit
// menu. A field is named by its path in the scenario file and shown as its caption, so "Set WACC"
// made in English reads "Kapitalkosten (WACC) festlegen" to a German colleague.
#include <QString>

#include <optional>
#include <string>

#include "core/ops/mutation.h"

namespace valor::ui {

struct ListPresentation;
struct ModelPresentation;

// The changes that need no parameters.
enum class PlainChange {
  Rename,
  CreateScenario,
  DuplicateScenario,
  SampleScenario,
  AddOptionTranche,
  RemoveOptionTranche,
  SetCorrelationRepair,
  SetMonteCarloPaths,
  SetMonteCarloSeed,
  SetMonteCarloOutput,
  SetMonteCarloTarget,
  ClearMonteCarloTarget,
  AddMonteCarloInput,
  RemoveMonteCarloInput,
  AddDiscreteOutcome,
  RemoveDiscreteOutcome,
  AddCorrelation,
  RemoveCorrelation,
  RenameOptionTranche,
  UseGoalSeekResult,
  FillRight,
  SaveSensitivityGrid,
  SaveTornadoSettings,
  UseHistoryAsDrivers,
};

namespace labels {
LabelCode plain(PlainChange change);
// "Import actuals from statements.csv".
LabelCode importActuals(const std::string& fileName);
// "Market data of IBM from Alpha Vantage".
LabelCode marketData(const std::string& symbol);
// "Make 2024 the base year".
LabelCode baseYearFromActuals(int year);
// "Set WACC", "Set EBIT margin 2027": `path` as opPath gives it.
LabelCode setField(const std::string& path);
// An analytics list's column; `title` is its source text in the EntityListModel context.
LabelCode setColumn(const char* title);
LabelCode undo(const LabelCode& step);
LabelCode restoreVersion(const QString& versionLabel);
LabelCode pasteValues(int count);
// A per-year driver at `path` given as `mode` ("constant", "per_year", "staged"): "Make
// Revenue growth constant".
LabelCode driverKind(const std::string& path, const std::string& mode);
// "add_list_member", "remove_list_member" or "move_list_member" of a list of the kind's block:
// "Add debt tranche".
LabelCode listMember(const char* code, const ModelPresentation& presentation,
                     const ListPresentation& list);
}  // namespace labels

// The label in the user's language, or in English (the source texts) for the stored words.
// Nothing when the code is not one this version knows or its parameters do not fit it: the
// stored words are shown then.
std::optional<QString> renderLabel(const LabelCode& label, const ModelPresentation* presentation,
                                   bool translated = true);
// The English words stored beside the code (Mutation::label).
std::string storedWords(const LabelCode& label, const ModelPresentation* presentation);

}  // namespace valor::ui
