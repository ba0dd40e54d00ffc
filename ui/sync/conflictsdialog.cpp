#include "ui/sync/conflictsdialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/model/flatjson.h"
#include "core/model/schema.h"
#include "core/ops/patch.h"
#include "ui/document/document.h"
#include "ui/models/presentation.h"

namespace valor::ui {
namespace {

enum Column { kField, kMine, kTheirs, kBase, kWhen, kPerShareMine, kPerShareTheirs, kColumns };

}  // namespace

ConflictsDialog::ConflictsDialog(Document* document, QWidget* parent)
    : QDialog(parent), document_(document) {
  setWindowTitle(tr("Review Conflicts — %1").arg(document->title()));
  auto* intro = new QLabel(
      tr("Your edits below replaced a colleague's value on the server, or were refused by it. "
         "Keep yours, or take theirs back; either way the conflict is marked as reviewed."),
      this);
  intro->setWordWrap(true);
  table_ = new QTableWidget(0, kColumns, this);
  table_->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Theirs"), tr("You saw"),
                                     tr("When"), tr("Value per share\nwith yours"),
                                     tr("Value per share\nwith theirs")});
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAccessibleName(tr("Conflicts"));
  table_->horizontalHeader()->setSectionResizeMode(kField, QHeaderView::Stretch);
  table_->verticalHeader()->hide();
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  keepMine_ = new QPushButton(tr("Keep &Mine"), this);
  keepTheirs_ = new QPushButton(tr("Keep &Theirs"), this);
  connect(keepMine_, &QPushButton::clicked, this, &ConflictsDialog::keepMine);
  connect(keepTheirs_, &QPushButton::clicked, this, &ConflictsDialog::keepTheirs);
  connect(table_, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
  auto* choices = new QHBoxLayout;
  choices->addWidget(keepMine_);
  choices->addWidget(keepTheirs_);
  choices->addStretch();
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(table_);
  layout->addLayout(choices);
  layout->addWidget(message_);
  layout->addWidget(close);
  resize(880, 360);
  reload();
}

void ConflictsDialog::reload() {
  auto listed = document_->workspace().syncConflicts(document_->scenarioId(), false);
  conflicts_ = listed ? std::move(listed).value() : std::vector<StoredConflict>{};
  if (!listed) message_->setText(QString::fromStdString(listed.error().message));
  const ScenarioDocument& doc = document_->scenario();
  const ModelPresentation* presentation = presentationOf(doc);
  // The value per share with a field at a value, as the valuation would show it.
  const auto perShare = [&](const FieldAddress& at, const std::optional<Value>& value) {
    const Evaluation e = document_->preview(setFieldOp(doc, at.entity, at.field, value, at.year));
    const NamedOutput* out = e.output("value_per_share");
    return out && out->value ? QLocale().toString(*out->value, 'f', 2) : QStringLiteral("—");
  };
  table_->setRowCount(static_cast<int>(conflicts_.size()));
  const QLocale locale;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const ConflictRecord& c = conflicts_[static_cast<std::size_t>(row)].record;
    const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(c.myTimeMs).toLocalTime(),
                                         QLocale::ShortFormat);
    QStringList cells;
    auto at = c.kind == ConflictRecord::Kind::Refused ? Result<FieldAddress>(Error{})
                                                      : resolveFieldPath(doc, c.field);
    if (!at) {
      cells = {tr("Refused: %1").arg(QString::fromStdString(c.field)),
               QString::fromStdString(c.reason), QString(), QString(), when};
    } else {
      const std::string unit = fieldUnit(doc, at.value().entity, at.value().field);
      const auto shown = [&](const std::optional<Value>& v) {
        return !v             ? tr("(none)")
               : presentation ? presentation->displayValue(c.field, *v, unit)
                              : QString::fromStdString(valueToJson(*v).dump());
      };
      const QString theirs =
          c.theirAuthor.empty()
              ? shown(c.theirs)
              : tr("%1 (%2)").arg(shown(c.theirs), QString::fromStdString(c.theirAuthor));
      const auto caption = presentation ? presentation->captionOfPath(c.field) : std::nullopt;
      cells = {caption.value_or(QString::fromStdString(c.field)),
               shown(c.mine),
               theirs,
               shown(c.base),
               when,
               perShare(at.value(), c.mine),
               perShare(at.value(), c.theirs)};
    }
    for (int col = 0; col < kColumns; ++col)
      table_->setItem(row, col, new QTableWidgetItem(cells.value(col)));
  }
  table_->resizeColumnsToContents();
  table_->horizontalHeader()->setSectionResizeMode(kField, QHeaderView::Stretch);
  if (table_->rowCount() > 0) table_->selectRow(0);
  if (conflicts_.empty()) message_->setText(tr("No conflicts to review."));
  updateButtons();
}

void ConflictsDialog::updateButtons() {
  const int row = table_->currentRow();
  const bool any = row >= 0 && row < static_cast<int>(conflicts_.size());
  // A refused edit, or one whose field is gone (its entity deleted since), can only be
  // dismissed.
  const bool refused =
      any &&
      (conflicts_[static_cast<std::size_t>(row)].record.kind == ConflictRecord::Kind::Refused ||
       !resolveFieldPath(document_->scenario(),
                         conflicts_[static_cast<std::size_t>(row)].record.field));
  keepMine_->setEnabled(any && !refused);
  keepTheirs_->setEnabled(any);
  keepTheirs_->setText(refused ? tr("&Dismiss") : tr("Keep &Theirs"));
}

int ConflictsDialog::rowCount() const {
  return table_->rowCount();
}

void ConflictsDialog::selectRow(int row) {
  table_->selectRow(row);
}

QString ConflictsDialog::message() const {
  return message_->text();
}

bool ConflictsDialog::keepMine() {
  return keep(true);
}

bool ConflictsDialog::keepTheirs() {
  return keep(false);
}

bool ConflictsDialog::keep(bool mine) {
  const int row = table_->currentRow();
  if (row < 0 || row >= static_cast<int>(conflicts_.size())) return false;
  const StoredConflict& conflict = conflicts_[static_cast<std::size_t>(row)];
  const ConflictRecord& c = conflict.record;
  auto at = c.kind == ConflictRecord::Kind::Overwritten
                ? resolveFieldPath(document_->scenario(), c.field)
                : Result<FieldAddress>(Error{});
  if (at) {
    const std::optional<Value>& wanted = mine ? c.mine : c.theirs;
    const Op probe = setFieldOp(document_->scenario(), at.value().entity, at.value().field, wanted,
                                at.value().year);
    // Only a value that is not the current one needs an edit.
    if (probe.previous != wanted) {
      const QString problem =
          document_->setField(at.value().entity, at.value().field, wanted, {}, at.value().year);
      if (!problem.isEmpty()) {
        message_->setText(problem);
        return false;
      }
    }
  }
  if (auto s = document_->workspace().resolveSyncConflict(document_->scenarioId(), conflict.id);
      !s) {
    message_->setText(QString::fromStdString(s.error().message));
    return false;
  }
  reload();
  return true;
}

}  // namespace valor::ui
