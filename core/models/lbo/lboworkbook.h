#pragma once
// The leveraged buyout as a spreadsheet an analyst could have built by hand: an Inputs sheet
// (blue cells with defined names: entry, financing terms, exit, the per-year drivers and one
// column per tranche) and a Model sheet whose every figure is a formula over them — the
// operating case, sources & uses, each tranche's schedule (interest, PIK, mandatory repayment,
// revolver draw, sweep), taxes with the loss carry-forward, the cash waterfall, credit
// statistics, the sponsor's flows, IRR, XIRR, MOIC and the returns attribution: the recurrences
// of core/finance/lbo.h. Interest on average balances is circular, as in any hand-built LBO: the
// workbook then switches on iterative calculation, which settles on the engine's fixed point.
// Each formula caches the engine's value.
#include "core/models/lbo/lbobinding.h"

namespace valor {

class XlsxBook;

// Requires a valued scenario (evaluation.result). A projection that a shortfall after the exit
// cut short is laid out for the years it ran.
void writeLboWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                           const LboEvaluation& evaluation);

}  // namespace valor
