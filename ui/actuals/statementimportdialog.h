#pragma once
// Import a statement into the scenario's actuals: choose the file (CSV, or a workbook and its
// sheet), see what will be read before
// anything changes — each row's line, its years and figures in the file's unit, the rows left
// out — and import it as one change. The unit is the file's stated one or the one chosen here,
// never guessed; a figure more than ×100 off the scenario's own asks before importing.
#include <QDialog>

#include <optional>
#include <string>

#include "core/actuals/statement.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace valor::ui {

class Document;

class StatementImportDialog : public QDialog {
  Q_OBJECT

 public:
  explicit StatementImportDialog(Document* document, QWidget* parent = nullptr);

  // The file to read (a test sets it instead of browsing); the preview follows.
  void setFile(const QString& path);
  // Imports what the preview shows; true when the scenario changed. On a refusal the message
  // stays in the dialog.
  bool importStatement();

 private:
  void browse();
  void preview();
  void showPreview(const Statement& statement);

  Document* document_;
  QLineEdit* path_;
  QComboBox* unit_;
  QCheckBox* decimalComma_;
  QComboBox* sheet_;  // a workbook's sheets; hidden for a CSV
  QLabel* sheetLabel_;
  QTableWidget* table_;
  QLabel* summary_;
  QDialogButtonBox* buttons_;
  QPushButton* importButton_;
  std::optional<Statement> statement_;
  std::string fileName_;
  QString loadedPath_;
};

}  // namespace valor::ui
