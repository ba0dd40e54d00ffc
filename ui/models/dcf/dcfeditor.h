#pragma once
// The DCF editor of one scenario: the assumptions form (grouped like the analyst's build-up),
// the per-year driver grid, and the live results beside them. Typing previews the valuation;
// every finished edit is a saved, undoable change. Validation issues appear at their fields.
#include <QWidget>

#include <vector>

#include "core/models/dcf/dcfbinding.h"
#include "ui/document/document.h"
#include "ui/models/scenarioview.h"

class QGroupBox;
class QPushButton;
class QTabWidget;
class QTableView;
class QLabel;
class QGridLayout;

namespace valor::ui {

class AnalyticsPanel;
class ChoiceBox;
class FieldEdit;
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
  // The editor of a field by its path ("dcf.discount_rate.wacc"), or nullptr.
  FieldEdit* fieldEdit(const QString& path) const override;
  void setDecimals(int decimals) override;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Row {
    QString path;
    const char* caption;
    QWidget* editor;
    QLabel* label;
    QLabel* message;
    QWidget* container;
  };
  struct Group {
    const char* title;
    QGroupBox* box;
    QGridLayout* form;
  };

  QWidget* buildForm();
  void addGroup(const char* title);
  void addField(const Entity& entity, const std::string& field, const char* caption, int kind,
                const QString& unit);
  void addChoice(const Entity& entity, const std::string& field, const char* caption,
                 std::vector<std::pair<std::string, const char*>> choices);
  void addOptionsTable();
  void refreshFromDocument(const QStringList& changedPaths);
  void showIssues(const DcfEvaluation& evaluation);
  void updateVisibility();
  void retranslate();

  Document* document_;
  std::vector<Group> groups_;
  std::vector<Row> rows_;
  std::vector<FieldEdit*> fields_;
  std::vector<std::pair<ChoiceBox*, std::vector<const char*>>> choices_;
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
