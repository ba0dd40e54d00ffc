#pragma once
// The DCF's tab: the assumptions form (from the DCF's presentation table), the option tranches,
// the per-year driver grid, the DCF's own results (key figures, bridge, charts) beside them, and
// the analytics pages. Typing previews the valuation; every finished edit is a saved, undoable
// change. Validation issues appear at their fields.
#include <QWidget>

#include "ui/document/document.h"
#include "ui/models/scenarioview.h"

class QPushButton;
class QTabWidget;
class QTableView;
class QLabel;
class QGridLayout;

namespace valor::ui {

class AnalyticsPanel;
class ModelForm;
class OptionsModel;
class PerYearModel;
class PerYearView;
class ResultsPanel;

class DcfEditor : public ScenarioView {
  Q_OBJECT

 public:
  explicit DcfEditor(Document* document, QWidget* parent = nullptr);

  Document* document() const override { return document_; }
  ResultsPanel* resultsPanel() const { return results_; }
  AnalyticsPanel* analyticsPanel() const override { return analytics_; }
  void showPage(int page) override;
  PerYearView* perYearView() const { return grid_; }
  FieldEdit* fieldEdit(const QString& path) const override;
  void setDecimals(int decimals) override;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void addOptionsTable(QGridLayout* group);
  void refreshFromDocument(const QStringList& changedPaths);
  void showResults();
  void retranslate();

  Document* document_;
  ModelForm* form_ = nullptr;
  PerYearModel* gridModel_ = nullptr;
  PerYearView* grid_ = nullptr;
  QLabel* gridTitle_ = nullptr;
  QLabel* gridMessage_ = nullptr;
  ResultsPanel* results_ = nullptr;
  QTabWidget* pages_ = nullptr;
  AnalyticsPanel* analytics_ = nullptr;
  OptionsModel* optionsModel_ = nullptr;
  QTableView* optionsView_ = nullptr;
  QLabel* optionsTitle_ = nullptr;
  QLabel* optionsMessage_ = nullptr;
  QPushButton* addOptionButton_ = nullptr;
  QPushButton* removeOptionButton_ = nullptr;
};

}  // namespace valor::ui
