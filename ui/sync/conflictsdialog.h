#pragma once
// Sync ▸ Review Conflicts: each value of a colleague's that an edit of the analyst's replaced
// on the server (or an edit the server refused), with yours, theirs and what you saw, who and
// when, and what each choice does to the value per share. Keeping a value that is not the
// current one is a new edit through the usual write path (saved, undoable, synced).
#include <QDialog>

#include "core/store/syncrecord.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace valor::ui {

class Document;

class ConflictsDialog : public QDialog {
  Q_OBJECT

 public:
  ConflictsDialog(Document* document, QWidget* parent = nullptr);

  int rowCount() const;
  void selectRow(int row);
  // The choices for the selected conflict; false (and a message) when it could not be applied.
  bool keepMine();
  bool keepTheirs();
  QString message() const;

 private:
  void reload();
  bool keep(bool mine);
  void updateButtons();

  Document* document_;
  std::vector<StoredConflict> conflicts_;
  QTableWidget* table_;
  QLabel* message_;
  QPushButton* keepMine_;
  QPushButton* keepTheirs_;
};

}  // namespace valor::ui
