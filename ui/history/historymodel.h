#pragma once
// The mutation log of one scenario as a tree: one top-level row per committed mutation, newest
// first (revision, local time, author, label), and under it one row per op, named and valued as
// the editor shows it ("WACC: 6.2 % → 7.0 %"; the file path stays in PathRole and the tooltip).
// Each op's path is named against the document as it was when the op was made. A long log is read a
// page at a time from its newest end: older pages are fetched as the view scrolls down
// (canFetchMore/fetchMore) and replayed backwards from the current document with the inverted
// mutations; new entries are replayed forwards and appended above without reloading the ones
// already shown.
#include <QAbstractItemModel>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

#include "core/model/document.h"
#include "core/ops/mutation.h"
#include "core/store/workspace.h"

namespace valor::ui {

struct ModelPresentation;

// One op as people read it: where it acts, what was there and what is there after it.
struct FieldChange {
  OpKind kind = OpKind::Set;
  QString path;      // as in opPath(): "<kind>.<field>", "<kind>.<driver>.values.<year>"
  std::string unit;  // the field's unit in the schema ("rate", "money"), Set only
  // The scenario kind's captions and value formats; nullptr: shown as the file writes it.
  const ModelPresentation* presentation = nullptr;
  std::optional<Value> before;  // Set only; empty means "absent"
  std::optional<Value> after;   // Set only; empty means "absent"
};

class HistoryModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  // The label comes first, next to the expander: in a narrow dock it is what matters most.
  enum Column { LabelColumn, TimeColumn, AuthorColumn, RevisionColumn, ColumnCount };
  enum Role {
    RevisionRole = Qt::UserRole + 1,  // qint64, on every row (a change row: its mutation's)
    CommittedMsRole,                  // qint64, mutation rows
    PathRole,                         // QString, change rows
    BeforeRole,                       // QString, change rows, as displayed
    AfterRole,                        // QString, change rows, as displayed
    ChangeRole,                       // QString, change rows: "10 % → 9 %", "added", "removed"
  };

  // Reads the newest entries below a revision, oldest first (Workspace::historyPage).
  using PageSource =
      std::function<Result<std::vector<HistoryEntry>>(std::int64_t beforeRevision, int limit)>;
  static constexpr int kPageSize = 100;

  explicit HistoryModel(QObject* parent = nullptr);

  // Forgets everything: the next append starts from revision 1 and an empty document.
  void clear();
  // Shows the log that ends at `revision` with `current` as its state, reading the newest page
  // now and older ones as the view asks.
  void start(const ScenarioDocument& current, std::int64_t revision, PageSource source);
  // Replays `entries` (in revision order) onto the state reached so far and shows them above the
  // rows already there. Entries at or below lastRevision() are skipped. Returns how many rows
  // were added.
  int append(const std::vector<HistoryEntry>& entries);
  // The newest revision known (0 when empty): ask the workspace for what comes after it.
  std::int64_t lastRevision() const { return lastRevision_; }
  int entryCount() const { return static_cast<int>(entries_.size()); }
  // The document as it is after lastRevision(), as replayed here.
  const ScenarioDocument& replayedState() const { return state_; }
  // True when some entry could not be replayed (its paths may then be incomplete).
  bool replayFailed() const { return replayFailed_; }

  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  // Texts come from tr() and QLocale at display time: tells the views to ask again.
  void retranslate();

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  bool hasChildren(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;

  // Shared with the version comparison, so both describe a change the same way.
  // `ops` turn `before` into `after`. Paths are named in `before`; an entity that only exists
  // in `after` (created by these ops) is named there, so an added list member gets its index.
  static std::vector<FieldChange> describeOps(const ScenarioDocument& before,
                                              const ScenarioDocument& after,
                                              const std::vector<Op>& ops);
  // What the change acts on, as the editor captions it ("WACC", "EBIT margin 2027", "Option
  // tranche 2"); the path when the kind has no caption for it.
  static QString caption(const FieldChange& change);
  // A value for people, as the editor shows it: a rate as a percentage, a choice by its
  // caption, per-year values with their years ("2026: 10 %; 2027: 12 %"), "—" when absent.
  static QString formatValue(const FieldChange& change, const std::optional<Value>& value,
                             const QLocale& locale);
  // The "before" and "after" sides of a change ("—" / "added", "present" / "removed", ...).
  static QString formatBefore(const FieldChange& change, const QLocale& locale);
  static QString formatAfter(const FieldChange& change, const QLocale& locale);
  // The whole change: "10 % → 9 %", "added", "removed", "moved".
  static QString formatChange(const FieldChange& change, const QLocale& locale);

 signals:
  // A page of older entries could not be read; nothing more is fetched.
  void pageUnreadable(const valor::Error& error);

 private:
  struct Entry {
    std::int64_t revision = 0;
    std::int64_t committedMs = 0;
    QString author;
    QString words;  // the stored label, shown when the code cannot be
    LabelCode label;
    bool replayed = true;
    std::vector<FieldChange> changes;
  };

  // Rows are newest first; entries_ is oldest first (new entries at the back, older pages at
  // the front). A change row's internal id is its entry's revision, which does not move when a
  // page is added.
  std::size_t entryForRow(int row) const {
    return entries_.size() - 1 - static_cast<std::size_t>(row);
  }
  int rowForEntry(std::size_t entry) const { return static_cast<int>(entries_.size() - 1 - entry); }
  // Where the entry of `revision` is in entries_, when it is loaded.
  std::optional<std::size_t> entryWithRevision(std::int64_t revision) const;
  // An entry with its revision, time, author and label; its changes are replayed by the caller.
  static Entry headerOf(const HistoryEntry& source);
  QVariant entryData(const Entry& entry, int column, int role) const;
  // The entry's label in the user's language (rendered when asked, so a language switch shows).
  QString labelOf(const Entry& entry) const;
  QVariant changeData(const Entry& entry, const FieldChange& change, int column, int role) const;

  std::deque<Entry> entries_;
  ScenarioDocument state_;  // after lastRevision_
  std::int64_t lastRevision_ = 0;
  // Paging backwards: the document before the oldest entry shown, and where the next page ends.
  ScenarioDocument oldestState_;
  std::int64_t nextPageBelow_ = 0;
  PageSource source_;
  bool replayFailed_ = false;
};

}  // namespace valor::ui
