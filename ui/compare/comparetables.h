#pragma once
// The compare window's two side-by-side tables: outputs with each scenario's change from the
// first, and inputs with the cells that differ from the first scenario highlighted.
#include <vector>

#include "ui/compare/comparedstate.h"

class QTableWidget;

namespace valor::ui {

// Columns: per scenario its value, and after each one but the first its change from the first
// ("−11.52 (−25.3 %)").
void fillOutputTable(QTableWidget* table, const std::vector<const ComparedState*>& states,
                     int decimals);
// One row per input, captioned as in the editor; `onlyChanged` leaves out equal rows.
void fillInputTable(QTableWidget* table, const std::vector<const ComparedState*>& states,
                    bool onlyChanged);

}  // namespace valor::ui
