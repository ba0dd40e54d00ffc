#include "ui/models/credit/crediteditor.h"

#include "ui/document/document.h"
#include "ui/models/credit/creditpresentation.h"
#include "ui/models/credit/creditresults.h"

namespace valor::ui {

CreditEditor::CreditEditor(Document* document, QWidget* parent)
    : ModelView(document, creditPresentation(), parent) {
  build();
}

QWidget* CreditEditor::createResults() {
  results_ = new CreditResults(presentation(), this);
  return results_;
}

void CreditEditor::showResults(const Evaluation& evaluation) {
  results_->showEvaluation(document()->scenario(), evaluation);
}

void CreditEditor::setResultsDecimals(int decimals) {
  results_->setDecimals(decimals);
}

}  // namespace valor::ui
