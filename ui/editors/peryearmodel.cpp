#include "ui/editors/peryearmodel.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>
#include <array>
#include <set>

#include "core/model/schema.h"
#include "ui/editors/numberformat.h"
#include "ui/models/changelabel.h"

namespace valor::ui {
namespace {

// The forms the grid's menu offers, where the driver's schema has them (schema addDriver).
constexpr std::array<const char*, 3> kKinds = {"constant", "per_year", "staged"};

// Enough past years to judge a driver by, few enough to leave the projection in view.
constexpr std::size_t kMaxHistoryColumns = 5;

}  // namespace

PerYearModel::PerYearModel(Document* document, const ModelPresentation& presentation,
                           QObject* parent)
    : QAbstractTableModel(parent), document_(document), presentation_(presentation) {
  drivers_ = visibleDrivers();
  const NamedTable* years = table();
  years_ = years ? static_cast<int>(years->years.size()) : 0;
  actuals_ = actualsHistory(document_->scenario());
  historyYears_ = historyYearsNow();
  connect(document_, &Document::changed, this, &PerYearModel::documentChanged);
}

const NamedTable* PerYearModel::table() const {
  return document_->evaluation().table("drivers");
}

std::vector<Year> PerYearModel::historyYearsNow() const {
  const NamedTable* t = table();
  if (!t || t->years.empty()) return {};
  std::set<Year> years;
  for (const Driver& d : drivers_)
    if (const DerivedHistory* ratio = actuals_.find(d.name))
      for (const auto& entry : ratio->values)
        if (entry.first < t->years.front()) years.insert(entry.first);
  std::vector<Year> shown(years.begin(), years.end());
  if (shown.size() > kMaxHistoryColumns)
    shown.erase(shown.begin(), shown.end() - kMaxHistoryColumns);
  return shown;
}

std::optional<double> PerYearModel::historyAt(const Driver& driver, int column) const {
  if (column < 0 || column >= historyColumns()) return std::nullopt;
  const DerivedHistory* ratio = actuals_.find(driver.name);
  if (!ratio) return std::nullopt;
  auto value = ratio->values.find(historyYears_[static_cast<std::size_t>(column)]);
  return value == ratio->values.end() ? std::nullopt : std::optional<double>(value->second);
}

std::optional<double> PerYearModel::valueAt(const Driver& driver, int column) const {
  column -= historyColumns();
  const NamedTable* t = table();
  if (!t || column < 0 || static_cast<std::size_t>(column) >= t->rows.size()) return std::nullopt;
  return t->rows[static_cast<std::size_t>(column)][driver.column];
}

// The presentation's per-year drivers that its rules show, in its order.
std::vector<PerYearModel::Driver> PerYearModel::visibleDrivers() const {
  std::vector<Driver> list;
  const Entity* block = document_->modelBlock();
  const NamedTable* t = table();
  if (!block || !t) return list;
  const BlockValues values(*block, block->type);
  for (const FieldPresentation& f : presentation_.fields) {
    if (!f.perYearDriver || (f.visible && !f.visible(values))) continue;
    for (std::size_t c = 0; c < t->columns.size(); ++c)
      if (t->columns[c].key == f.field) list.push_back({f.field, f.caption, f.unit, c});
  }
  return list;
}

int PerYearModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(drivers_.size());
}

int PerYearModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : historyColumns() + years_;
}

std::string PerYearModel::driverOf(int row) const {
  return row >= 0 && row < rowCount() ? drivers_[static_cast<std::size_t>(row)].name
                                      : std::string();
}

QVariant PerYearModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const Driver& d = drivers_[static_cast<std::size_t>(index.row())];
  if (index.column() < historyColumns()) {
    const std::optional<double> actual = historyAt(d, index.column());
    switch (role) {
      case Qt::DisplayRole:
        return actual ? formatFieldValue(*actual, d.unit, QLocale(), 2) : QString();
      case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      case Qt::FontRole: {
        QFont italic;
        italic.setItalic(true);
        return italic;
      }
      case Qt::ToolTipRole:
        return tr("%1 in %2 as the actuals give it; change the figures on the Actuals page.")
            .arg(presentation_.tr(d.label))
            .arg(historyYears_[static_cast<std::size_t>(index.column())]);
      default:
        return {};
    }
  }
  const std::optional<double> v = valueAt(d, index.column());
  switch (role) {
    case Qt::DisplayRole:
      return v ? formatFieldValue(*v, d.unit, QLocale(), 2) : QString();
    case Qt::EditRole:
      return v ? formatFieldValue(*v, d.unit) : QString();
    case Qt::TextAlignmentRole:
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
      const Entity* block = document_->modelBlock();
      const std::string* mode = block ? block->text(d.name + ".mode") : nullptr;
      if (mode && *mode != "per_year")
        return *mode == "staged"
                   ? tr("%1 is given in three stages; editing a year turns it into per-year "
                        "values.")
                         .arg(presentation_.tr(d.label))
                   : tr("%1 is one constant; editing a year turns it into per-year values.")
                         .arg(presentation_.tr(d.label));
      return {};
    }
    default:
      return {};
  }
}

