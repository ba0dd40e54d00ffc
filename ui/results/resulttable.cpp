#include "ui/results/resulttable.h"

#include <QHeaderView>
#include <QTableWidget>

#include "ui/results/tableactions.h"

namespace valor::ui {

QTableWidget* readOnlyTable(QWidget* parent) {
  auto* table = new QTableWidget(parent);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  addTableActions(table, {});
  return table;
}

QTableWidgetItem* resultCell(const QString& text, bool number, bool bold) {
  auto* cell = new QTableWidgetItem(text);
  cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  if (number) cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  if (bold) {
    QFont font = cell->font();
    font.setBold(true);
    cell->setFont(font);
  }
  return cell;
}

}  // namespace valor::ui
