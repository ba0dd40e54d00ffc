#pragma once
// The analytics of a scenario's PDF report: the Monte Carlo summary (paths, mean, median,
// spread and percentiles of the output) and the sensitivity grid as a table, each only when it
// was computed on the scenario as it is, so a printout never shows figures of another state.
#include <QString>

class QAbstractItemModel;

namespace valor {
class ScenarioDocument;
struct MonteCarloResult;
}  // namespace valor

namespace valor::ui {

class ScenarioView;

// The largest grid the report prints as a table; a larger one is named, with how to export it.
inline constexpr int kReportGridMaxColumns = 13;
inline constexpr int kReportGridMaxRows = 40;

QString monteCarloSummaryHtml(const ScenarioDocument& doc, const MonteCarloResult& result,
                              int decimals);
// A table model as shown: its header row, its row headers, its cells' display texts.
QString itemTableHtml(const QAbstractItemModel& model);
// Both sections for the scenario's tab, in that order; empty when neither is current.
QString analyticsHtml(ScenarioView& view, int decimals);

}  // namespace valor::ui
