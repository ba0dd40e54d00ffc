#include "ui/results/tableactions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSaveFile>
#include <QTableView>

#include <algorithm>
#include <vector>

#include "ui/common/messagebox.h"

namespace valor::ui {
namespace {

struct Block {
  int top = 0, bottom = -1, left = 0, right = -1;
};

Block blockOf(const QAbstractItemModel& model, const QModelIndexList& cells) {
  if (cells.isEmpty()) return {0, model.rowCount() - 1, 0, model.columnCount() - 1};
  Block b{model.rowCount(), -1, model.columnCount(), -1};
  for (const QModelIndex& index : cells) {
    b.top = std::min(b.top, index.row());
    b.bottom = std::max(b.bottom, index.row());
    b.left = std::min(b.left, index.column());
    b.right = std::max(b.right, index.column());
  }
  return b;
}

bool rowHeadersShown(const QAbstractItemView& view) {
  const auto* table = qobject_cast<const QTableView*>(&view);
  return table && table->verticalHeader()->isVisible();
}

// The rows of the block as text fields: the header row first, then each row with its header.
std::vector<QStringList> fieldsOf(const QAbstractItemView& view, const Block& b) {
  const QAbstractItemModel& model = *view.model();
  const bool rowHeaders = rowHeadersShown(view);
  std::vector<QStringList> rows;
  QStringList header;
  if (rowHeaders) header << QString();
  for (int c = b.left; c <= b.right; ++c)
    header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
  rows.push_back(header);
  for (int r = b.top; r <= b.bottom; ++r) {
    QStringList fields;
    if (rowHeaders) fields << model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString();
    for (int c = b.left; c <= b.right; ++c)
      fields << model.data(model.index(r, c), Qt::DisplayRole).toString();
    rows.push_back(fields);
  }
  return rows;
}

QString csvField(QString text) {
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
      !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
    return text;
  text.replace(QLatin1String("\""), QLatin1String("\"\""));
  return QLatin1Char('"') + text + QLatin1Char('"');
}

}  // namespace

QString tableAsTabText(const QAbstractItemView& view, const QModelIndexList& cells) {
  QString text;
  for (const QStringList& fields : fieldsOf(view, blockOf(*view.model(), cells)))
    text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
  return text;
}

QString csvLine(const QStringList& fields) {
  QStringList quoted;
  for (const QString& field : fields) quoted << csvField(field);
  return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString tableAsCsv(const QAbstractItemView& view) {
  QString text;
  for (const QStringList& fields : fieldsOf(view, blockOf(*view.model(), {})))
    text += csvLine(fields);
  return text;
}

QString saveTableCsv(const QAbstractItemView& view, const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return file.errorString();
  file.write(tableAsCsv(view).toUtf8());
  if (!file.commit()) return file.errorString();
  return {};
}

void addTableActions(QAbstractItemView* view, const QString& fileStem) {
  auto* copy = new QAction(QCoreApplication::translate("TableActions", "&Copy"), view);
  copy->setObjectName(QStringLiteral("copyTable"));
  copy->setShortcut(QKeySequence::Copy);
  copy->setShortcutContext(Qt::WidgetShortcut);
  QObject::connect(copy, &QAction::triggered, view, [view] {
    const QModelIndexList cells =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    QApplication::clipboard()->setText(tableAsTabText(*view, cells));
  });
  auto* save = new QAction(QCoreApplication::translate("TableActions", "Save as &CSV…"), view);
  save->setObjectName(QStringLiteral("saveTableCsv"));
  QObject::connect(save, &QAction::triggered, view, [view, fileStem] {
    const QString path = QFileDialog::getSaveFileName(
        view, QCoreApplication::translate("TableActions", "Save Table as CSV"),
        (fileStem.isEmpty()
             ? view->objectName().isEmpty() ? QStringLiteral("table") : view->objectName()
             : fileStem) +
            QStringLiteral(".csv"),
        QCoreApplication::translate("TableActions", "CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (const QString problem = saveTableCsv(*view, path); !problem.isEmpty())
      messages::warning(view, QCoreApplication::translate("TableActions", "Save Table as CSV"),
                        QCoreApplication::translate("TableActions", "%1 could not be written: %2")
                            .arg(path, problem));
  });
  view->addAction(copy);
  view->addAction(save);
  view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

}  // namespace valor::ui
