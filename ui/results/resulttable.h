#pragma once
// The read-only tables results are shown in: cells sized to their contents, numbers right-aligned.
class QString;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace valor::ui {

QTableWidget* readOnlyTable(QWidget* parent);
// A cell that can be selected and copied but not edited; `bold` for totals.
QTableWidgetItem* resultCell(const QString& text, bool number, bool bold = false);

}  // namespace valor::ui
