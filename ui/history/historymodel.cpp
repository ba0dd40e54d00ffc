#include "ui/history/historymodel.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "core/model/schema.h"
#include "ui/editors/numberformat.h"
#include "ui/models/changelabel.h"
#include "ui/models/presentation.h"
#include "ui/models/viewregistry.h"

namespace valor::ui {
namespace {

// Mutation rows have internal id 0; a change row has its entry's revision (always ≥ 1).
constexpr quintptr kTopLevel = 0;

QString localTime(std::int64_t ms, const QLocale& locale, QLocale::FormatType format) {
  return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), format);
}

QString formatNumber(double number, const QLocale& locale) {
  // Plain digits with the locale's separators for the sizes a model holds; the exponent form
  // only for the very small or very large, where digits would be unreadable.
  const double magnitude = std::fabs(number);
  const bool plain = number == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15);
  return locale.toString(number, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

// How opPath names the scenario's root entity.
constexpr char kRootPath[] = "(scenario)";

}  // namespace

HistoryModel::HistoryModel(QObject* parent) : QAbstractItemModel(parent) {}

void HistoryModel::clear() {
  beginResetModel();
  entries_.clear();
  state_ = ScenarioDocument();
  oldestState_ = ScenarioDocument();
  lastRevision_ = 0;
  nextPageBelow_ = 0;
  source_ = nullptr;
  replayFailed_ = false;
  endResetModel();
}

void HistoryModel::start(const ScenarioDocument& current, std::int64_t revision,
                         PageSource source) {
  clear();
  state_ = oldestState_ = current;
  lastRevision_ = revision;
  nextPageBelow_ = revision + 1;
  source_ = std::move(source);
  fetchMore({});
}

HistoryModel::Entry HistoryModel::headerOf(const HistoryEntry& source) {
  Entry entry;
  entry.revision = source.revision;
  entry.committedMs = source.committedMs;
  entry.author = QString::fromStdString(source.mutation.author);
  entry.words = QString::fromStdString(source.mutation.label);
  entry.label = source.mutation.labelCode;
  return entry;
}

int HistoryModel::append(const std::vector<HistoryEntry>& entries) {
  std::vector<Entry> added;
  for (const HistoryEntry& source : entries) {
    if (source.revision <= lastRevision_) continue;
    Entry entry = headerOf(source);
    auto next = applyMutation(state_, source.mutation);
    if (next) {
      entry.changes = describeOps(state_, next.value(), source.mutation.ops);
      state_ = std::move(next).value();
    } else {
      // The log should always replay; if it does not, show the entry with what can be named.
      entry.replayed = false;
      replayFailed_ = true;
      entry.changes = describeOps(state_, state_, source.mutation.ops);
    }
    lastRevision_ = source.revision;
    added.push_back(std::move(entry));
  }
  if (added.empty()) return 0;
  const int count = static_cast<int>(added.size());
  beginInsertRows(QModelIndex(), 0, count - 1);
  for (Entry& entry : added) entries_.push_back(std::move(entry));
  endInsertRows();
  return count;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && source_ && nextPageBelow_ > 1;
}

void HistoryModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  auto page = source_(nextPageBelow_, kPageSize);
  if (!page) {
    source_ = nullptr;
    emit pageUnreadable(page.error());
    return;
  }
  if (page.value().empty()) {
    nextPageBelow_ = 0;
    return;
  }
  // Newest first: each entry is undone from the state after it, which gives the state before
  // it (the same pair a forward replay describes).
  std::vector<Entry> older;
  older.reserve(page.value().size());
  for (auto it = page.value().rbegin(); it != page.value().rend(); ++it) {
    const HistoryEntry& source = *it;
    Entry entry = headerOf(source);
    auto before = applyMutation(oldestState_, invertMutation(source.mutation, Id(), "", 0, 0));
    if (before) {
      entry.changes = describeOps(before.value(), oldestState_, source.mutation.ops);
      oldestState_ = std::move(before).value();
    } else {
      entry.replayed = false;
      replayFailed_ = true;
      entry.changes = describeOps(oldestState_, oldestState_, source.mutation.ops);
    }
    older.push_back(std::move(entry));
  }
  nextPageBelow_ = page.value().front().revision;
  const int first = static_cast<int>(entries_.size());
  beginInsertRows(QModelIndex(), first, first + static_cast<int>(older.size()) - 1);
  for (Entry& entry : older) entries_.push_front(std::move(entry));
  endInsertRows();
}

