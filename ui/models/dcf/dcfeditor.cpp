#include "ui/models/dcf/dcfeditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/model/schema.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcfkind.h"
#include "ui/analytics/analyticspanel.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/modelform.h"
#include "ui/editors/optionsmodel.h"
#include "ui/editors/peryearmodel.h"
#include "ui/editors/peryearview.h"
#include "ui/models/dcf/dcfpresentation.h"
#include "ui/results/resultspanel.h"

namespace valor::ui {

DcfEditor::DcfEditor(Document* document, QWidget* parent)
    : ScenarioView(parent), document_(document) {
  auto* formScroll = new QScrollArea(this);
  formScroll->setWidgetResizable(true);
  form_ = new ModelForm(document_, dcfPresentation(), formScroll);
  if (QGridLayout* bridge = form_->groupLayout("Equity bridge")) addOptionsTable(bridge);
  formScroll->setWidget(form_);
  // Wide enough for the longest caption and a readable field; it scrolls sideways only when
  // the window is very narrow.
  formScroll->setMinimumWidth(400);

  results_ = new ResultsPanel(this);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(formScroll);
  top->addWidget(results_);
  top->setStretchFactor(0, 2);
  top->setStretchFactor(1, 5);
  top->setSizes({400, 900});

  auto* gridBox = new QWidget(this);
  auto* gridLayout = new QVBoxLayout(gridBox);
  gridLayout->setContentsMargins(0, 0, 0, 0);
  gridTitle_ = new QLabel(gridBox);
  gridTitle_->setWordWrap(true);
  gridModel_ = new PerYearModel(document_, dcfPresentation(), this);
  grid_ = new PerYearView(gridBox);
  grid_->setPerYearModel(gridModel_);
  grid_->setObjectName(QStringLiteral("perYearGrid"));
  gridMessage_ = fieldMessageLabel(gridBox);
  gridLayout->addWidget(gridTitle_);
  gridLayout->addWidget(grid_);
  gridLayout->addWidget(gridMessage_);
  connect(gridModel_, &PerYearModel::editRefused, this, [this](const QString& message) {
    gridMessage_->setText(message);
    gridMessage_->setVisible(true);
  });

  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(top);
  split->addWidget(gridBox);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);

  analytics_ = new AnalyticsPanel(document_, this);
  pages_ = new QTabWidget(this);
  pages_->setDocumentMode(true);
  pages_->addTab(split, QString());
  pages_->addTab(analytics_, QString());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(pages_);

  connect(document_, &Document::changed, this, &DcfEditor::refreshFromDocument);
  for (FieldEdit* f : form_->fieldEdits()) {
    connect(f, &FieldEdit::previewRequested, this, [this](const Op& op) {
      results_->showEvaluation(document_->scenario(), dcfEvaluationOf(document_->preview(op)));
    });
    connect(f, &FieldEdit::previewEnded, this, &DcfEditor::showResults);
  }
  retranslate();
  refreshFromDocument({});
}

// Options and warrants under the bridge fields: diluted by the treasury stock method.
void DcfEditor::addOptionsTable(QGridLayout* group) {
  QWidget* box = group->parentWidget();
  optionsModel_ = new OptionsModel(document_, this);
  optionsView_ = new QTableView(box);
  optionsView_->setObjectName(QStringLiteral("optionsTable"));
  optionsView_->setModel(optionsModel_);
  optionsView_->horizontalHeader()->setSectionResizeMode(OptionsModel::LabelColumn,
                                                         QHeaderView::Stretch);
  optionsView_->verticalHeader()->hide();
  optionsView_->setMaximumHeight(130);
  addOptionButton_ = new QPushButton(box);
  removeOptionButton_ = new QPushButton(box);
  optionsMessage_ = fieldMessageLabel(box);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(addOptionButton_);
  buttons->addWidget(removeOptionButton_);
  buttons->addStretch(1);
  optionsTitle_ = new QLabel(box);
  optionsTitle_->setWordWrap(true);
  const int row = group->rowCount();
  group->addWidget(optionsTitle_, row, 0, 1, 2);
  group->addWidget(optionsView_, row + 1, 0, 1, 2);
  group->addLayout(buttons, row + 2, 0, 1, 2);
  group->addWidget(optionsMessage_, row + 3, 0, 1, 2);
  connect(addOptionButton_, &QPushButton::clicked, this, [this] {
    if (optionsModel_->addTranche().isEmpty())
      optionsView_->edit(
          optionsModel_->index(optionsModel_->rowCount() - 1, OptionsModel::CountColumn));
  });
  connect(removeOptionButton_, &QPushButton::clicked, this,
          [this] { optionsModel_->removeTranche(optionsView_->currentIndex().row()); });
  connect(optionsModel_, &OptionsModel::editRefused, this, [this](const QString& message) {
    optionsMessage_->setText(message);
    optionsMessage_->setVisible(true);
  });
}

FieldEdit* DcfEditor::fieldEdit(const QString& path) const {
  return form_->fieldEdit(path);
}

void DcfEditor::setDecimals(int decimals) {
  results_->setDecimals(decimals);
  showResults();
}

void DcfEditor::showResults() {
  results_->showEvaluation(document_->scenario(), dcfEvaluationOf(document_->evaluation()));
}

void DcfEditor::refreshFromDocument(const QStringList&) {
  form_->refresh();
  showResults();
  gridMessage_->setVisible(false);
  if (optionsMessage_) optionsMessage_->setVisible(false);
}

void DcfEditor::showPage(int page) {
  pages_->setCurrentIndex(page);
}

void DcfEditor::retranslate() {
  pages_->setTabText(0, tr("&Valuation"));
  pages_->setTabText(1, tr("&Analytics"));
  if (optionsTitle_) {
    optionsTitle_->setText(
        tr("Options and warrants (treasury stock method at the computed price):"));
    addOptionButton_->setText(tr("&Add tranche"));
    removeOptionButton_->setText(tr("Remo&ve tranche"));
    optionsView_->setAccessibleName(tr("Options and warrants"));
  }
  gridTitle_->setText(
      tr("Drivers per year — type over a cell, paste a row from a spreadsheet (Ctrl+V), "
         "fill right (Ctrl+R)"));
  grid_->setAccessibleName(tr("Drivers per year"));
}

void DcfEditor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace valor::ui
