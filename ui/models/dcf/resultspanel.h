#pragma once
// The results panel of the DCF editor: what an analyst looks at while typing assumptions.
//
// Key figures on top (EV, equity, value per share, the PV split, implied cross-checks, WACC),
// the valuation's warnings, then a tab with the per-year table and one with the charts. A
// scenario that cannot be valued replaces all of that with an explanation and its errors, so
// stale numbers are never shown as if current.
//
// showEvaluation() runs after every keystroke: it updates labels, the table model and the
// charts in place (no widgets, series or axes are rebuilt).
#include <QString>
#include <QWidget>

#include <array>
#include <vector>

#include "core/model/document.h"
#include "core/models/dcf/dcfbinding.h"
#include "ui/results/moneydisplay.h"

class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QVBoxLayout;
class QFrame;
class QGridLayout;
class QResizeEvent;

namespace valor::ui {

class EquityBridgeChart;
class RevenueFcffChart;
class TerminalShareChart;
class YearTableModel;

class ResultsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ResultsPanel(QWidget* parent = nullptr);

  // Shows the valuation of `doc` (its name, currency and unit label the figures).
  void showEvaluation(const ScenarioDocument& doc, const DcfEvaluation& evaluation);
  // Digits after the decimal point for money amounts (value per share always has two).
  void setDecimals(int decimals);
  int decimals() const { return decimals_; }
  // Sets every visible string again in the current language (also done on LanguageChange).
  void retranslate();

  // True when the last evaluation had a result (the figures page is showing).
  bool showsResult() const;
  YearTableModel* yearTableModel() const { return tableModel_; }
  QTableView* yearTableView() const { return table_; }
  RevenueFcffChart* revenueFcffChart() const { return revenueChart_; }
  EquityBridgeChart* equityBridgeChart() const { return bridgeChart_; }
  TerminalShareChart* terminalShareChart() const { return terminalChart_; }

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  enum Figure {
    EnterpriseValue,
    EquityValue,
    ValuePerShare,
    PvExplicit,
    PvTerminal,
    TerminalShare,
    ImpliedMultiple,
    ImpliedGrowth,
    Wacc,
    FigureCount
  };
  enum class State { Empty, Valued, NotValued };

  QWidget* buildResultsPage();
  QWidget* buildExplanationPage();
  void updateCaptions();
  void updateFigures();
  void updateWarnings();
  void updateCharts();  // needs a result
  void updateErrors();
  void updateTableCaption();
  // Side by side when there is room, else one chart under the other (the page scrolls).
  void arrangeCharts(bool wide);
  QString moneyCaption() const;  // "USD millions"
  QString currency() const;

  QStackedWidget* stack_ = nullptr;
  QWidget* resultsPage_ = nullptr;
  QWidget* explanationPage_ = nullptr;

  std::array<QLabel*, FigureCount> captions_{};
  QLabel* figuresUnit_ = nullptr;  // "Amounts in USD millions", once above the figures
  std::array<QLabel*, FigureCount> values_{};
  QFrame* warningsFrame_ = nullptr;
  QVBoxLayout* warningsLayout_ = nullptr;
  std::vector<QLabel*> warningLabels_;

  QTabWidget* tabs_ = nullptr;
  QLabel* tableCaption_ = nullptr;
  QTableView* table_ = nullptr;
  YearTableModel* tableModel_ = nullptr;
  RevenueFcffChart* revenueChart_ = nullptr;
  EquityBridgeChart* bridgeChart_ = nullptr;
  TerminalShareChart* terminalChart_ = nullptr;
  QGridLayout* chartsGrid_ = nullptr;
  int chartsWide_ = -1;  // -1 until first arranged

  QLabel* explanationTitle_ = nullptr;
  QLabel* explanationText_ = nullptr;
  QListWidget* errorList_ = nullptr;

  // What the panel shows, kept so that decimals and language changes can re-render it.
  State state_ = State::Empty;
  DcfEvaluation evaluation_;
  std::string currency_;
  MoneyDisplay money_;     // the scenario's money as shown: its unit or the display unit
  YearMap actualRevenue_;  // the revenue chart's actual years
  int decimals_ = 1;
};

}  // namespace valor::ui