QVariant PerYearModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Vertical && role == Qt::ToolTipRole && section >= 0 &&
      section < rowCount()) {
    if (modeOf(section).empty()) return QVariant();
    QString tip = tr("How %1 is given: right-click (or the Menu key) to make it constant, per "
                     "year or staged.")
                      .arg(captionOf(section));
    const Entity* block = document_->modelBlock();
    if (const std::string* source =
            block ? block->text(drivers_[static_cast<std::size_t>(section)].name + ".source")
                  : nullptr)
      tip += QStringLiteral("\n") + tr("From: %1").arg(QString::fromStdString(*source));
    return tip;
  }
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Horizontal) {
    if (section < 0 || section >= columnCount()) return QString();
    //: A column of actual figures before the projection: "2024A".
    if (section < historyColumns())
      return tr("%1A").arg(historyYears_[static_cast<std::size_t>(section)]);
    return QString::number(table()->years[static_cast<std::size_t>(section - historyColumns())]);
  }
  if (section < 0 || section >= rowCount()) return {};
  // The caption, and how the driver is given: "Revenue growth · in stages".
  const std::string mode = modeOf(section);
  if (mode.empty()) return captionOf(section);
  auto words = driverChoiceCaption(mode);
  if (!words)  // a form of the kind's own ("Base year and growth")
    words = presentation_.choiceCaption(
        presentation_.model + "." + drivers_[static_cast<std::size_t>(section)].name + ".mode",
        mode);
  if (!words) return captionOf(section);
  return tr("%1 · %2", "driver caption · how it is given").arg(captionOf(section), *words);
}

Qt::ItemFlags PerYearModel::flags(const QModelIndex& index) const {
  if (index.isValid() && index.column() < historyColumns())
    return QAbstractTableModel::flags(index);
  return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool PerYearModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  const NamedTable* t = table();
  if (!index.isValid() || role != Qt::EditRole || !t || t->years.empty()) return false;
  if (index.column() < historyColumns()) return false;
  const Driver& d = drivers_[static_cast<std::size_t>(index.row())];
  const QString error = setCells(
      {{index.row(), index.column(), value.toString()}},
      labels::setField(presentation_.model + "." + d.name + ".values." +
                       std::to_string(t->years.front() + index.column() - historyColumns())));
  return error.isEmpty();
}

