#pragma once
// A scenario's analytics: Monte Carlo, sensitivity grid, tornado and goal seek, one tab each.
#include <QTabWidget>

#include "ui/document/document.h"

namespace valor::ui {

class GoalSeekPage;
class MonteCarloPage;
class SensitivityPage;
class TornadoPage;

class AnalyticsPanel : public QTabWidget {
  Q_OBJECT

 public:
  explicit AnalyticsPanel(Document* document, QWidget* parent = nullptr);

  MonteCarloPage* monteCarlo() const { return monteCarlo_; }
  SensitivityPage* sensitivity() const { return sensitivity_; }
  TornadoPage* tornado() const { return tornado_; }
  GoalSeekPage* goalSeek() const { return goalSeek_; }
  // Shows the computed results again after a display setting changed (the display unit).
  void redisplay();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  MonteCarloPage* monteCarlo_;
  SensitivityPage* sensitivity_;
  TornadoPage* tornado_;
  GoalSeekPage* goalSeek_;
};

}  // namespace valor::ui
