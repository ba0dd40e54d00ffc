#pragma once
// The merger model as a spreadsheet an analyst could have built by hand: an Inputs sheet (blue
// cells with defined names: the two companies, the offer, the consideration mix, funding, the
// purchase price allocation, synergies and the per-year net incomes) and a Model sheet whose
// every figure is a formula over them — offer price, purchase equity, new shares, new debt and
// cash used, goodwill, the per-year pro-forma net income, EPS, accretion/dilution, break-even
// synergies and the maximum EPS-neutral price — the closed forms of core/finance/ma.h. Each
// formula caches the engine's value.
#include "core/models/ma/mabinding.h"

namespace valor {

class XlsxBook;

void writeMaWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                          const MaEvaluation& evaluation);

}  // namespace valor
