#include "ui/compare/comparetables.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>

#include "core/compare/inputdiff.h"
#include "core/compare/outputdiff.h"
#include "ui/editors/numberformat.h"
#include "ui/models/presentation.h"
#include "ui/results/moneydisplay.h"

namespace valor::ui {
namespace {

// Differences are marked by a translucent amber that reads on light and dark themes, and in
// bold, so they do not rest on colour alone.
void markChanged(QTableWidgetItem* item) {
  item->setBackground(QColor(255, 191, 0, 80));
  QFont font = item->font();
  font.setBold(true);
  item->setFont(font);
}

QTableWidgetItem* cell(const QString& text, bool number) {
  auto* item = new QTableWidgetItem(text);
  item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
  if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

void prepare(QTableWidget* table, const QStringList& headers, int rows) {
  table->clear();
  table->setColumnCount(static_cast<int>(headers.size()));
  table->setHorizontalHeaderLabels(headers);
  table->setRowCount(rows);
}

QString outputCaption(const std::string& key, const std::vector<const ComparedState*>& states) {
  for (const ComparedState* s : states)
    if (const ModelPresentation* p = presentationOf(s->document))
      if (s->evaluation.output(key)) return p->outputCaption(key);
  return QString::fromStdString(key);
}

}  // namespace

QString inputText(const std::string& path, const std::optional<Value>& value,
                  const std::string& unit, const std::vector<const ComparedState*>& states) {
  if (!value)
    return QCoreApplication::translate("CompareTables", "—", "no such input in this scenario");
  for (const ComparedState* s : states)
    if (const ModelPresentation* p = presentationOf(s->document))
      return p->displayValue(path, *value, unit);
  return QString::fromStdString(inputValueText(*value));
}

QString pathCaption(const std::string& path, const std::vector<const ComparedState*>& states) {
  for (const ComparedState* s : states)
    if (const ModelPresentation* p = presentationOf(s->document))
      if (auto caption = p->captionOfPath(path)) return *caption;
  return QString::fromStdString(path);
}

void fillOutputTable(QTableWidget* table, const std::vector<const ComparedState*>& states,
                     int decimals) {
  std::vector<const Evaluation*> evaluations;
  QStringList headers{QCoreApplication::translate("CompareTables", "Output")};
  for (std::size_t i = 0; i < states.size(); ++i) {
    evaluations.push_back(&states[i]->evaluation);
    headers << states[i]->title;
    //: Column heading: this scenario's outputs less the first scenario's.
    if (i > 0) headers << QCoreApplication::translate("CompareTables", "Change");
  }
  std::vector<OutputRow> rows = compareOutputs(evaluations);
  // Amounts as results show them (the display unit), so the changes are in the unit shown.
  std::vector<MoneyDisplay> money;
  for (const ComparedState* state : states) money.push_back(moneyDisplay(state->document));
  for (OutputRow& row : rows)
    for (std::size_t i = 0; i < row.values.size(); ++i)
      if (row.values[i]) row.values[i] = money[i].inUnit(*row.values[i], row.unit);
  const bool oneUnit = std::all_of(money.begin(), money.end(), [&](const MoneyDisplay& m) {
    return m.caption == money.front().caption;
  });
  prepare(table, headers, static_cast<int>(rows.size()));
  const QLocale locale;
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    const OutputRow& row = rows[static_cast<std::size_t>(r)];
    const QString unit = QString::fromStdString(row.unit);
    const bool isMoney = row.unit == "money";
    QString captionText = outputCaption(row.key, states);
    //: An output and the unit of its amounts: "Enterprise value (USD millions)".
    if (isMoney && oneUnit)
      captionText = QCoreApplication::translate("CompareTables", "%1 (%2)")
                        .arg(captionText, money.front().caption);
    auto* caption = cell(captionText, false);
    caption->setToolTip(QString::fromStdString(row.key));
    table->setItem(r, 0, caption);
    int column = 1;
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      const auto& v = row.values[i];
      auto* valueCell =
          cell(v ? formatOutputValue(*v, unit, decimals, locale)
                 : QCoreApplication::translate("CompareTables", "—", "no such output"),
               true);
      if (isMoney) valueCell->setToolTip(money[i].caption);
      table->setItem(r, column++, valueCell);
      if (i == 0) continue;
      // Amounts in two currencies or units have no change to show.
      if (isMoney && money[i].caption != money.front().caption) {
        auto* item =
            cell(QCoreApplication::translate("CompareTables", "—", "no change to show"), true);
        item->setToolTip(QCoreApplication::translate("CompareTables", "In another unit: %1 and %2")
                             .arg(money.front().caption, money[i].caption));
        table->setItem(r, column++, item);
        continue;
      }
      const auto change = row.change(i);
      QString text = QCoreApplication::translate("CompareTables", "—", "no change to show");
      if (change) {
        // A rate's change is in percentage points; anything else also as a relative change.
        text = formatOutputValue(*change, unit, decimals, locale);
        if (*change > 0) text.prepend(QLatin1Char('+'));
        if (const auto relative = row.relativeChange(i); relative && unit != QLatin1String("rate"))
          text += QStringLiteral(" (%1%2)").arg(
              *relative > 0 ? QStringLiteral("+") : QString(),
              formatOutputValue(*relative, QStringLiteral("rate"), 1, locale));
      }
      auto* item = cell(text, true);
      if (change && *change != 0) markChanged(item);
      table->setItem(r, column++, item);
    }
  }
  table->resizeColumnsToContents();
}

void fillInputTable(QTableWidget* table, const std::vector<const ComparedState*>& states,
                    bool onlyChanged) {
  std::vector<const ScenarioDocument*> docs;
  QStringList headers{QCoreApplication::translate("CompareTables", "Input")};
  for (const ComparedState* s : states) {
    docs.push_back(&s->document);
    headers << s->title;
  }
  std::vector<InputRow> rows = compareInputs(docs);
  if (onlyChanged) std::erase_if(rows, [](const InputRow& r) { return !r.changed; });
  prepare(table, headers, static_cast<int>(rows.size()));
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    const InputRow& row = rows[static_cast<std::size_t>(r)];
    auto* caption = cell(pathCaption(row.path, states), false);
    caption->setToolTip(QString::fromStdString(row.path));
    table->setItem(r, 0, caption);
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      const bool numeric = row.values[i] && std::holds_alternative<double>(*row.values[i]);
      auto* item = cell(inputText(row.path, row.values[i], row.unit, states), numeric);
      if (i > 0 && row.values[i] != row.values[0]) markChanged(item);
      table->setItem(r, static_cast<int>(i) + 1, item);
    }
  }
  table->resizeColumnsToContents();
}

}  // namespace valor::ui
