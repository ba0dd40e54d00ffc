#include "ui/models/changelabel.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

#include "ui/models/presentation.h"

namespace valor::ui {
namespace {

struct Template {
  const char* code;
  const char* text;
};

// In PlainChange's order.
constexpr std::array kPlain = {
    Template{"rename", QT_TRANSLATE_NOOP("ChangeLabel", "Rename")},
    Template{"create_scenario", QT_TRANSLATE_NOOP("ChangeLabel", "Create scenario")},
    Template{"duplicate_scenario", QT_TRANSLATE_NOOP("ChangeLabel", "Duplicate")},
    Template{"sample_scenario", QT_TRANSLATE_NOOP("ChangeLabel", "Sample scenario")},
    Template{"add_option_tranche", QT_TRANSLATE_NOOP("ChangeLabel", "Add option tranche")},
    Template{"remove_option_tranche", QT_TRANSLATE_NOOP("ChangeLabel", "Remove option tranche")},
    Template{"set_correlation_repair", QT_TRANSLATE_NOOP("ChangeLabel", "Set correlation repair")},
    Template{"set_mc_paths", QT_TRANSLATE_NOOP("ChangeLabel", "Set Monte Carlo paths")},
    Template{"set_mc_seed", QT_TRANSLATE_NOOP("ChangeLabel", "Set Monte Carlo seed")},
    Template{"set_mc_output", QT_TRANSLATE_NOOP("ChangeLabel", "Set Monte Carlo output")},
    Template{"set_mc_target", QT_TRANSLATE_NOOP("ChangeLabel", "Set Monte Carlo target")},
    Template{"clear_mc_target", QT_TRANSLATE_NOOP("ChangeLabel", "Clear Monte Carlo target")},
    Template{"add_mc_input", QT_TRANSLATE_NOOP("ChangeLabel", "Add Monte Carlo input")},
    Template{"remove_mc_input", QT_TRANSLATE_NOOP("ChangeLabel", "Remove Monte Carlo input")},
    Template{"add_discrete_outcome", QT_TRANSLATE_NOOP("ChangeLabel", "Add discrete outcome")},
    Template{"remove_discrete_outcome",
             QT_TRANSLATE_NOOP("ChangeLabel", "Remove discrete outcome")},
    Template{"add_correlation", QT_TRANSLATE_NOOP("ChangeLabel", "Add correlation")},
    Template{"remove_correlation", QT_TRANSLATE_NOOP("ChangeLabel", "Remove correlation")},
    Template{"rename_option_tranche", QT_TRANSLATE_NOOP("ChangeLabel", "Rename option tranche")},
    Template{"use_goal_seek_result", QT_TRANSLATE_NOOP("ChangeLabel", "Use goal-seek result")},
    Template{"fill_right", QT_TRANSLATE_NOOP("ChangeLabel", "Fill right")},
    Template{"save_sensitivity_grid",
             QT_TRANSLATE_NOOP("ChangeLabel", "Save sensitivity grid settings")},
    Template{"save_tornado_settings", QT_TRANSLATE_NOOP("ChangeLabel", "Save tornado settings")},
    Template{"use_history_as_drivers", QT_TRANSLATE_NOOP("ChangeLabel", "Use history as drivers")},
    // Written by the core (workspace import and restore; the sync client).
    Template{"import", QT_TRANSLATE_NOOP("ChangeLabel", "Import")},
    Template{"sync_server", QT_TRANSLATE_NOOP("ChangeLabel", "Synced with the server")},
    Template{"sync_opened", QT_TRANSLATE_NOOP("ChangeLabel", "Opened from the server")},
    Template{"sync_local_changes", QT_TRANSLATE_NOOP("ChangeLabel", "Changes made before sharing")},
    // The scenario's marks (core/model/scenariomarks.h), changed by the workspace and the desktop.
    Template{"edit_note", QT_TRANSLATE_NOOP("ChangeLabel", "Edit note")},
    Template{"set_tags", QT_TRANSLATE_NOOP("ChangeLabel", "Set tags")},
    Template{"delete_scenario", QT_TRANSLATE_NOOP("ChangeLabel", "Delete scenario")},
    Template{"undelete_scenario", QT_TRANSLATE_NOOP("ChangeLabel", "Bring back deleted scenario")},
    Template{"marks_into_history",
             QT_TRANSLATE_NOOP("ChangeLabel",
                               "Note, tags and deletion kept in the history from now on")},
};
// The codes after UseHistoryAsDrivers are written elsewhere than the desktop's editors.
static_assert(static_cast<std::size_t>(PlainChange::UseHistoryAsDrivers) + 10 == kPlain.size());

// Codes with parameters: %1 is the first parameter as rendered below.
constexpr std::array kWithParams = {
    Template{"set_field", QT_TRANSLATE_NOOP("ChangeLabel", "Set %1")},
    Template{"set_column", QT_TRANSLATE_NOOP("ChangeLabel", "Set %1")},
    Template{"undo", QT_TRANSLATE_NOOP("ChangeLabel", "Undo %1")},
    Template{"save_version", QT_TRANSLATE_NOOP("ChangeLabel", "Save version “%1”")},
    Template{"restore_version", QT_TRANSLATE_NOOP("ChangeLabel", "Restore version “%1”")},
    Template{"restore_revision", QT_TRANSLATE_NOOP("ChangeLabel", "Restore revision %1")},
    Template{"add_list_member", QT_TRANSLATE_NOOP("ChangeLabel", "Add %1")},
    Template{"remove_list_member", QT_TRANSLATE_NOOP("ChangeLabel", "Remove %1")},
    Template{"move_list_member", QT_TRANSLATE_NOOP("ChangeLabel", "Move %1")},
    Template{"driver_constant", QT_TRANSLATE_NOOP("ChangeLabel", "Make %1 constant")},
    Template{"driver_per_year", QT_TRANSLATE_NOOP("ChangeLabel", "Give %1 per year")},
    Template{"driver_staged", QT_TRANSLATE_NOOP("ChangeLabel", "Give %1 in stages")},
    // Also written by valor-cli import-actuals.
    Template{"import_actuals", QT_TRANSLATE_NOOP("ChangeLabel", "Import actuals from %1")},
    Template{"base_year_from_actuals", QT_TRANSLATE_NOOP("ChangeLabel", "Make %1 the base year")},
    // Also written by valor-cli market-data.
    Template{"market_data",
             QT_TRANSLATE_NOOP("ChangeLabel", "Market data of %1 from Alpha Vantage")},
    //: %1 is the name of the scenario whose enterprise value a real option's underlying takes.
    //: Also written by valor-cli underlying.
    Template{"underlying_from_scenario",
             QT_TRANSLATE_NOOP("ChangeLabel", "Take the underlying from %1")},
    //: %1 is the name of the CSV file a portfolio's price or return history was read from.
    Template{"import_portfolio_history",
             QT_TRANSLATE_NOOP("ChangeLabel", "Import the history from %1")},
    Template{"clear_portfolio_history", QT_TRANSLATE_NOOP("ChangeLabel", "Clear the history")},
    //: %1 is the name of the CSV file a correlation or covariance matrix was read from.
    Template{"import_portfolio_matrix",
             QT_TRANSLATE_NOOP("ChangeLabel", "Import the matrix from %1")},
    //: %1 is a forecast model with its parameters ("ETS(A,Ad,N) (alpha 0.5, ...)"), %2 the
    //: actuals line it was fitted to ("revenue").
    Template{"forecast_drivers",
             QT_TRANSLATE_NOOP("ChangeLabel", "Use the %1 forecast of %2 as drivers")},
    //: %1 names the colleagues whose changes a sync brought in ("ann@acme.example, bob@…").
    Template{"sync_remote", QT_TRANSLATE_NOOP("ChangeLabel", "Changes from %1")},
};

// Its one parameter is a count, for the plural forms.
constexpr const char* kPasteValues = QT_TRANSLATE_N_NOOP("ChangeLabel", "Paste %n value(s)");

// Must match EntityListModel's tr() context, where the column titles are translated.
constexpr const char* kColumnContext = "valor::ui::EntityListModel";

const char* findTemplate(const auto& table, std::string_view code) {
  for (const Template& t : table)
    if (code == t.code) return t.text;
  return nullptr;
}

QString text(const char* context, const char* source, bool translated) {
  return translated ? QCoreApplication::translate(context, source) : QString::fromUtf8(source);
}

// The first parameter in words: a caption, a nested label or the text itself.
std::optional<QString> renderParam(std::string_view code, const LabelCode& label,
                                   const ModelPresentation* presentation, bool translated) {
  const std::string& first = label.params.front();
  if (code == "set_field" || code.starts_with("driver_")) {
    // Every field the desktop sets through this code is the kind's or the scenario's; the path
    // is a last resort for a document whose kind this version does not present.
    auto caption = presentation ? presentation->captionOfPath(first, translated) : std::nullopt;
    return caption.value_or(QString::fromStdString(first));
  }
  if (code == "set_column") return text(kColumnContext, first.c_str(), translated);
  if (code == "add_list_member" || code == "remove_list_member" || code == "move_list_member") {
    if (presentation)
      for (const ListPresentation& list : presentation->lists)
        if (presentation->model + "." + list.slot == first)
          return translated ? presentation->tr(list.memberCaption)
                            : QString::fromUtf8(list.memberCaption);
    return QString::fromStdString(first);
  }
  if (code == "undo") {
    LabelCode step{first, {label.params.begin() + 1, label.params.end()}};
    return renderLabel(step, presentation, translated);
  }
  return QString::fromStdString(first);
}

}  // namespace

namespace labels {

LabelCode plain(PlainChange change) {
  return {kPlain[static_cast<std::size_t>(change)].code, {}};
}

LabelCode importActuals(const std::string& fileName) {
  return {"import_actuals", {fileName}};
}

LabelCode marketData(const std::string& symbol) {
  return {"market_data", {symbol}};
}

LabelCode baseYearFromActuals(int year) {
  return {"base_year_from_actuals", {std::to_string(year)}};
}

LabelCode setField(const std::string& path) {
  return {"set_field", {path}};
}

LabelCode setColumn(const char* title) {
  return {"set_column", {title}};
}

LabelCode undo(const LabelCode& step) {
  LabelCode label{"undo", {step.code}};
  label.params.insert(label.params.end(), step.params.begin(), step.params.end());
  return label;
}

LabelCode restoreVersion(const QString& versionLabel) {
  return {"restore_version", {versionLabel.toStdString()}};
}

LabelCode pasteValues(int count) {
  return {"paste_values", {std::to_string(count)}};
}

LabelCode driverKind(const std::string& path, const std::string& mode) {
  return {"driver_" + mode, {path}};
}

LabelCode listMember(const char* code, const ModelPresentation& presentation,
                     const ListPresentation& list) {
  return {code, {presentation.model + "." + list.slot}};
}

}  // namespace labels

std::optional<QString> renderLabel(const LabelCode& label, const ModelPresentation* presentation,
                                   bool translated) {
  if (const char* t = findTemplate(kPlain, label.code))
    return label.params.empty() ? std::optional(text("ChangeLabel", t, translated)) : std::nullopt;
  if (label.code == "paste_values") {
    bool ok = false;
    const int count =
        label.params.size() == 1 ? QString::fromStdString(label.params[0]).toInt(&ok) : 0;
    if (!ok) return std::nullopt;
    // The stored words are English, written without a translator: the plural by hand.
    if (!translated)
      return QStringLiteral("Paste %1 value%2")
          .arg(QString::number(count), count == 1 ? QString() : QStringLiteral("s"));
    return QCoreApplication::translate("ChangeLabel", kPasteValues, nullptr, count);
  }
  const char* t = findTemplate(kWithParams, label.code);
  if (!t || label.params.empty()) return std::nullopt;
  auto param = renderParam(label.code, label, presentation, translated);
  if (!param) return std::nullopt;
  const QString words = text("ChangeLabel", t, translated);
  // A second parameter is literal text ("revenue"); one pass, so a "%" in either stays as it is.
  if (words.contains(QLatin1String("%2"))) {
    if (label.params.size() < 2) return std::nullopt;
    return words.arg(*param, QString::fromStdString(label.params[1]));
  }
  return words.arg(*param);
}

std::string storedWords(const LabelCode& label, const ModelPresentation* presentation) {
  return renderLabel(label, presentation, /*translated=*/false)
      .value_or(QString::fromStdString(label.code))
      .toStdString();
}

}  // namespace valor::ui
