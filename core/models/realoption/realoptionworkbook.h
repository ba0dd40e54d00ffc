#pragma once
// The workbook model of a European real option: Black–Scholes–Merton and its Greeks as formulas
// over the Inputs sheet, each caching the engine's value, so a changed input recalculates in the
// spreadsheet as in the engine. An American option's tree is not written as formulas (its
// workbook holds the inputs and results as values).
#include "core/model/document.h"
#include "core/models/realoption/realoptionbinding.h"

namespace valor {

class XlsxBook;

void writeRealOptionWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                                  const RealOptionEvaluation& evaluation);

}  // namespace valor
