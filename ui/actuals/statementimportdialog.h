#pragma once
// Import a statement into the scenario's actuals: choose the file (CSV, or a workbook and its
// sheet), see what will be read before
// anything changes — each row's line, its years and figures in the file's unit, the rows left
// out — and import it as one change. The unit is the file's stated one or the one chosen here,
// never guessed; a figure more than ×100 off the scenario's own asks before importing. A row's
// line can be chosen by hand and the choices saved as a mapping for the next statement; a
// column's year can be read as another year (a heading that names the year a fiscal year starts
// in) or the column left out.
#include <QDialog>

#include <map>
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
  // Reads a saved mapping of labels to lines (the format of valor-cli's --mapping); false, with
  // the reason shown, when it cannot.
  bool setMappingFile(const QString& path);
  const std::map<std::string, std::string>& mapping() const { return mapping_; }

 private:
  void browse();
  void preview();
  void showPreview(const Statement& statement);
  // The preview's choice of line for a row labelled `label` (`key` chosen; "" for none).
  QComboBox* lineChoice(const std::string& label, const std::string& key);
  // The year choices of the columns, headed as the file heads them.
  void showYearChoices(const std::vector<Year>& headings);
  void saveMapping();
  void loadMapping();

  Document* document_;
  QLineEdit* path_;
  QComboBox* unit_;
  QCheckBox* decimalComma_;
  QComboBox* sheet_;  // a workbook's sheets; hidden for a CSV
  QLabel* sheetLabel_;
  QWidget* yearStrip_;  // a year choice per column the file heads with a year
  QLabel* yearsLabel_;
  QTableWidget* table_;
  QLabel* summary_;
  QDialogButtonBox* buttons_;
  QPushButton* importButton_;
  std::optional<Statement> statement_;
  std::string fileName_;
  QString loadedPath_;
  std::map<std::string, std::string> mapping_;   // the rows' lines chosen by hand
  std::map<Year, std::optional<Year>> yearsAs_;  // the columns' years chosen by hand
};

}  // namespace valor::ui
