#include "ui/compare/comparewindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/compare/scenarioref.h"
#include "core/models/registry.h"
#include "core/store/workspace.h"
#include "ui/compare/bridgepage.h"
#include "ui/compare/comparereport.h"
#include "ui/compare/comparetables.h"
#include "ui/results/tableactions.h"

namespace valor::ui {
namespace {

QTableWidget* sideBySideTable(QWidget* parent, const char* name) {
  auto* table = new QTableWidget(parent);
  table->setObjectName(QLatin1String(name));
  table->verticalHeader()->hide();
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setAlternatingRowColors(true);
  addTableActions(table, {});
  return table;
}

}  // namespace

CompareWindow::CompareWindow(std::shared_ptr<Workspace> workspace, int decimals, QString author,
                             QWidget* parent)
    : QDialog(parent),
      workspace_(std::move(workspace)),
      decimals_(decimals),
      author_(std::move(author)) {
  setObjectName(QStringLiteral("compareWindow"));
  setWindowFlag(Qt::Window);
  setAttribute(Qt::WA_DeleteOnClose);

  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("compareScenarios"));
  listLabel_ = new QLabel(this);
  listLabel_->setBuddy(list_);
  listLabel_->setWordWrap(true);
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("compareStatus"));
  status_->setWordWrap(true);

  tabs_ = new QTabWidget(this);
  outputs_ = sideBySideTable(tabs_, "compareOutputs");
  auto* inputsPage = new QWidget(tabs_);
  onlyChanged_ = new QCheckBox(inputsPage);
  onlyChanged_->setObjectName(QStringLiteral("compareOnlyChanged"));
  onlyChanged_->setChecked(true);
  inputs_ = sideBySideTable(inputsPage, "compareInputs");
  auto* inputsLayout = new QVBoxLayout(inputsPage);
  inputsLayout->setContentsMargins(0, 0, 0, 0);
  inputsLayout->addWidget(onlyChanged_);
  inputsLayout->addWidget(inputs_, 1);
  bridge_ = new BridgePage(workspace_.get(), tabs_);
  tabs_->addTab(outputs_, QString());
  tabs_->addTab(inputsPage, QString());
  tabs_->addTab(bridge_, QString());

  auto* side = new QWidget(this);
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->setContentsMargins(0, 0, 0, 0);
  sideLayout->addWidget(listLabel_);
  sideLayout->addWidget(list_, 1);
  sideLayout->addWidget(status_);
  auto* splitter = new QSplitter(this);
  splitter->addWidget(side);
  splitter->addWidget(tabs_);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes(
      {fontMetrics().averageCharWidth() * 40, fontMetrics().averageCharWidth() * 110});

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  exportButton_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  exportButton_->setObjectName(QStringLiteral("compareExportPdf"));
  connect(exportButton_, &QPushButton::clicked, this, &CompareWindow::exportPdf);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter, 1);
  layout->addWidget(buttons);

  connect(list_, &QListWidget::itemChanged, this, &CompareWindow::itemChanged);
  connect(onlyChanged_, &QCheckBox::toggled, this, &CompareWindow::refresh);

  if (workspace_)
    if (auto scenarios = workspace_->listScenarios())
      for (const ScenarioSummary& s : scenarios.value())
        addEntry({s.id, "current", QString::fromStdString(s.name), std::nullopt}, false);
  retranslate();
  resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 40);
}

void CompareWindow::addEntry(Entry entry, bool checked) {
  updating_ = true;
  auto* item = new QListWidgetItem(entry.title, list_);
  item->setToolTip(entry.title);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
  item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
  entries_.push_back(std::move(entry));
  updating_ = false;
  if (checked) refresh();
}

void CompareWindow::check(const Id& scenario) {
  for (int row = 0; row < list_->count(); ++row)
    if (entries_[static_cast<std::size_t>(row)].scenario == scenario &&
        entries_[static_cast<std::size_t>(row)].which == "current")
      list_->item(row)->setCheckState(Qt::Checked);
}

void CompareWindow::addState(const Id& scenario, const std::string& which, const QString& title) {
  for (int row = 0; row < list_->count(); ++row)
    if (entries_[static_cast<std::size_t>(row)].scenario == scenario &&
        entries_[static_cast<std::size_t>(row)].which == which) {
      list_->item(row)->setCheckState(Qt::Checked);
      return;
    }
  addEntry({scenario, which, title, std::nullopt}, true);
}

