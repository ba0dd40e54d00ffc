#pragma once
// What every results table offers in its context menu, as a spreadsheet user expects: Copy
// (Ctrl+C; the selected cells, or the whole table when nothing is selected, tab-separated with
// their row and column headers, ready to paste into a spreadsheet) and Save as CSV… (the whole
// table as shown, RFC 4180, written whole or not at all).
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QAbstractItemView;
class QModelIndex;

template <typename T>
class QList;
using QModelIndexList = QList<QModelIndex>;

namespace valor::ui {

// Adds the two actions to `view` and shows them as its context menu. `fileStem` names the file
// the save dialog proposes ("outputs" → "outputs.csv"); empty: the view's object name.
void addTableActions(QAbstractItemView* view, const QString& fileStem);

// The texts both actions write: the cells as displayed with the headers a table shows (a
// hidden vertical header is left out). `cells` empty: the whole table.
QString tableAsTabText(const QAbstractItemView& view, const QModelIndexList& cells);
QString tableAsCsv(const QAbstractItemView& view);
// One CSV record (RFC 4180: fields quoted where they must be, CRLF at the end).
QString csvLine(const QStringList& fields);
// Writes the CSV to `path` (a temporary file renamed into place); empty, or why not.
QString saveTableCsv(const QAbstractItemView& view, const QString& path);

}  // namespace valor::ui