std::optional<std::size_t> HistoryModel::entryWithRevision(std::int64_t revision) const {
  const auto it =
      std::lower_bound(entries_.begin(), entries_.end(), revision,
                       [](const Entry& entry, std::int64_t r) { return entry.revision < r; });
  if (it == entries_.end() || it->revision != revision) return std::nullopt;
  return static_cast<std::size_t>(it - entries_.begin());
}

QString HistoryModel::labelOf(const Entry& entry) const {
  if (auto rendered = renderLabel(entry.label, presentationOf(state_))) return *rendered;
  return entry.words.isEmpty() ? tr("(no description)") : entry.words;
}

void HistoryModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  // Nothing moves; the views only need to ask for every text again.
  emit layoutAboutToBeChanged();
  emit layoutChanged();
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount) return {};
  if (!parent.isValid()) {
    if (row >= static_cast<int>(entries_.size())) return {};
    return createIndex(row, column, kTopLevel);
  }
  if (parent.internalId() != kTopLevel || parent.row() >= static_cast<int>(entries_.size()))
    return {};
  const Entry& entry = entries_[entryForRow(parent.row())];
  if (row >= static_cast<int>(entry.changes.size())) return {};
  return createIndex(row, column, static_cast<quintptr>(entry.revision));
}

QModelIndex HistoryModel::parent(const QModelIndex& child) const {
  if (!child.isValid() || child.internalId() == kTopLevel) return {};
  const auto entry = entryWithRevision(static_cast<std::int64_t>(child.internalId()));
  if (!entry) return {};
  return createIndex(rowForEntry(*entry), 0, kTopLevel);
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return static_cast<int>(entries_.size());
  if (parent.internalId() != kTopLevel || parent.column() != 0) return 0;
  if (parent.row() >= static_cast<int>(entries_.size())) return 0;
  return static_cast<int>(entries_[entryForRow(parent.row())].changes.size());
}

int HistoryModel::columnCount(const QModelIndex&) const {
  return ColumnCount;
}

