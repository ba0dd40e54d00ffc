#pragma once
// The per-year grid as a spreadsheet user expects: type over a cell, paste a row (or block)
// copied from a spreadsheet, fill the current value to the right, copy cells out; F2 edits the
// cell, Enter moves down, "=1200*1.05" is worked out. The row header's context menu (or the
// cell's, or the Menu key) makes a driver constant, per year or staged.
#include <QTableView>

#include <string>

class QMenu;

namespace valor::ui {

class PerYearModel;

class PerYearView : public QTableView {
  Q_OBJECT

 public:
  explicit PerYearView(QWidget* parent = nullptr);
  void setPerYearModel(PerYearModel* model);

  // Clipboard text (tab-separated columns, newline-separated rows) from the current cell on.
  void pasteText(const QString& text);
  void fillRight();
  QString selectedText() const;
  // The menu of how the row's driver is given (the current form checked); nullptr for a row
  // without a mode. Constant and staged ask for their values in a dialog (DriverKindDialog).
  QMenu* kindMenu(int row, QWidget* parent);

 protected:
  bool event(QEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;
  // Enter commits the cell and moves down, as in a spreadsheet.
  void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

 private:
  void moveDown();
  void showKindMenu(int row, const QPoint& globalPos);
  void chooseKind(const std::string& driver, const std::string& mode);

  PerYearModel* model_ = nullptr;
};

}  // namespace valor::ui
