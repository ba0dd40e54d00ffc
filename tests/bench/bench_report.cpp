// Report speed target (issue: comparison and reports), on this 2-core machine:
//   the Excel workbook of one scenario ≤ 200 ms — valuing it, laying out the Inputs, the Model
//   as formulas and the Results, and writing the .xlsx file. Timed on the bundled Northwind DCF
//   (10 years, built-up WACC, three option tranches), on a 30-year DCF, on the bundled Pioneer
//   merger and the ValueCo buyout (their models as formulas too). Also timed: CSV.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "core/model/scenariojson.h"
#include "core/report/csv.h"
#include "core/report/workbook.h"
#include "tests/bench/benchsupport.h"

using namespace valor;

namespace {

const ScenarioDocument& northwind() {
  static const ScenarioDocument doc =
      parseScenarioJson(bench::readText(VALOR_SAMPLE_SCENARIO), randomIdGenerator()).value();
  return doc;
}

const ScenarioDocument& pioneer() {
  static const ScenarioDocument doc =
      parseScenarioJson(bench::readText(VALOR_MERGER_SCENARIO), randomIdGenerator()).value();
  return doc;
}

const ScenarioDocument& valueco() {
  static const ScenarioDocument doc =
      parseScenarioJson(bench::readText(VALOR_BUYOUT_SCENARIO), randomIdGenerator()).value();
  return doc;
}

const ScenarioDocument& thirtyYears() {
  static const ScenarioDocument doc = parseScenarioJson(R"({
    "schema": "valor.scenario/1", "name": "Thirty years", "model": "dcf",
    "dcf": {"base_year": 2025, "years": 30, "base": {"revenue": 1000, "nwc": 150},
      "revenue_growth": {"mode": "staged", "stage1_years": 5, "stage1": 0.08, "stage2_years": 15,
                         "stage3": 0.025, "fade": "linear"},
      "ebit_margin": {"mode": "constant", "value": 0.15},
      "tax_rate": {"mode": "constant", "value": 0.25},
      "da_pct_revenue": {"mode": "constant", "value": 0.04},
      "capex_pct_revenue": {"mode": "constant", "value": 0.05},
      "nwc_pct_revenue": {"mode": "constant", "value": 0.15},
      "discount_rate": {"method": "direct", "wacc": 0.09},
      "terminal_value": {"method": "gordon", "growth": 0.025},
      "equity_bridge": {"cash": 100, "debt": 300, "basic_shares": 50}}})",
                                                        randomIdGenerator())
                                          .value();
  return doc;
}

std::string scratch(const char* name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

void workbook(benchmark::State& state, const ScenarioDocument& doc) {
  const std::string path = scratch("valor-bench-report.xlsx");
  for (auto _ : state)
    if (!exportWorkbook(doc, path)) state.SkipWithError("not written");
  std::filesystem::remove(path);
}

void BM_WorkbookNorthwind(benchmark::State& state) {
  workbook(state, northwind());
}
BENCHMARK(BM_WorkbookNorthwind)->Unit(benchmark::kMillisecond);

void BM_Workbook30Years(benchmark::State& state) {
  workbook(state, thirtyYears());
}
BENCHMARK(BM_Workbook30Years)->Unit(benchmark::kMillisecond);

void BM_WorkbookPioneer(benchmark::State& state) {
  workbook(state, pioneer());
}
BENCHMARK(BM_WorkbookPioneer)->Unit(benchmark::kMillisecond);

void BM_WorkbookValueCo(benchmark::State& state) {
  workbook(state, valueco());
}
BENCHMARK(BM_WorkbookValueCo)->Unit(benchmark::kMillisecond);

void BM_CsvNorthwind(benchmark::State& state) {
  const std::string dir = scratch("valor-bench-csv");
  std::filesystem::create_directories(dir);
  for (auto _ : state)
    if (!exportCsv(northwind(), dir)) state.SkipWithError("not written");
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_CsvNorthwind)->Unit(benchmark::kMillisecond);

}  // namespace
