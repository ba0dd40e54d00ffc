#pragma once
// The compare window's two side-by-side tables: outputs with each scenario's change from the
// first, and inputs with the cells that differ from the first scenario highlighted.
#include <QString>

#include <optional>
#include <string>
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

// An input's caption as the editor shows it, from the first state whose kind knows it.
QString pathCaption(const std::string& path, const std::vector<const ComparedState*>& states);
// An input's value as the editor shows it ("8.5 %", a choice by its caption); "—" for none.
QString inputText(const std::string& path, const std::optional<Value>& value,
                  const std::string& unit, const std::vector<const ComparedState*>& states);

}  // namespace valor::ui
