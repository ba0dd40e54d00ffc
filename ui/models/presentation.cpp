#include "ui/models/presentation.h"

#include "ui/editors/numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>

#include "core/model/schema.h"
#include "ui/models/viewregistry.h"

namespace valor::ui {
namespace {

bool startsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The scenario's marks (core/model/scenariomarks.h): edited in their own places (the notes tab,
// the Tags dialog, Delete), not in the form, but named in the history and conflicts.
constexpr std::pair<std::string_view, const char*> kMarkCaptions[] = {
    {"note", QT_TRANSLATE_NOOP("Presentation", "Note")},
    {"tags", QT_TRANSLATE_NOOP("Presentation", "Tags")},
    {"status", QT_TRANSLATE_NOOP("Presentation", "Status")},
    {"version", QT_TRANSLATE_NOOP("Presentation", "Last version saved")},
};

// A per-year driver's fields besides its values (schema addDriver), "%1" its caption.
constexpr std::pair<std::string_view, const char*> kDriverParts[] = {
    {"values", QT_TRANSLATE_NOOP("Presentation", "%1 by year")},
    {"mode", QT_TRANSLATE_NOOP("Presentation", "%1, how it is given")},
    {"stage1", QT_TRANSLATE_NOOP("Presentation", "%1, stage 1")},
    {"stage1_years", QT_TRANSLATE_NOOP("Presentation", "%1, years in stage 1")},
    {"stage2", QT_TRANSLATE_NOOP("Presentation", "%1, stage 2")},
    {"stage2_years", QT_TRANSLATE_NOOP("Presentation", "%1, years in stage 2")},
    {"stage3", QT_TRANSLATE_NOOP("Presentation", "%1, stage 3")},
    {"fade", QT_TRANSLATE_NOOP("Presentation", "%1, fade")},
};

// The historical actuals' lines (core/model/actualsschema.h), the same in every kind.
constexpr std::pair<std::string_view, const char*> kActualsLines[] = {
    {"revenue", QT_TRANSLATE_NOOP("Presentation", "Revenue")},
    {"ebitda", QT_TRANSLATE_NOOP("Presentation", "EBITDA")},
    {"ebit", QT_TRANSLATE_NOOP("Presentation", "EBIT")},
    {"depreciation", QT_TRANSLATE_NOOP("Presentation", "D&A")},
    {"capex", QT_TRANSLATE_NOOP("Presentation", "Capex")},
    {"nwc", QT_TRANSLATE_NOOP("Presentation", "Net working capital")},
    {"taxes", QT_TRANSLATE_NOOP("Presentation", "Income taxes")},
    {"net_income", QT_TRANSLATE_NOOP("Presentation", "Net income")},
    {"equity", QT_TRANSLATE_NOOP("Presentation", "Shareholders' equity")},
    {"debt", QT_TRANSLATE_NOOP("Presentation", "Debt")},
    {"cash", QT_TRANSLATE_NOOP("Presentation", "Cash")},
    {"shares", QT_TRANSLATE_NOOP("Presentation", "Shares outstanding")},
    {"working_capital", QT_TRANSLATE_NOOP("Presentation", "Working capital")},
    {"retained_earnings", QT_TRANSLATE_NOOP("Presentation", "Retained earnings")},
    {"total_assets", QT_TRANSLATE_NOOP("Presentation", "Total assets")},
    {"total_liabilities", QT_TRANSLATE_NOOP("Presentation", "Total liabilities")},
};

}  // namespace

QString actualsLineCaption(std::string_view line) {
  for (const auto& [key, caption] : kActualsLines)
    if (key == line) return QCoreApplication::translate("Presentation", caption);
  return QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
}

namespace {

// "actuals" (the block), "actuals.<line>.values[.<year>]" and "actuals.<line>.source".
std::optional<QString> actualsCaption(const std::string& path, bool translated) {
  auto shared = [&](const char* text) {
    return translated ? QCoreApplication::translate("Presentation", text) : QString::fromUtf8(text);
  };
  if (path == "actuals") return shared(QT_TRANSLATE_NOOP("Presentation", "Historical actuals"));
  if (!startsWith(path, "actuals.")) return std::nullopt;
  const std::string inner = path.substr(8);
  for (const auto& [line, caption] : kActualsLines) {
    if (!startsWith(inner, std::string(line) + ".")) continue;
    const std::string part = inner.substr(line.size() + 1);
    //: An actual figure of a past year: "Revenue, actual 2024".
    if (startsWith(part, "values."))
      return shared(QT_TRANSLATE_NOOP("Presentation", "%1, actual %2"))
          .arg(shared(caption), QString::fromStdString(part.substr(7)));
    if (part == "values")
      return shared(QT_TRANSLATE_NOOP("Presentation", "%1, actuals")).arg(shared(caption));
    if (part == "source")
      return shared(QT_TRANSLATE_NOOP("Presentation", "%1, source of the actuals"))
          .arg(shared(caption));
  }
  return std::nullopt;
}

// The values of a driver's mode and fade (schema addDriver).
constexpr std::pair<std::string_view, const char*> kDriverChoices[] = {
    {"constant", QT_TRANSLATE_NOOP("Presentation", "constant")},
    {"per_year", QT_TRANSLATE_NOOP("Presentation", "per year")},
    {"staged", QT_TRANSLATE_NOOP("Presentation", "in stages")},
    {"linear", QT_TRANSLATE_NOOP("Presentation", "linear")},
    {"step", QT_TRANSLATE_NOOP("Presentation", "step")},
};

template <typename List>
const char* captionOfKey(const List& list, const std::string& key) {
  for (const KeyCaption& k : list)
    if (k.key == key) return k.caption;
  return nullptr;
}

}  // namespace

std::string BlockValues::choice(const std::string& field) const {
  const EntitySchema* schema = entitySchema(type_);
  const FieldSpec* spec = schema ? schema->field(field) : nullptr;
  const Value* v = spec ? fieldOrDefault(block_, *spec) : block_.field(field);
  const std::string* s = v ? std::get_if<std::string>(v) : nullptr;
  return s ? *s : std::string();
}

QString ModelPresentation::tr(const char* text) const {
  return QCoreApplication::translate(context, text);
}

const FieldPresentation* ModelPresentation::field(std::string_view name) const {
  for (const FieldPresentation& f : fields)
    if (f.field == name) return &f;
  return nullptr;
}

std::optional<QString> ModelPresentation::captionOfPath(const std::string& path,
                                                        bool translated) const {
  auto own = [&](const char* text) { return translated ? tr(text) : QString::fromUtf8(text); };
  auto shared = [&](const char* text) {
    return translated ? QCoreApplication::translate("Presentation", text) : QString::fromUtf8(text);
  };
  for (const FieldPresentation& f : scenarioFields())
    if (f.field == path) return shared(f.caption);
  for (const auto& [name, caption] : kMarkCaptions)
    if (path == name) return shared(caption);
  if (auto caption = actualsCaption(path, translated)) return caption;
  const std::string prefix = model + ".";
  if (!startsWith(path, prefix)) return std::nullopt;
  const std::string inner = path.substr(prefix.size());
  if (const FieldPresentation* f = field(inner)) return own(f->caption);
  for (const FieldPresentation& f : fields) {
    if (!f.perYearDriver || !startsWith(inner, f.field + ".")) continue;
    const std::string part = inner.substr(f.field.size() + 1);
    const QString caption = own(f.caption);
    if (part == "value") return caption;
    if (startsWith(part, "values."))
      return shared(QT_TRANSLATE_NOOP("Presentation", "%1 %2"))
          .arg(caption, QString::fromStdString(part.substr(7)));
    // A plain per-year field's year ("lbo.dividends.2028").
    if (!part.empty() &&
        std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return shared(QT_TRANSLATE_NOOP("Presentation", "%1 %2"))
          .arg(caption, QString::fromStdString(part));
    for (const auto& [name, text] : kDriverParts)
      if (part == name) return shared(text).arg(caption);
  }
  for (const ListPresentation& list : lists) {
    // "<slot>[N]" (the member) or "<slot>[N].<field>"
    if (!startsWith(inner, list.slot + "[")) continue;
    const auto close = inner.find(']', list.slot.size());
    if (close == std::string::npos) continue;
    int index = 0;
    const char* first = inner.data() + list.slot.size() + 1;
    const char* last = inner.data() + close;
    const auto [end, error] = std::from_chars(first, last, index);
    if (error != std::errc() || end != last || index < 0) continue;
    if (close + 1 == inner.size()) return own(list.itemCaption).arg(index + 1);
    if (inner.compare(close, 2, "].") != 0) continue;
    const std::string member = inner.substr(close + 2);
    for (const FieldPresentation& f : list.fields)
      if (f.field == member)
        return shared(QT_TRANSLATE_NOOP("Presentation", "%1: %2"))
            .arg(own(list.itemCaption).arg(index + 1), own(f.caption));
  }
  return std::nullopt;
}

QString ModelPresentation::outputCaption(const std::string& key) const {
  const char* caption = captionOfKey(outputs, key);
  return caption ? tr(caption) : QString::fromStdString(key);
}

std::optional<QString> ModelPresentation::choiceCaption(const std::string& path,
                                                        const std::string& value) const {
  const FieldPresentation* f = nullptr;
  bool shared = false;
  for (const FieldPresentation& own : scenarioFields())
    if (own.field == path) f = &own, shared = true;
  const std::string inner =
      startsWith(path, model + ".") ? path.substr(model.size() + 1) : std::string();
  if (!f && !inner.empty()) f = field(inner);
  // The kind's own words for the choice first ("Base year and growth"), then a driver's.
  if (f)
    for (const ChoicePresentation& choice : f->choices)
      if (choice.value == value)
        return shared ? QCoreApplication::translate("Presentation", choice.caption)
                      : tr(choice.caption);
  for (const FieldPresentation& d : fields)
    if (d.perYearDriver && (inner == d.field + ".mode" || inner == d.field + ".fade"))
      return driverChoiceCaption(value);
  return std::nullopt;
}

QString ModelPresentation::displayValue(const std::string& path, const Value& value,
                                        const std::string& unit) const {
  if (const auto* d = std::get_if<double>(&value))
    return unit == "year" ? QString::number(*d, 'f', 0)
                          : formatFieldValue(*d, QString::fromStdString(unit));
  if (const auto* s = std::get_if<std::string>(&value)) {
    if (auto caption = choiceCaption(path, *s)) return *caption;
    return QString::fromStdString(*s);
  }
  if (const auto* b = std::get_if<bool>(&value))
    return *b ? QCoreApplication::translate("Presentation", "yes")
              : QCoreApplication::translate("Presentation", "no");
  return {};
}

QString ModelPresentation::columnCaption(const std::string& key) const {
  const char* caption = captionOfKey(columns, key);
  return caption ? tr(caption) : QString::fromStdString(key);
}

QString ModelPresentation::tableCaption(const std::string& key) const {
  const char* caption = captionOfKey(tables, key);
  return caption ? tr(caption) : QString::fromStdString(key);
}

std::optional<QString> ModelPresentation::failureCaption(const std::string& reason) const {
  const char* caption = captionOfKey(failureReasons, reason);
  return caption ? std::optional<QString>(tr(caption)) : std::nullopt;
}

std::optional<QString> driverChoiceCaption(std::string_view value) {
  for (const auto& [name, text] : kDriverChoices)
    if (value == name) return QCoreApplication::translate("Presentation", text);
  return std::nullopt;
}

const std::vector<FieldPresentation>& scenarioFields() {
  auto field = [](const char* name, const char* caption, FieldWidget widget,
                  std::vector<ChoicePresentation> choices = {}) {
    FieldPresentation f;
    f.field = name;
    f.caption = caption;
    f.widget = widget;
    f.choices = std::move(choices);
    return f;
  };
  static const std::vector<FieldPresentation> fields = {
      field("name", QT_TRANSLATE_NOOP("Presentation", "Name"), FieldWidget::Text),
      field("currency", QT_TRANSLATE_NOOP("Presentation", "Currency"), FieldWidget::Text),
      field("unit", QT_TRANSLATE_NOOP("Presentation", "Unit"), FieldWidget::Choice,
            {{"units", QT_TRANSLATE_NOOP("Presentation", "units")},
             {"thousands", QT_TRANSLATE_NOOP("Presentation", "thousands")},
             {"millions", QT_TRANSLATE_NOOP("Presentation", "millions")},
             {"billions", QT_TRANSLATE_NOOP("Presentation", "billions")}}),
  };
  return fields;
}

const ModelPresentation* presentationOf(const ScenarioDocument& doc) {
  if (doc.entities.empty()) return nullptr;
  const std::string* model = doc.root().text("model");
  const ScenarioViewKind* kind = model ? findScenarioViewKind(*model) : nullptr;
  return kind ? kind->presentation : nullptr;
}

namespace present {

FieldPresentation field(std::string name, const char* caption, const char* group,
                        FieldWidget widget, QString unit,
                        std::function<bool(const BlockValues&)> visible) {
  FieldPresentation f;
  f.field = std::move(name);
  f.caption = caption;
  f.group = group;
  f.widget = widget;
  f.unit = std::move(unit);
  f.visible = std::move(visible);
  return f;
}

FieldPresentation choice(std::string name, const char* caption, const char* group,
                         std::vector<ChoicePresentation> choices,
                         std::function<bool(const BlockValues&)> visible) {
  FieldPresentation f =
      field(std::move(name), caption, group, FieldWidget::Choice, {}, std::move(visible));
  f.choices = std::move(choices);
  return f;
}

FieldPresentation driver(std::string name, const char* caption, QString unit,
                         std::function<bool(const BlockValues&)> visible) {
  FieldPresentation f = field(std::move(name), caption, nullptr, FieldWidget::Number,
                              std::move(unit), std::move(visible));
  f.perYearDriver = true;
  return f;
}

}  // namespace present

}  // namespace valor::ui
