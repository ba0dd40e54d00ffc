#include "ui/results/outputspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/models/evaluation.h"
#include "ui/editors/numberformat.h"
#include "ui/models/issuetext.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/resulttable.h"

namespace valor::ui {
namespace {

QString valueText(const std::optional<double>& value, const std::string& unit, int decimals,
                  const MoneyDisplay& money) {
  if (!value) return QStringLiteral("—");  // the figure does not exist for this scenario
  return formatOutputValue(money.inUnit(*value, unit), QString::fromStdString(unit), decimals);
}

}  // namespace

OutputsPanel::OutputsPanel(const ModelPresentation& presentation, QWidget* parent)
    : QWidget(parent), presentation_(presentation) {
  auto* layout = new QVBoxLayout(this);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setObjectName(QStringLiteral("resultsStatus"));
  keyFigures_ = readOnlyTable(this);
  keyFigures_->setObjectName(QStringLiteral("keyFigures"));
  keyFigures_->setColumnCount(2);
  keyFigures_->horizontalHeader()->hide();
  keyFigures_->verticalHeader()->hide();
  keyFigures_->horizontalHeader()->setStretchLastSection(true);
  auto* tables = new QWidget(this);
  tablesLayout_ = new QVBoxLayout(tables);
  tablesLayout_->setContentsMargins(0, 0, 0, 0);
  sectionsLayout_ = new QVBoxLayout;
  layout->addWidget(status_);
  layout->addWidget(keyFigures_, 1);
  layout->addLayout(sectionsLayout_);
  layout->addWidget(tables, 2);
}

void OutputsPanel::addSection(QWidget* section) {
  sectionsLayout_->addWidget(section);
}

QTableWidget* OutputsPanel::tableFor(std::size_t index) {
  while (tables_.size() <= index) {
    auto* title = new QLabel(this);
    auto* table = readOnlyTable(this);
    tablesLayout_->addWidget(title);
    tablesLayout_->addWidget(table, 1);
    tables_.emplace_back(title, table);
  }
  return tables_[index].second;
}

void OutputsPanel::showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation) {
  showsResult_ = evaluation.valued;
  if (!evaluation.valued) {
    QString why;
    for (const Issue& issue : evaluation.issues)
      if (issue.severity == Severity::Error) {
        why = issueText(issue);
        break;
      }
    status_->setText(tr("The scenario cannot be valued: %1").arg(why));
    keyFigures_->setRowCount(0);
    for (auto& [title, table] : tables_) {
      title->hide();
      table->hide();
    }
    return;
  }
  const MoneyDisplay money = moneyDisplay(doc);
  // One unit line for every amount below (the kind's own sections and tables too).
  status_->setText(tr("Amounts in %1", "above the key figures").arg(money.caption));
  keyFigures_->setRowCount(static_cast<int>(evaluation.outputs.size()));
  for (std::size_t i = 0; i < evaluation.outputs.size(); ++i) {
    const NamedOutput& o = evaluation.outputs[i];
    keyFigures_->setItem(static_cast<int>(i), 0,
                         resultCell(presentation_.outputCaption(o.key), false));
    keyFigures_->setItem(static_cast<int>(i), 1,
                         resultCell(valueText(o.value, o.unit, decimals_, money), true));
  }
  std::size_t shown = 0;
  for (const NamedTable& t : evaluation.tables) {
    if (t.echoesInputs) continue;
    QTableWidget* table = tableFor(shown);
    tables_[shown].first->setText(presentation_.tableCaption(t.key));
    tables_[shown].first->show();
    table->show();
    table->setRowCount(static_cast<int>(t.columns.size()));
    table->setColumnCount(static_cast<int>(t.years.size()));
    QStringList years, captions;
    for (int year : t.years) years << QString::number(year);
    for (const TableColumn& c : t.columns) captions << presentation_.columnCaption(c.key);
    table->setHorizontalHeaderLabels(years);
    table->setVerticalHeaderLabels(captions);
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      for (std::size_t c = 0; c < t.columns.size(); ++c)
        table->setItem(
            static_cast<int>(c), static_cast<int>(r),
            resultCell(valueText(t.rows[r][c], t.columns[c].unit, decimals_, money), true));
    ++shown;
  }
  for (std::size_t i = shown; i < tables_.size(); ++i) {
    tables_[i].first->hide();
    tables_[i].second->hide();
  }
}

}  // namespace valor::ui
