#pragma once
// A share's market data into the scenario: its latest price and shares outstanding from Alpha
// Vantage (a keyed provider; the key is kept in the system keychain), fetched off the GUI thread,
// shown with its date, source and age, and put where the scenario's kind takes it — an M&A
// deal's acquirer or target, a DCF's basic shares — as one undoable change.
#include <QDialog>

#include <optional>

#include "core/providers/marketdata.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace valor::ui {

class Document;
class JobRunner;

class MarketDataDialog : public QDialog {
  Q_OBJECT

 public:
  explicit MarketDataDialog(Document* document, QWidget* parent = nullptr);

  // Whether the scenario's kind takes market data at all.
  static bool offeredFor(const Document* document);

  void fetch();  // the Fetch button
  bool fetching() const;
  // Puts the quote into `target` ("acquirer", "target", "shares"); true when the scenario changed.
  bool use(const std::string& target);

 signals:
  void fetchFinished();

 private:
  void showQuote(const Result<MarketQuote>& quote);
  void showStatus(const QString& text, bool problem);

  Document* document_;
  QLineEdit* ticker_;
  QLineEdit* key_;
  QLabel* keyNote_;
  QCheckBox* offline_;
  QPushButton* fetchButton_;
  QLabel* status_;
  std::vector<QPushButton*> useButtons_;
  JobRunner* runner_;
  QString storedKey_;
  std::optional<MarketQuote> quote_;
};

}  // namespace valor::ui
