#pragma once
// The compare window's value bridge: from one compared state to another, the change in a
// chosen output split by input group (core/compare/bridge.h) — sequential in an order the
// analyst sets by dragging or Alt+Up/Down, or Shapley — as a waterfall and a table of steps
// with the fields behind each and, for two states of one scenario, who changed them and when.
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "core/compare/bridge.h"
#include "ui/compare/comparedstate.h"

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace valor {
class Workspace;
namespace jobs {
class ThreadPool;
}
}  // namespace valor

namespace valor::ui {

class WaterfallChart;

class BridgePage : public QWidget {
  Q_OBJECT

 public:
  enum StepColumn { GroupColumn, ChangeColumn, FieldsColumn, AuthorsColumn, StepColumnCount };

  BridgePage(Workspace* workspace, QWidget* parent = nullptr);
  ~BridgePage() override;

  // The states the bridge may run between (the compare window's checked ones).
  void setStates(std::vector<const ComparedState*> states, int decimals);
  void choose(int from, int to);

  const std::optional<ValueBridge>& bridge() const { return bridge_; }
  QComboBox* fromBox() const { return from_; }
  QComboBox* toBox() const { return to_; }
  QComboBox* outputBox() const { return output_; }
  QComboBox* methodBox() const { return method_; }
  QListWidget* orderList() const { return order_; }
  QTableWidget* stepTable() const { return steps_; }
  WaterfallChart* chart() const { return chart_; }
  QLabel* summary() const { return summary_; }

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void retranslate();
  void fillOutputs();
  void recompute();
  void showBridge();
  void showProblem(const QString& text);
  std::vector<std::string> chosenOrder() const;

  Workspace* workspace_;
  std::unique_ptr<jobs::ThreadPool> pool_;  // a Shapley bridge values its states on every core
  std::vector<const ComparedState*> states_;
  int decimals_ = 2;
  std::optional<ValueBridge> bridge_;
  bool filling_ = false;

  QLabel* fromLabel_;
  QLabel* toLabel_;
  QLabel* outputLabel_;
  QLabel* methodLabel_;
  QLabel* orderLabel_;
  QComboBox* from_;
  QComboBox* to_;
  QComboBox* output_;
  QComboBox* method_;
  QListWidget* order_;
  QLabel* summary_;
  WaterfallChart* chart_;
  QTableWidget* steps_;
};

// An input group's label in the user's language.
QString inputGroupCaption(const std::string& label);

}  // namespace valor::ui
