#pragma once
// A key figure as the results panel shows it, looked up by its caption as a reader would.
#include <QString>
#include <QTableWidget>

#include "ui/results/outputspanel.h"

namespace valor::testing {

// The shown text of the key figure captioned `caption`; empty when there is none.
inline QString keyFigureText(const ui::OutputsPanel& panel, const QString& caption) {
  QTableWidget* table = panel.keyFigures();
  for (int row = 0; row < table->rowCount(); ++row)
    if (table->item(row, 0)->text() == caption) return table->item(row, 1)->text();
  return {};
}

}  // namespace valor::testing
