#pragma once
// Fetch a US filer's reported figures from SEC EDGAR into the scenario's actuals: the company
// (ticker or CIK), how many fiscal years, and the analyst's name and e-mail (the SEC asks every
// client for them). The fetch runs off the GUI thread and can be cancelled; the preview shows
// each line in the scenario's unit with the tags and filings it came from, and how old the data
// is when it comes from this machine's cache; the import is one undoable change.
#include <QDialog>

#include <optional>

#include "core/providers/edgar.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace valor::ui {

class Document;
class JobRunner;
class Settings;

class EdgarImportDialog : public QDialog {
  Q_OBJECT

 public:
  // `settings` keeps the contact for next time; may be null.
  EdgarImportDialog(Document* document, Settings* settings, QWidget* parent = nullptr);

  // Starts a fetch of what the fields say (the Fetch button); the preview follows when done.
  void fetch();
  bool fetching() const;
  // Imports what the preview shows; true when the scenario changed.
  bool importFetched();

 signals:
  void fetchFinished();  // the preview or the reason is shown

 private:
  void showFetched(const Result<EdgarFetch>& fetched);
  void showStatus(const QString& text, bool problem);

  Document* document_;
  Settings* settings_;
  QLineEdit* company_;
  QSpinBox* years_;
  QLineEdit* contact_;
  QCheckBox* offline_;
  QPushButton* fetchButton_;
  QLabel* status_;
  QTableWidget* table_;
  QDialogButtonBox* buttons_;
  QPushButton* importButton_;
  JobRunner* runner_;
  std::optional<EdgarFetch> fetched_;
};

// "3 days", "5 hours", "less than a minute": how old an answer from the cache is.
QString cachedAgeText(std::int64_t ms);

}  // namespace valor::ui
