#include "ui/models/issuetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <charconv>
#include <cmath>

#include "ui/editors/numberformat.h"
#include "ui/models/presentation.h"
#include "ui/models/viewregistry.h"

namespace valor::ui {
namespace {

std::string param(const Issue& issue, const std::string& name) {
  for (const auto& [key, value] : issue.params)
    if (key == name) return value;
  return {};
}

// The presentation of the kind the issue's path belongs to ("dcf.…" → the DCF's).
const ModelPresentation* presentationOfPath(const std::string& path) {
  const auto end = path.find_first_of(".[");
  const ScenarioViewKind* kind = findScenarioViewKind(path.substr(0, end));
  return kind ? kind->presentation : nullptr;
}

// The unit the field at `path` is shown in, for its numbers: "rate" shows as a percentage.
QString unitOf(const std::string& path) {
  const ModelPresentation* p = presentationOfPath(path);
  // The kind's block itself ("dcf", where whole-model warnings sit) has no unit.
  if (!p || path.size() <= p->model.size()) return {};
  const std::string inner = path.substr(p->model.size() + 1);
  for (const FieldPresentation& f : p->fields)
    if (inner == f.field || (f.perYearDriver && inner.rfind(f.field + ".", 0) == 0)) return f.unit;
  return {};
}

// How many decimals of a percentage a message shows: the schema's range rules all a typed value
// may hold (never "between 0 % and 30 %, not 30 %" for 30.001 %); a kind's own rules, which
// mostly quote computed rates, as the core's English messages do (formatPercent: 80.95 %).
constexpr int kTypedDecimals = 4;
constexpr int kComputedDecimals = 2;

// A number parameter (written locale-free by the core) in the user's locale and the unit.
QString number(const std::string& text, const QString& unit, int decimals = kTypedDecimals) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return QString::fromStdString(text);
  // Years and counts read best without a group separator ("2027", not "2,027").
  if (unit.isEmpty() && value == std::floor(value) && std::fabs(value) < 1e6)
    return QString::number(static_cast<qint64>(value));
  return formatFieldValue(value, unit, QLocale(), decimals);
}

}  // namespace

QString issueText(const Issue& issue) {
  const QString unit = unitOf(issue.path);
  const std::string& rule = issue.rule;
  if (rule == "required") return QCoreApplication::translate("IssueText", "Required.");
  if (rule == "not_finite")
    return QCoreApplication::translate("IssueText", "Must be a finite number.");
  if (rule == "not_whole")
    return QCoreApplication::translate("IssueText", "Must be a whole number, not %1.")
        .arg(number(param(issue, "value"), {}));
  if (rule == "out_of_range") {
    const std::string min = param(issue, "min"), max = param(issue, "max");
    const std::string value = param(issue, "value");
    // At a bound the bound itself is excluded (a tax rate of 100 %): say which side is open.
    if (value == max)
      return QCoreApplication::translate("IssueText", "Must be below %1.").arg(number(max, unit));
    if (value == min)
      return QCoreApplication::translate("IssueText", "Must be above %1.").arg(number(min, unit));
    return QCoreApplication::translate("IssueText", "Must be between %1 and %2, not %3.")
        .arg(number(min, unit), number(max, unit), number(value, unit));
  }
  if (rule == "not_a_choice")
    return QCoreApplication::translate("IssueText", "“%1” is not one of the choices.")
        .arg(QString::fromStdString(param(issue, "value")));
  if (rule == "bad_date")
    return QCoreApplication::translate("IssueText",
                                       "Must be a real date written YYYY-MM-DD, not “%1”.")
        .arg(QString::fromStdString(param(issue, "value")));
  if (rule == "bad_month_day")
    return QCoreApplication::translate("IssueText",
                                       "Must be a month and day written MM-DD, not “%1”.")
        .arg(QString::fromStdString(param(issue, "value")));
  // Rules of the per-year drivers every kind reads alike (core/models/blockreader.h).
  if (rule == "missing_year")
    return QCoreApplication::translate("IssueText", "No value for %1.")
        .arg(QString::fromStdString(param(issue, "year")));
  if (rule == "year_outside_projection")
    return QCoreApplication::translate("IssueText",
                                       "%1 lies outside the projection and is not used.")
        .arg(QString::fromStdString(param(issue, "year")));
  if (rule == "unused_with_linear_fade")
    return QCoreApplication::translate("IssueText",
                                       "Not used with a linear fade (stage 2 moves from stage 1 "
                                       "to stage 3); set the fade to step to use it.");
  if (const ModelPresentation* p = presentationOfPath(issue.path))
    for (const IssuePresentation& text : p->issues) {
      if (text.rule != rule) continue;
      QString out = p->tr(text.text);
      for (const auto& [name, paramUnit] : text.params)
        out = out.arg(number(param(issue, name), paramUnit, kComputedDecimals));
      return out;
    }
  return QString::fromStdString(issue.message);
}

QString errorText(const Error& error, const ScenarioDocument& doc) {
  if (error.issues.empty()) return QString::fromStdString(error.message);
  const Issue& first = error.issues.front();
  const ModelPresentation* presentation = presentationOf(doc);
  const QString caption = (presentation ? presentation->captionOfPath(first.path) : std::nullopt)
                              .value_or(QString::fromStdString(first.path));
  QString text = QCoreApplication::translate("IssueText", "%1: %2").arg(caption, issueText(first));
  if (error.issues.size() <= 1) return text;
  const int others = static_cast<int>(error.issues.size()) - 1;
  //: After the first problem of a change: how many others there are.
  const QString more = QCoreApplication::translate("IssueText", "(and %n more)", nullptr, others);
  return text + QLatin1Char(' ') + more;
}

}  // namespace valor::ui
