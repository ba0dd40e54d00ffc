#include "ui/models/lbo/lboeditor.h"

#include "ui/document/document.h"
#include "ui/models/lbo/lbopresentation.h"
#include "ui/models/lbo/lboresults.h"

namespace valor::ui {

LboEditor::LboEditor(Document* document, QWidget* parent)
    : ModelView(document, lboPresentation(), parent) {
  build();
}

QWidget* LboEditor::createResults() {
  results_ = new LboResults(presentation(), this);
  return results_;
}

void LboEditor::showResults(const Evaluation& evaluation) {
  results_->showEvaluation(document()->scenario(), evaluation);
}

void LboEditor::setResultsDecimals(int decimals) {
  results_->setDecimals(decimals);
}

}  // namespace valor::ui
