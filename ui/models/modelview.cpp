#include "ui/models/modelview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/actuals/actualsmodel.h"
#include "ui/actuals/actualspanel.h"
#include "ui/analytics/analyticspanel.h"
#include "ui/document/document.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/modelform.h"
#include "ui/editors/peryearmodel.h"
#include "ui/editors/peryearview.h"
#include "ui/forecast/forecastpanel.h"
#include "ui/models/listmembers.h"
#include "ui/results/outputspanel.h"

namespace valor::ui {

ModelView* ModelView::create(Document* document, const ModelPresentation& presentation,
                             QWidget* parent) {
  auto* view = new ModelView(document, presentation, parent);
  view->build();
  return view;
}

ModelView::ModelView(Document* document, const ModelPresentation& presentation, QWidget* parent)
    : ScenarioView(parent), document_(document), presentation_(presentation) {}

ModelView::~ModelView() {
  // A field being typed in saves on losing focus. Let that happen now, while the tab is whole,
  // rather than from QWidget's destructor (closing a window clears its focus there), and stop
  // following the document before this tab is gone.
  if (QWidget* focused = focusWidget()) focused->clearFocus();
  disconnect(document_, nullptr, this, nullptr);
}

void ModelView::build() {
  auto* formScroll = new QScrollArea(this);
  formScroll->setWidgetResizable(true);
  form_ = new ModelForm(document_, presentation_, formScroll);
  extendForm(form_);
  formScroll->setWidget(form_);
  // Wide enough for the longest caption and a readable field; it scrolls sideways only when
  // the window is very narrow.
  formScroll->setMinimumWidth(400);

  QWidget* results = createResults();
  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(formScroll);
  top->addWidget(results);
  top->setStretchFactor(0, 2);
  top->setStretchFactor(1, 5);
  top->setSizes({400, 900});

  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(top);
  const bool drivers = std::any_of(presentation_.fields.begin(), presentation_.fields.end(),
                                   [](const FieldPresentation& f) { return f.perYearDriver; });
  if (drivers) {
    auto* gridBox = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridTitle_ = new QLabel(gridBox);
    gridTitle_->setWordWrap(true);
    gridModel_ = new PerYearModel(document_, presentation_, this);
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
    split->addWidget(gridBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
  }

  analytics_ = new AnalyticsPanel(document_, this);
  actuals_ = new ActualsPanel(document_, gridModel_, this);
  pages_ = new QTabWidget(this);
  pages_->setDocumentMode(true);
  pages_->addTab(split, QString());
  pages_->addTab(analytics_, QString());
  pages_->addTab(actuals_, QString());
  forecast_ = new ForecastPanel(document_, this);
  pages_->addTab(forecast_, QString());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(pages_);

  connect(document_, &Document::changed, this, [this] { refreshFromDocument(); });
  for (FieldEdit* f : form_->fieldEdits()) {
    connect(f, &FieldEdit::previewRequested, this,
            [this](const Op& op) { showResults(document_->preview(op)); });
    connect(f, &FieldEdit::previewEnded, this, [this] { showResults(document_->evaluation()); });
  }
  retranslate();
  refreshFromDocument();
}

QWidget* ModelView::createResults() {
  outputs_ = new OutputsPanel(presentation_, this);
  return outputs_;
}

void ModelView::showResults(const Evaluation& evaluation) {
  if (outputs_) outputs_->showEvaluation(document_->scenario(), evaluation);
}

void ModelView::setResultsDecimals(int decimals) {
  if (outputs_) outputs_->setDecimals(decimals);
}

// Each list of the block (option tranches, debt tranches) as a table under its form group.
void ModelView::extendForm(ModelForm* form) {
  for (const ListPresentation& list : presentation_.lists) {
    QGridLayout* group = list.group ? form->groupLayout(list.group) : nullptr;
    if (!group) continue;
    auto* editor = new ListMembersEditor(document_, presentation_, list, group->parentWidget());
    group->addWidget(editor, group->rowCount(), 0, 1, 2);
    lists_.push_back(editor);
  }
}

FieldEdit* ModelView::fieldEdit(const QString& path) const {
  return form_->fieldEdit(path);
}

void ModelView::showPage(int page) {
  pages_->setCurrentIndex(page);
}

void ModelView::setDecimals(int decimals) {
  setResultsDecimals(decimals);
  actuals_->model()->setDecimals(decimals);
  showResults(document_->evaluation());
}

void ModelView::refreshFromDocument() {
  form_->refresh();
  showResults(document_->evaluation());
  if (gridMessage_) gridMessage_->setVisible(false);
  for (ListMembersEditor* list : lists_) list->clearMessage();
}

void ModelView::retranslate() {
  document_->retranslate();
  pages_->setTabText(0, tr("&Valuation"));
  pages_->setTabText(1, tr("&Analytics"));
  pages_->setTabText(2, tr("Ac&tuals"));
  pages_->setTabText(3, tr("F&orecast"));
  actuals_->retranslate();
  for (ListMembersEditor* list : lists_) list->retranslate();
  if (gridTitle_) {
    gridTitle_->setText(
        tr("Drivers per year — type over a cell, paste a row from a spreadsheet (Ctrl+V), "
           "fill right (Ctrl+R)"));
    grid_->setAccessibleName(tr("Drivers per year"));
  }
}

void ModelView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  ScenarioView::changeEvent(event);
}

}  // namespace valor::ui
