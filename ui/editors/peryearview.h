#pragma once
// The per-year grid as a spreadsheet user expects: type over a cell, paste a row (or block)
// copied from a spreadsheet, fill the current value to the right, copy cells out.
#include <QTableView>

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

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  PerYearModel* model_ = nullptr;
};

}  // namespace valor::ui