QString PerYearModel::setCells(const std::vector<CellEdit>& edits, const LabelCode& label) {
  const NamedTable* t = table();
  if (!t || t->years.empty()) return {};
  const Year firstYear = t->years.front();
  std::map<int, std::map<Year, double>> byRow;
  for (const CellEdit& e : edits) {
    if (e.row < 0 || e.row >= rowCount() || e.column < 0 || e.column >= columnCount()) continue;
    const Driver& d = drivers_[static_cast<std::size_t>(e.row)];
    if (e.column < historyColumns()) {
      const QString message =
          tr("%1, %2: an actual year, shown beside the projection; change its figures on the "
             "Actuals page. Nothing was changed.")
              .arg(presentation_.tr(d.label))
              .arg(historyYears_[static_cast<std::size_t>(e.column)]);
      emit editRefused(message);
      return message;
    }
    const Year year = firstYear + e.column - historyColumns();
    const ParsedNumber n = parseFieldValue(e.text, d.unit);
    if (!n.value) {
      const QString message = tr("%1, %2: %3 Nothing was changed.")
                                  .arg(presentation_.tr(d.label), QString::number(year), n.error);
      emit editRefused(message);
      return message;
    }
    byRow[e.row][year] = *n.value;
  }
  std::vector<Op> ops;
  for (const auto& [row, changes] : byRow) {
    auto rowOps = driverOps(drivers_[static_cast<std::size_t>(row)], changes);
    ops.insert(ops.end(), rowOps.begin(), rowOps.end());
  }
  const QString error = document_->edit(std::move(ops), label);
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

QString PerYearModel::setConstants(const std::vector<std::pair<int, double>>& constants,
                                   const LabelCode& label) {
  std::vector<Op> ops;
  for (const auto& [row, value] : constants) {
    if (row < 0 || row >= rowCount()) continue;
    const Driver& d = drivers_[static_cast<std::size_t>(row)];
    const std::vector<std::string> kinds = kindsOffered(row);
    std::vector<Op> rowOps;
    if (std::find(kinds.begin(), kinds.end(), "constant") != kinds.end()) {
      rowOps = replaceDriverFields(
          d, {{"mode", Value(std::string("constant"))}, {"value", Value(value)}});
    } else {
      std::map<Year, double> years;
      for (const auto& entry : resolvedYears(d)) years[entry.first] = value;
      rowOps = driverOps(d, years);
    }
    for (Op& op : rowOps) ops.push_back(std::move(op));
  }
  if (ops.empty()) return {};
  const QString error = document_->edit(std::move(ops), label);
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

std::vector<Op> PerYearModel::driverOps(const Driver& d,
                                        const std::map<Year, double>& changes) const {
  const Entity* block = document_->modelBlock();
  std::vector<Op> ops;
  if (!block) return ops;
  const ScenarioDocument& doc = document_->scenario();
  // A plain per-year field (the LBO's dividends: no mode) takes the years as they are typed.
  const FieldSpec* spec = entitySchema(block->type)->field(d.name);
  if (spec && spec->type == FieldType::YearValues) {
    if (block->years(d.name)) {
      for (const auto& [year, value] : changes) {
        Op op = setFieldOp(doc, block->id, d.name, Value(value), year);
        if (op.value != op.previous) ops.push_back(std::move(op));
      }
    } else {
      ops.push_back(
          setFieldOp(doc, block->id, d.name, Value(YearMap(changes.begin(), changes.end()))));
    }
    return ops;
  }
  const std::string* mode = block->text(d.name + ".mode");
  if (mode && *mode == "per_year" && block->years(d.name + ".values")) {
    for (const auto& [year, value] : changes) {
      Op op = setFieldOp(doc, block->id, d.name + ".values", Value(value), year);
      if (op.value != op.previous) ops.push_back(std::move(op));
    }
    // Values typed over a forecast are no longer the forecast: its source goes with them.
    if (!ops.empty() && block->text(d.name + ".source"))
      ops.push_back(setFieldOp(doc, block->id, d.name + ".source", std::nullopt));
    return ops;
  }
  // A constant or staged driver becomes explicit years, starting from what it resolves to.
  YearMap years = resolvedYears(d);
  for (const auto& [year, value] : changes) years[year] = value;
  return replaceDriverFields(d,
                             {{"mode", Value(std::string("per_year"))}, {"values", Value(years)}});
}

YearMap PerYearModel::resolvedYears(const Driver& d) const {
  YearMap years;
  if (const NamedTable* t = table())
    for (std::size_t row = 0; row < t->years.size(); ++row)
      years[t->years[row]] = t->rows[row][d.column].value_or(0.0);
  return years;
}

std::vector<Op> PerYearModel::replaceDriverFields(
    const Driver& d, const std::vector<std::pair<std::string, Value>>& fields) const {
  const Entity* block = document_->modelBlock();
  std::vector<Op> ops;
  if (!block) return ops;
  const ScenarioDocument& doc = document_->scenario();
  for (const auto& [field, value] : fields)
    ops.push_back(setFieldOp(doc, block->id, d.name + "." + field, value));
  // Every other field of the driver goes (the stages, a constant, a growth rate, ...).
  const std::string prefix = d.name + ".";
  for (const auto& [name, value] : block->fields) {
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string part = name.substr(prefix.size());
    const bool kept = std::any_of(fields.begin(), fields.end(),
                                  [&](const auto& field) { return field.first == part; });
    if (!kept) ops.push_back(setFieldOp(doc, block->id, name, std::nullopt));
  }
  std::erase_if(ops, [](const Op& op) { return op.value == op.previous; });
  return ops;
}

QString PerYearModel::captionOf(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return presentation_.tr(drivers_[static_cast<std::size_t>(row)].label);
}

QString PerYearModel::unitOf(int row) const {
  return row >= 0 && row < rowCount() ? drivers_[static_cast<std::size_t>(row)].unit : QString();
}

QList<int> PerYearModel::years() const {
  QList<int> list;
  if (const NamedTable* t = table())
    for (Year year : t->years) list << year;
  return list;
}

std::string PerYearModel::modeOf(int row) const {
  const Entity* block = document_->modelBlock();
  if (!block || row < 0 || row >= rowCount()) return {};
  // The schema's default applies; a plain per-year field has no mode at all.
  return BlockValues(*block, block->type)
      .choice(drivers_[static_cast<std::size_t>(row)].name + ".mode");
}

std::optional<PerYearModel::DriverKind> PerYearModel::kindOf(int row) const {
  DriverKind kind;
  kind.mode = modeOf(row);
  if (kind.mode.empty()) return std::nullopt;
  const Entity& block = *document_->modelBlock();
  const Driver& d = drivers_[static_cast<std::size_t>(row)];
  const YearMap years = resolvedYears(d);
  const double* constant = block.number(d.name + ".value");
  if (kind.mode == "constant" && constant)
    kind.constant = *constant;
  else if (!years.empty())
    kind.constant = years.begin()->second;
  if (kind.mode == "staged") {
    kind.staged = stagedDriverOf(block, d.name);
  } else if (!years.empty()) {
    // Thirds of the projection: stage 1, the fade, then stage 3 to the end.
    const int n = static_cast<int>(years.size());
    kind.staged.stage1Years = std::max(1, n / 3);
    kind.staged.stage2Years = std::max(0, std::min(n / 3, n - kind.staged.stage1Years - 1));
    kind.staged.stage1 = years.begin()->second;
    kind.staged.stage3 = years.rbegin()->second;
    kind.staged.stage2 = std::next(years.begin(), std::min(kind.staged.stage1Years, n - 1))->second;
  }
  return kind;
}

std::vector<std::string> PerYearModel::kindsOffered(int row) const {
  std::vector<std::string> kinds;
  const Entity* block = document_->modelBlock();
  if (!block || modeOf(row).empty()) return kinds;
  const FieldSpec* mode =
      entitySchema(block->type)->field(drivers_[static_cast<std::size_t>(row)].name + ".mode");
  for (const char* kind : kKinds)
    if (mode && std::find(mode->choices.begin(), mode->choices.end(), kind) != mode->choices.end())
      kinds.emplace_back(kind);
  return kinds;
}

int PerYearModel::rowOf(const std::string& driver) const {
  for (int row = 0; row < rowCount(); ++row)
    if (drivers_[static_cast<std::size_t>(row)].name == driver) return row;
  return -1;
}

QString PerYearModel::setKind(int row, const DriverKind& kind) {
  if (row < 0 || row >= rowCount()) return {};
  const Driver& d = drivers_[static_cast<std::size_t>(row)];
  const std::string path = presentation_.model + "." + d.name;
  std::vector<Op> ops;
  if (kind.mode == "constant") {
    ops = replaceDriverFields(d, {{"mode", Value(kind.mode)}, {"value", Value(kind.constant)}});
  } else if (kind.mode == "per_year") {
    ops = driverOps(d, {});
  } else if (kind.mode == "staged") {
    const StagedDriver& s = kind.staged;
    std::vector<std::pair<std::string, Value>> fields = {
        {"mode", Value(kind.mode)},  {"stage1_years", Value(static_cast<double>(s.stage1Years))},
        {"stage1", Value(s.stage1)}, {"stage2_years", Value(static_cast<double>(s.stage2Years))},
        {"stage3", Value(s.stage3)}, {"fade", Value(std::string(s.stepFade ? "step" : "linear"))}};
    // Stage 2's own value only with the step fade (a linear fade computes it).
    if (s.stepFade) fields.emplace_back("stage2", Value(s.stage2));
    ops = replaceDriverFields(d, fields);
  } else {
    return {};
  }
  if (ops.empty()) return {};
  const QString error = document_->edit(std::move(ops), labels::driverKind(path, kind.mode));
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

void PerYearModel::documentChanged(const QStringList&) {
  const auto drivers = visibleDrivers();
  const NamedTable* t = table();
  const int years = t ? static_cast<int>(t->years.size()) : 0;
  const bool sameDrivers =
      years == years_ && drivers.size() == drivers_.size() &&
      std::equal(drivers.begin(), drivers.end(), drivers_.begin(),
                 [](const Driver& a, const Driver& b) { return a.name == b.name; });
  actuals_ = actualsHistory(document_->scenario());
  if (!sameDrivers || historyYearsNow() != historyYears_) {
    beginResetModel();
    drivers_ = drivers;
    years_ = years;
    historyYears_ = historyYearsNow();
    endResetModel();
    return;
  }
  // Staged drivers resolve anew after any change of theirs, so every visible cell may move.
  if (rowCount() > 0 && columnCount() > 0)
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
  emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
  if (rowCount() > 0) emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

}  // namespace valor::ui
