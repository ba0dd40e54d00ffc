#include "ui/models/dcf/dcfeditor.h"

#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcfkind.h"
#include "ui/document/document.h"
#include "ui/models/dcf/dcfpresentation.h"
#include "ui/models/dcf/resultspanel.h"

namespace valor::ui {

DcfEditor::DcfEditor(Document* document, QWidget* parent)
    : ModelView(document, dcfPresentation(), parent) {
  build();
}

QWidget* DcfEditor::createResults() {
  results_ = new ResultsPanel(this);
  return results_;
}

void DcfEditor::showResults(const Evaluation& evaluation) {
  results_->showEvaluation(document()->scenario(), dcfEvaluationOf(evaluation));
}

void DcfEditor::setResultsDecimals(int decimals) {
  results_->setDecimals(decimals);
}

}  // namespace valor::ui
