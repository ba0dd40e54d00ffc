#pragma once
// How a model kind's fields and results read to an analyst: one table per kind with each field's
// caption, group, widget, unit and visibility rule, and the captions of its outputs, per-year
// columns, list members and unvalued-path reasons. The form, the per-year grid, the analytics
// choosers and charts, and the generic results panel all read this one table, so a caption is
// written (and translated) once.
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/document.h"

namespace valor::ui {

enum class FieldWidget { Number, Integer, Text, Date, Choice };

struct ChoicePresentation {
  std::string value;  // empty: the field left out (an optional choice's "None")
  const char* caption;
};

// What a visibility rule may ask of the kind's block: a field's value, its default applied.
class BlockValues {
 public:
  BlockValues(const Entity& block, std::string type) : block_(block), type_(std::move(type)) {}
  std::string choice(const std::string& field) const;
  bool has(const std::string& field) const { return block_.field(field) != nullptr; }

 private:
  const Entity& block_;
  std::string type_;
};

struct FieldPresentation {
  std::string field;  // inside the kind's block: "discount_rate.wacc"
  const char* caption = nullptr;
  const char* group = nullptr;  // the form group; nullptr: not on the form (a per-year driver)
  FieldWidget widget = FieldWidget::Number;
  QString unit;  // "rate" shows as a percentage; "money", "ratio", ... or empty
  std::vector<ChoicePresentation> choices;
  std::function<bool(const BlockValues&)> visible;  // empty: always shown
  // A per-year driver (schema addDriver: mode, value, values, stages): a row of the per-year
  // grid, whose values come from the evaluation's "drivers" table.
  bool perYearDriver = false;
};

// A list of entities in the block (e.g. option tranches): "Option tranche %1" and its fields,
// shown as a table under a form group (ui/models/listmembers.h).
struct ListPresentation {
  std::string slot;         // "equity_bridge.options"
  const char* itemCaption;  // with %1 for the 1-based position; also a new member's label
  std::vector<FieldPresentation> fields;  // the table's columns, in order
  const char* memberCaption = nullptr;    // "option tranche", as in "Add option tranche"
  const char* group = nullptr;            // the form group the table sits under
  const char* title = nullptr;            // the sentence above the table
  std::vector<std::pair<std::string, Value>> newMember;  // an added member's fields
  bool ordered = false;  // the order means something (seniority): offer Move up / down
  // The field an added member's caption ("Tranche 3") goes into; empty: none.
  std::string captionField = "label";
};

// A kind's own validation rule in words: `text` has %1, %2, ... for `params` in order, each a
// number parameter of the issue shown in its unit ("rate" as a percentage).
struct IssuePresentation {
  std::string rule;
  const char* text;
  std::vector<std::pair<std::string, QString>> params;
};

struct KeyCaption {
  std::string key;
  const char* caption;
};

struct ModelPresentation {
  std::string model;                      // the kind's id, also its block's name
  const char* context;                    // translation context of every caption here
  std::vector<FieldPresentation> fields;  // in form order
  std::vector<ListPresentation> lists;
  std::vector<KeyCaption> outputs;         // named outputs and analytics outputs
  std::vector<KeyCaption> tables;          // named tables
  std::vector<KeyCaption> columns;         // columns of named tables
  std::vector<KeyCaption> failureReasons;  // the kind's own unvalued-path reasons
  std::vector<IssuePresentation> issues;   // the kind's own validation rules
  // Pairs of form groups shown side by side when the form is wide enough for both (the
  // acquirer beside the target), one above the other otherwise.
  std::vector<std::pair<const char*, const char*>> sideBySide;
  // The form's groups in this order, those not named after them; empty: in the fields' order.
  // A list's group needs no field of its own.
  std::vector<const char*> groupOrder;
  // The inputs a new sensitivity grid starts from, across and down: the first of each list
  // that the scenario offers (paths in the scenario file).
  std::vector<std::string> gridAcross;
  std::vector<std::string> gridDown;
  std::string goalSeekInput;  // the input goal seek offers first

  QString tr(const char* text) const;
  const FieldPresentation* field(std::string_view name) const;
  // The caption of a path in the scenario file ("dcf.revenue_growth.values.2027" is "Revenue
  // growth 2027", "dcf.equity_bridge.options[0].strike" "Option tranche 1: strike",
  // "dcf.equity_bridge.options[0]" "Option tranche 1"); nothing
  // when the path is not one of this kind's or the scenario's own. In English (the source
  // texts) when not `translated`.
  std::optional<QString> captionOfPath(const std::string& path, bool translated = true) const;
  // The caption of a choice field's value at `path` ("dcf.reinvestment" = "sales_to_capital"
  // is "Sales-to-capital ratio"); nothing when the path is not a choice this kind shows.
  std::optional<QString> choiceCaption(const std::string& path, const std::string& value) const;
  // An input's value as the editor would show it: a rate as a percentage, a year without a
  // thousands separator, a choice by its caption, a flag as yes or no.
  QString displayValue(const std::string& path, const Value& value, const std::string& unit) const;
  QString outputCaption(const std::string& key) const;  // the key itself when unknown
  QString columnCaption(const std::string& key) const;
  QString tableCaption(const std::string& key) const;
  std::optional<QString> failureCaption(const std::string& reason) const;
};

// Small constructors for presentation tables, so each field is one readable line.
namespace present {
FieldPresentation field(std::string name, const char* caption, const char* group,
                        FieldWidget widget, QString unit = {},
                        std::function<bool(const BlockValues&)> visible = {});
FieldPresentation choice(std::string name, const char* caption, const char* group,
                         std::vector<ChoicePresentation> choices,
                         std::function<bool(const BlockValues&)> visible = {});
// A per-year driver: a row of the per-year grid, not on the form.
FieldPresentation driver(std::string name, const char* caption, QString unit,
                         std::function<bool(const BlockValues&)> visible = {});
}  // namespace present

// The scenario's own fields, above any kind (name, currency, unit); captions in the
// "Presentation" translation context.
const std::vector<FieldPresentation>& scenarioFields();

// A per-year driver's mode or fade in words ("per_year" is "per year"); nothing when unknown.
std::optional<QString> driverChoiceCaption(std::string_view value);

// A historical actuals line's caption, translated ("Revenue"); the key itself when unknown.
QString actualsLineCaption(std::string_view line);

// The presentation of the scenario's kind, or nullptr.
const ModelPresentation* presentationOf(const ScenarioDocument& doc);

}  // namespace valor::ui