void CompareWindow::showPage(Page page) {
  tabs_->setCurrentIndex(page);
}

void CompareWindow::exportPdf() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export Comparison as PDF"),
      QDir::home().filePath(tr("Scenario comparison") + QStringLiteral(".pdf")),
      tr("PDF documents (*.pdf)"));
  if (!path.isEmpty()) exportPdfTo(path);
}

bool CompareWindow::exportPdfTo(const QString& path) {
  const QString workspace =
      workspace_ ? QFileInfo(QString::fromStdString(workspace_->path())).fileName() : QString();
  if (const QString error = writeComparisonPdf(*this, workspace, author_, path); !error.isEmpty()) {
    status_->setText(tr("Not exported: %1").arg(error));
    return false;
  }
  status_->setText(tr("Exported to %1").arg(path));
  return true;
}

std::vector<const ComparedState*> CompareWindow::comparedStates() const {
  std::vector<const ComparedState*> states;
  for (int row = 0; row < list_->count(); ++row) {
    const Entry& e = entries_[static_cast<std::size_t>(row)];
    if (list_->item(row)->checkState() == Qt::Checked && e.state) states.push_back(&*e.state);
  }
  return states;
}

void CompareWindow::itemChanged(QListWidgetItem* item) {
  if (updating_) return;
  int checked = 0;
  for (int row = 0; row < list_->count(); ++row)
    checked += list_->item(row)->checkState() == Qt::Checked;
  if (item->checkState() == Qt::Checked && checked > kMaxCompared) {
    updating_ = true;
    item->setCheckState(Qt::Unchecked);
    updating_ = false;
    status_->setText(tr("At most %n scenarios can be compared at once.", nullptr, kMaxCompared));
    return;
  }
  refresh();
}

void CompareWindow::reload() {
  // Every ticked entry read afresh: the scenario may have been edited since.
  for (int row = 0; row < list_->count(); ++row) {
    Entry& e = entries_[static_cast<std::size_t>(row)];
    if (list_->item(row)->checkState() != Qt::Checked || !workspace_) continue;
    if (e.state && e.which != "current") continue;  // the past does not change
    auto state = scenarioState(*workspace_, e.scenario, e.which);
    if (!state) {
      e.state.reset();
      status_->setText(
          tr("%1 cannot be read: %2").arg(e.title, QString::fromStdString(state.error().message)));
      continue;
    }
    ComparedState compared{
        e.scenario, e.which, e.title, state.value().revision, std::move(state.value().document),
        {}};
    compared.evaluation = evaluateScenario(compared.document);
    e.state = std::move(compared);
  }
}

void CompareWindow::refresh() {
  status_->clear();
  reload();
  const std::vector<const ComparedState*> states = comparedStates();
  if (states.size() < 2) status_->setText(tr("Tick two to six scenarios to compare them."));
  fillOutputTable(outputs_, states, decimals_);
  fillInputTable(inputs_, states, onlyChanged_->isChecked());
  bridge_->setStates(states, decimals_);
}

bool CompareWindow::event(QEvent* event) {
  if (event->type() == QEvent::WindowActivate && !comparedStates().empty()) refresh();
  return QDialog::event(event);
}

void CompareWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    refresh();
  }
  QDialog::changeEvent(event);
}

void CompareWindow::retranslate() {
  setWindowTitle(tr("Compare Scenarios"));
  listLabel_->setText(tr("&Scenarios (tick two to six; the first is the base):"));
  list_->setAccessibleName(tr("Scenarios to compare"));
  tabs_->setTabText(OutputsPage, tr("&Outputs"));
  tabs_->setTabText(InputsPage, tr("&Inputs"));
  tabs_->setTabText(BridgeTab, tr("&Bridge"));
  onlyChanged_->setText(tr("Only inputs that &differ"));
  exportButton_->setText(tr("Export &PDF…"));
  outputs_->setAccessibleName(tr("Outputs side by side"));
  inputs_->setAccessibleName(tr("Inputs side by side"));
}

}  // namespace valor::ui
