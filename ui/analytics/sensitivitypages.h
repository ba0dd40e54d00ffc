#pragma once
// The deterministic analytics pages of a scenario: a two-way sensitivity grid shown as a heat
// map (exportable as CSV), the tornado with its spider chart, and goal seek. Each result is
// computed in a few milliseconds at most (tests/bench), so it is recomputed whenever the
// scenario changes, and it always reflects the current inputs.
#include <QWidget>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/analytics/sensitivity.h"
#include "ui/analytics/retranslator.h"
#include "ui/document/document.h"
#include "ui/models/changelabel.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace valor::ui {

class AnalyticsChart;
class JobRunner;
class SensitivityGridModel;

// The scenario's saved sensitivity settings ("sensitivity") as a page last showed them, so the
// page shows them again only when they change under it (an undo, the other page's save), not
// after its own save.
class SavedChoices {
 public:
  // Saves `fields` as one change labelled `label` (nothing when each already holds its value);
  // returns the edit's error.
  QString save(Document& document, std::vector<std::pair<std::string, std::optional<Value>>> fields,
               PlainChange label);
  // True, with the settings (none when the scenario has none), when they differ from what the
  // page shows; they count as shown from then on.
  bool takeChange(const Document& document, std::optional<Entity>& settings);

 private:
  std::optional<Entity> shown_;
  bool saving_ = false;
};

class SensitivityPage : public QWidget {
  Q_OBJECT

 public:
  explicit SensitivityPage(Document* document, QWidget* parent = nullptr);
  // Values the grid on a worker; the table fills when it is done (computing() until then).
  void compute();
  bool computing() const;
  QTableView* table() const { return table_; }
  QString message() const;
  // The grid as CSV (RFC 4180): the title, scenario, output with its unit and the inputs, a
  // blank line, then the table as shown (input values across and down, outputs in the cells).
  QString csv() const;
  // The grid describes the scenario as it is: computed, and not being computed again.
  bool gridIsCurrent() const;
  // What the grid shows: "Value per share as WACC (across) and Terminal growth (down) vary".
  QString gridTitle() const;
  // Shows the last grid again, in the display unit now set.
  void redisplay();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Axis {
    const char* none = nullptr;  // the caption of "no input", when the axis may be left out
    int defaultIndex = 0;
    QComboBox* field;
    QLineEdit* from;
    QLineEdit* to;
    QLineEdit* step;  // between neighbouring values: typed, it sets the count and the end
    QSpinBox* steps;
  };
  Axis makeAxis(const char* caption, int defaultIndex, const char* noneCaption, QWidget* parent);
  void fillAxis(const Axis& axis);
  void suggestRange(const Axis& axis);
  QString axisUnit(const Axis& axis) const;
  void showStep(const Axis& axis);
  void applyStep(const Axis& axis);
  void showGrid(const SensitivityGrid& grid, const ValuationModel& model, OutputIndex output,
                std::vector<std::string> paths, const QString& xUnit, const QString& yUnit);
  void showSweep(bool oneWay, const QString& xUnit, OutputIndex output);
  void exportCsv();
  // The choices are saved with the scenario when a grid is computed, and shown again when the
  // scenario opens or an undo brings back earlier ones.
  void saveChoices();
  void applySavedChoices();
  void applySavedAxis(const Axis& axis, const Entity& saved, const std::string& prefix);

  Document* document_;
  Retranslator tx_;
  SavedChoices saved_;
  Axis x_{};
  Axis y_{};
  QComboBox* output_;
  JobRunner* runner_;
  SensitivityGridModel* gridModel_;
  QTableView* table_;
  AnalyticsChart* sweep_;
  QLabel* message_;
  bool computed_ = false;
  std::vector<std::string> paths_;
  std::string gridOutput_;           // the key of the output the grid shows
  std::function<void()> showAgain_;  // shows the last computed grid
};

class TornadoPage : public QWidget {
  Q_OBJECT

 public:
  explicit TornadoPage(Document* document, QWidget* parent = nullptr);
  // Values the bars and spider lines on a worker; the charts follow when it is done.
  void compute();
  bool computing() const;
  const Tornado& tornado() const { return tornado_; }
  // Shows the last bars and lines again, in the display unit now set.
  void redisplay();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  // `model` gives each input's unit for the absolute values beside the bars.
  void showTornado(const Tornado& tornado, const std::vector<SpiderLine>& lines,
                   const std::vector<double>& changes, double change, const ValuationModel& model,
                   OutputIndex output);
  // As the grid's: saved when computed, shown again on opening and undo.
  void saveChoices();
  void applySavedChoices();

  Document* document_;
  Retranslator tx_;
  SavedChoices saved_;
  QDoubleSpinBox* change_;
  QComboBox* output_;
  AnalyticsChart* bars_;
  AnalyticsChart* spider_;
  QLabel* message_;
  JobRunner* runner_;
  Tornado tornado_;
  std::function<void()> showAgain_;  // shows the last computed bars and lines
};

class GoalSeekPage : public QWidget {
  Q_OBJECT

 public:
  explicit GoalSeekPage(Document* document, QWidget* parent = nullptr);
  void solve();
  QString resultText() const;
  QComboBox* field() const { return field_; }
  QLineEdit* target() const { return target_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  Document* document_;
  Retranslator tx_;
  QComboBox* field_;
  QComboBox* output_;
  QLineEdit* target_;
  QLabel* result_;
  QPushButton* apply_;
  std::optional<GoalSeekResult> solved_;
  std::string solvedPath_;
};

}  // namespace valor::ui
