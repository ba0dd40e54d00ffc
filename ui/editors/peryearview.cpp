#include "ui/editors/peryearview.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>
#include <map>
#include <vector>

#include "ui/editors/driverkinddialog.h"
#include "ui/editors/peryearmodel.h"
#include "ui/models/changelabel.h"

namespace valor::ui {

PerYearView::PerYearView(QWidget* parent) : QTableView(parent) {
  setSelectionMode(QAbstractItemView::ContiguousSelection);
  setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                  QAbstractItemView::AnyKeyPressed);
  horizontalHeader()->setDefaultSectionSize(72);
  verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(verticalHeader(), &QHeaderView::customContextMenuRequested, this,
          [this](const QPoint& pos) {
            showKindMenu(verticalHeader()->logicalIndexAt(pos),
                         verticalHeader()->viewport()->mapToGlobal(pos));
          });
}

QMenu* PerYearView::kindMenu(int row, QWidget* parent) {
  const auto kind = model_ ? model_->kindOf(row) : std::nullopt;
  if (!kind) return nullptr;
  auto* menu = new QMenu(parent);
  menu->setObjectName(QStringLiteral("driverKindMenu"));
  auto* group = new QActionGroup(menu);
  const std::vector<std::string> offered = model_->kindsOffered(row);
  // By the driver's name, not its row: the rows may change while a dialog is open.
  const std::string driver = model_->driverOf(row);
  auto add = [&](const QString& text, const char* mode, const char* name) {
    if (std::find(offered.begin(), offered.end(), mode) == offered.end()) return;
    QAction* action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setCheckable(true);
    action->setChecked(kind->mode == mode);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, driver, mode] { chooseKind(driver, mode); });
  };
  const QString caption = model_->captionOf(row);
  add(tr("%1: &Constant…").arg(caption), "constant", "makeConstant");
  add(tr("%1: &Per Year").arg(caption), "per_year", "makePerYear");
  add(tr("%1: In &Stages…").arg(caption), "staged", "makeStaged");
  return menu;
}

void PerYearView::showKindMenu(int row, const QPoint& globalPos) {
  QMenu* menu = kindMenu(row, this);
  if (!menu) return;
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->popup(globalPos);
}

void PerYearView::contextMenuEvent(QContextMenuEvent* event) {
  // On a cell, or with the Menu key on the current cell: the row's driver.
  const QModelIndex at =
      event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
  if (!at.isValid()) return;
  const QPoint pos = event->reason() == QContextMenuEvent::Mouse
                         ? event->globalPos()
                         : viewport()->mapToGlobal(visualRect(at).bottomLeft());
  showKindMenu(at.row(), pos);
}

void PerYearView::chooseKind(const std::string& driver, const std::string& mode) {
  const int row = model_ ? model_->rowOf(driver) : -1;
  auto kind = model_ ? model_->kindOf(row) : std::nullopt;
  if (!kind) return;
  kind->mode = mode;
  if (mode == "per_year") {
    model_->setKind(row, *kind);
    return;
  }
  // Window-modal and not blocking: the grid's value stays in view behind it.
  auto* dialog = new DriverKindDialog(model_->captionOf(row), model_->unitOf(row), model_->years(),
                                      *kind, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, driver, dialog] {
    if (const int now = model_->rowOf(driver); now >= 0) model_->setKind(now, dialog->kind());
  });
  dialog->open();
}

void PerYearView::setPerYearModel(PerYearModel* model) {
  model_ = model;
  setModel(model);
}

void PerYearView::pasteText(const QString& text) {
  const QModelIndex start = currentIndex();
  if (!model_ || !start.isValid()) return;
  std::vector<PerYearModel::CellEdit> edits;
  QString body = text;
  while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char('\r'))) body.chop(1);
  const QStringList lines = body.split(QLatin1Char('\n'));
  for (int r = 0; r < lines.size(); ++r) {
    QString line = lines[r];
    if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
    const QStringList cells = line.split(QLatin1Char('\t'));
    for (int c = 0; c < cells.size(); ++c) {
      const int row = start.row() + r;
      const int column = start.column() + c;
      if (row < model_->rowCount() && column < model_->columnCount())
        edits.push_back({row, column, cells[c]});
    }
  }
  if (!edits.empty()) model_->setCells(edits, labels::pasteValues(static_cast<int>(edits.size())));
}

void PerYearView::fillRight() {
  const QModelIndex current = currentIndex();
  if (!model_ || !current.isValid()) return;
  // Fill the selected cells of each selected row from the row's leftmost selected cell; with
  // a single cell selected, fill to the end of the projection.
  std::map<int, std::pair<int, int>> spans;  // row -> (first, last) column
  for (const QModelIndex& i : selectionModel()->selectedIndexes()) {
    auto [it, fresh] = spans.emplace(i.row(), std::make_pair(i.column(), i.column()));
    if (!fresh) {
      it->second.first = std::min(it->second.first, i.column());
      it->second.second = std::max(it->second.second, i.column());
    }
  }
  if (spans.empty()) spans[current.row()] = {current.column(), current.column()};
  std::vector<PerYearModel::CellEdit> edits;
  for (auto& [row, span] : spans) {
    const int last = span.first == span.second ? model_->columnCount() - 1 : span.second;
    const QString source = model_->index(row, span.first).data(Qt::EditRole).toString();
    for (int c = span.first + 1; c <= last; ++c) edits.push_back({row, c, source});
  }
  if (!edits.empty()) model_->setCells(edits, labels::plain(PlainChange::FillRight));
}

QString PerYearView::selectedText() const {
  QModelIndexList indexes = selectionModel()->selectedIndexes();
  if (indexes.isEmpty()) return {};
  std::sort(indexes.begin(), indexes.end());
  QString text;
  int row = indexes.front().row();
  bool first = true;
  for (const QModelIndex& i : indexes) {
    if (i.row() != row) {
      text += QLatin1Char('\n');
      row = i.row();
      first = true;
    }
    if (!first) text += QLatin1Char('\t');
    text += i.data(Qt::EditRole).toString();
    first = false;
  }
  return text;
}

// F2 and Enter are the grid's own keys while it has the focus (edit the cell, commit and move
// down), ahead of the window's shortcuts (F2 renames a scenario).
bool PerYearView::event(QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride) {
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_F2 || key == Qt::Key_Return || key == Qt::Key_Enter) {
      event->accept();
      return true;
    }
  }
  return QTableView::event(event);
}

void PerYearView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
  if (hint != QAbstractItemDelegate::SubmitModelCache) {
    QTableView::closeEditor(editor, hint);
    return;
  }
  QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
  moveDown();
}

void PerYearView::moveDown() {
  const QModelIndex current = currentIndex();
  if (!current.isValid() || current.row() + 1 >= model()->rowCount()) return;
  setCurrentIndex(model()->index(current.row() + 1, current.column()));
}

void PerYearView::keyPressEvent(QKeyEvent* event) {
  if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
      state() != QAbstractItemView::EditingState) {
    moveDown();
    return;
  }
  if (event->matches(QKeySequence::Paste)) {
    pasteText(QApplication::clipboard()->text());
    return;
  }
  if (event->matches(QKeySequence::Copy)) {
    QApplication::clipboard()->setText(selectedText());
    return;
  }
  if (event->key() == Qt::Key_R && event->modifiers() == Qt::ControlModifier) {
    fillRight();
    return;
  }
  QTableView::keyPressEvent(event);
}

}  // namespace valor::ui
