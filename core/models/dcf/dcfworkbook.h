#pragma once
// The DCF as a spreadsheet model an analyst could have built by hand: an Inputs sheet (blue
// cells with defined names: wacc, terminal_growth, the per-year drivers, the equity bridge) and
// a Model sheet whose every figure is a formula over them — revenue, EBIT, FCFF, discount
// factors, terminal value, EV, the equity bridge and the treasury-stock value per share — so
// the workbook recalculates when an input changes. Each formula caches the engine's value.
#include "core/models/dcf/dcfbinding.h"

namespace valor {

class XlsxBook;

void writeDcfWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                           const DcfEvaluation& evaluation);

}  // namespace valor
