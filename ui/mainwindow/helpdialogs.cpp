#include "ui/mainwindow/helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace valor::ui {
namespace {

// "&Redo" → "Redo"; "&&" stays one "&".
QString plainText(QString text) {
  text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
  text.remove(QLatin1Char('&'));
  text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
  return text;
}

QString keysOf(const QList<QKeySequence>& keys) {
  QStringList texts;
  for (const QKeySequence& k : keys) texts << k.toString(QKeySequence::NativeText);
  return texts.join(QCoreApplication::translate("HelpDialogs", " or "));
}

void addRow(QTableWidget* table, const QString& where, const QString& what, const QString& keys) {
  const int row = table->rowCount();
  table->insertRow(row);
  table->setItem(row, 0, new QTableWidgetItem(where));
  table->setItem(row, 1, new QTableWidgetItem(what));
  table->setItem(row, 2, new QTableWidgetItem(keys));
}

void addMenu(QTableWidget* table, const QMenu* menu) {
  const QString where = plainText(menu->title());
  for (const QAction* action : menu->actions()) {
    if (action->menu()) addMenu(table, action->menu());
    if (!action->shortcuts().isEmpty() && !action->isSeparator())
      addRow(table, where, plainText(action->text()), keysOf(action->shortcuts()));
  }
}

}  // namespace

void showGettingStarted(QWidget* parent) {
  QDialog dialog(parent);
  dialog.setWindowTitle(QCoreApplication::translate("HelpDialogs", "Getting Started"));
  auto* layout = new QVBoxLayout(&dialog);
  auto* text = new QLabel(&dialog);
  text->setWordWrap(true);
  text->setTextFormat(Qt::RichText);
  text->setText(QCoreApplication::translate(
      "HelpDialogs",
      "<h3>Valor IVX in five minutes</h3>"
      "<p><b>Open a scenario.</b> The workspace browser on the left lists the scenarios of the "
      "workspace; the sample workspace has three DCFs, a buyout and a merger. Double-click one "
      "to open it in a tab.</p>"
      "<p><b>Change an assumption.</b> Type into a field of the form and press Enter: the "
      "results beside it follow every keystroke, and Enter saves the change at once — there is "
      "no Save. Rates are typed as percentages (<i>2.5</i> is 2.5 %). The grid below holds the "
      "values per year: type over a cell, paste a row from a spreadsheet, or type a formula "
      "such as <i>=1200*1.05</i>.</p>"
      "<p><b>Undo anything.</b> Ctrl+Z undoes the last change, Ctrl+Y or Ctrl+Shift+Z redoes "
      "it; the History panel on the right lists every change with its author and time, and "
      "Scenario ▸ Save Version marks a state to compare with or return to.</p>"
      "<p><b>Ask what-if.</b> The Analytics tab runs Monte Carlo, sensitivity grids, the "
      "tornado and goal seek on any input, in the background.</p>"
      "<p><b>Start your own.</b> File ▸ New … Scenario starts a DCF, an LBO or an M&amp;A from "
      "a complete example to overwrite.</p>"
      "<p>Help ▸ Keyboard Shortcuts lists every key.</p>"));
  layout->addWidget(text);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog.resize(560, dialog.sizeHint().height());
  dialog.exec();
}

void showKeyboardShortcuts(const QMenuBar* menus, QWidget* parent) {
  QDialog dialog(parent);
  dialog.setObjectName(QStringLiteral("keyboardShortcutsDialog"));
  dialog.setWindowTitle(QCoreApplication::translate("HelpDialogs", "Keyboard Shortcuts"));
  auto* layout = new QVBoxLayout(&dialog);
  auto* table = new QTableWidget(0, 3, &dialog);
  table->setObjectName(QStringLiteral("shortcutsTable"));
  table->setAccessibleName(QCoreApplication::translate("HelpDialogs", "Keyboard shortcuts"));
  table->setHorizontalHeaderLabels({QCoreApplication::translate("HelpDialogs", "Where"),
                                    QCoreApplication::translate("HelpDialogs", "What"),
                                    QCoreApplication::translate("HelpDialogs", "Keys")});
  table->verticalHeader()->hide();
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  for (const QAction* action : menus->actions())
    if (action->menu()) addMenu(table, action->menu());
  const QString grid = QCoreApplication::translate("HelpDialogs", "Per-year grid");
  addRow(table, grid, QCoreApplication::translate("HelpDialogs", "Edit the cell"),
         QCoreApplication::translate("HelpDialogs", "F2, or just type"));
  addRow(table, grid, QCoreApplication::translate("HelpDialogs", "Save the cell and move down"),
         QCoreApplication::translate("HelpDialogs", "Enter"));
  addRow(table, grid, QCoreApplication::translate("HelpDialogs", "Work out a formula"),
         QCoreApplication::translate("HelpDialogs", "=1200*1.05, then Enter"));
  addRow(table, grid, QCoreApplication::translate("HelpDialogs", "Paste cells from a spreadsheet"),
         QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText));
  addRow(table, grid, QCoreApplication::translate("HelpDialogs", "Copy the selected cells"),
         QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
  addRow(table, grid, QCoreApplication::translate("HelpDialogs", "Fill the value to the right"),
         QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
  const QString field = QCoreApplication::translate("HelpDialogs", "Field");
  addRow(table, field, QCoreApplication::translate("HelpDialogs", "Save the value"),
         QCoreApplication::translate("HelpDialogs", "Enter, or leave the field"));
  addRow(table, field, QCoreApplication::translate("HelpDialogs", "Go back to the saved value"),
         QCoreApplication::translate("HelpDialogs", "Esc"));
  addRow(table, field, QCoreApplication::translate("HelpDialogs", "Undo the change just saved"),
         QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
  const QString list = QCoreApplication::translate("HelpDialogs", "Tranche table");
  addRow(table, list, QCoreApplication::translate("HelpDialogs", "Move the row up or down"),
         keysOf({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::ALT | Qt::Key_Down)}));
  table->resizeColumnsToContents();
  table->resizeRowsToContents();
  table->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(table);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog.resize(760, 560);
  dialog.exec();
}

}  // namespace valor::ui