bool HistoryModel::hasChildren(const QModelIndex& parent) const {
  // Asked for every row at each layout of the list: every mutation has at least one op, so a
  // mutation row has children without looking its entry up.
  if (!parent.isValid()) return !entries_.empty();
  return parent.internalId() == kTopLevel && parent.column() == 0;
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  if (index.internalId() != kTopLevel) f |= Qt::ItemNeverHasChildren;
  return f;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (section) {
      case RevisionColumn:
        return tr("#", "revision number column");
      case TimeColumn:
        return tr("Time");
      case AuthorColumn:
        return tr("Author");
      case LabelColumn:
        return tr("Change");
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case RevisionColumn:
        return tr("Revision: the scenario's version number after the change");
      case TimeColumn:
        return tr("When the change was saved, in local time");
      case AuthorColumn:
        return tr("Who made the change");
      case LabelColumn:
        return tr("What was done; expand a row to see each field");
      default:
        return {};
    }
  }
  return {};
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.column() >= ColumnCount) return {};
  if (index.internalId() == kTopLevel) {
    if (index.row() >= static_cast<int>(entries_.size())) return {};
    return entryData(entries_[entryForRow(index.row())], index.column(), role);
  }
  const auto entry = entryWithRevision(static_cast<std::int64_t>(index.internalId()));
  if (!entry) return {};
  const Entry& e = entries_[*entry];
  if (index.row() >= static_cast<int>(e.changes.size())) return {};
  return changeData(e, e.changes[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant HistoryModel::entryData(const Entry& entry, int column, int role) const {
  const QLocale locale;
  switch (role) {
    case RevisionRole:
      return QVariant::fromValue<qint64>(entry.revision);
    case CommittedMsRole:
      return QVariant::fromValue<qint64>(entry.committedMs);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
      switch (column) {
        case RevisionColumn:
          return QString::number(entry.revision);
        case TimeColumn:
          return localTime(entry.committedMs, locale, QLocale::ShortFormat);
        case AuthorColumn:
          return entry.author.isEmpty() ? tr("—", "no author") : entry.author;
        case LabelColumn:
          return labelOf(entry);
        default:
          return {};
      }
    case Qt::ToolTipRole: {
      QString tip =
          tr("Revision %1, saved %2 by %3: %4 (%n field change(s))", nullptr,
             static_cast<int>(entry.changes.size()))
              .arg(QString::number(entry.revision),
                   localTime(entry.committedMs, locale, QLocale::LongFormat),
                   entry.author.isEmpty() ? tr("an unknown author") : entry.author, labelOf(entry));
      if (!entry.replayed)
        tip += QLatin1Char('\n') +
               tr("This change could not be replayed; some field names may be incomplete.");
      return tip;
    }
    case Qt::TextAlignmentRole:
      if (column == RevisionColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    default:
      return {};
  }
}

QVariant HistoryModel::changeData(const Entry& entry, const FieldChange& change, int column,
                                  int role) const {
  const QLocale locale;
  switch (role) {
    case RevisionRole:
      return QVariant::fromValue<qint64>(entry.revision);
    case PathRole:
      return change.path;
    case BeforeRole:
      return formatBefore(change, locale);
    case AfterRole:
      return formatAfter(change, locale);
    case ChangeRole:
      return formatChange(change, locale);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
      // The view spans a change over the whole row, so all of it sits in the first column.
      if (column != 0) return {};
      return tr("%1: %2", "field: change").arg(caption(change), formatChange(change, locale));
    case Qt::ToolTipRole: {
      // The file path too, for whoever reads the scenario file or valor-cli's output.
      const QString field = tr("%1 (%2)", "field caption (path in the scenario file)")
                                .arg(caption(change), change.path);
      if (change.kind != OpKind::Set)
        return tr("%1: %2", "field: change").arg(field, formatChange(change, locale));
      return tr("%1\nBefore: %2\nAfter: %3")
          .arg(field, formatBefore(change, locale), formatAfter(change, locale));
    }
    default:
      return {};
  }
}

std::vector<FieldChange> HistoryModel::describeOps(const ScenarioDocument& before,
                                                   const ScenarioDocument& after,
                                                   const std::vector<Op>& ops) {
  std::vector<FieldChange> changes;
  changes.reserve(ops.size());
  for (const Op& op : ops) {
    FieldChange change;
    change.kind = op.kind;
    const bool onlyAfter = op.kind == OpKind::Create || !before.find(op.entity);
    const ScenarioDocument& named = onlyAfter ? after : before;
    change.path = QString::fromStdString(opPath(named, op));
    change.presentation = presentationOf(named.entities.empty() ? after : named);
    if (op.kind == OpKind::Set) {
      change.before = op.previous;
      change.after = op.value;
      change.unit = fieldUnit(named, op.entity, op.field);
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

QString HistoryModel::caption(const FieldChange& change) {
  if (change.path == QLatin1String(kRootPath)) return tr("Scenario");
  if (change.presentation && change.path.toStdString() == change.presentation->model)
    if (const ScenarioViewKind* kind = findScenarioViewKind(change.presentation->model);
        kind && kind->title)
      return kind->title();  // the kind's block: "DCF"
  if (change.presentation)
    if (auto caption = change.presentation->captionOfPath(change.path.toStdString()))
      return *caption;
  return change.path;
}

QString HistoryModel::formatValue(const FieldChange& change, const std::optional<Value>& value,
                                  const QLocale& locale) {
  if (!value) return tr("—", "absent value");
  const QString unit = QString::fromStdString(change.unit);
  auto number = [&](double v) {
    if (change.unit == "year") return QString::number(v, 'f', 0);
    return change.presentation ? formatFieldValue(v, unit, locale) : formatNumber(v, locale);
  };
  return std::visit(
      [&](const auto& v) -> QString {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, double>) {
          return number(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          if (v.empty()) return tr("(empty)");
          if (change.presentation)
            return change.presentation->displayValue(change.path.toStdString(), *value,
                                                     change.unit);
          return QString::fromStdString(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? tr("yes") : tr("no");
        } else {
          QStringList years;
          for (const auto& [year, amount] : v)
            years << tr("%1: %2", "year: value").arg(QString::number(year), number(amount));
          return years.join(tr("; ", "between per-year values"));
        }
      },
      *value);
}

QString HistoryModel::formatBefore(const FieldChange& change, const QLocale& locale) {
  switch (change.kind) {
    case OpKind::Set:
      return formatValue(change, change.before, locale);
    case OpKind::Create:
      return tr("—", "absent value");
    case OpKind::Delete:
      return tr("present");
    case OpKind::Move:
      return tr("other position");
  }
  return {};
}

QString HistoryModel::formatAfter(const FieldChange& change, const QLocale& locale) {
  switch (change.kind) {
    case OpKind::Set:
      return formatValue(change, change.after, locale);
    case OpKind::Create:
      return tr("added");
    case OpKind::Delete:
      return tr("removed");
    case OpKind::Move:
      return tr("moved");
  }
  return {};
}

QString HistoryModel::formatChange(const FieldChange& change, const QLocale& locale) {
  if (change.kind != OpKind::Set) return formatAfter(change, locale);
  return tr("%1 → %2", "before → after")
      .arg(formatBefore(change, locale), formatAfter(change, locale));
}

}  // namespace valor::ui
