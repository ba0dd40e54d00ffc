#include "ui/models/ma/maeditor.h"

#include "ui/document/document.h"
#include "ui/models/ma/mapresentation.h"
#include "ui/models/ma/maresults.h"

namespace valor::ui {

MaEditor::MaEditor(Document* document, QWidget* parent)
    : ModelView(document, maPresentation(), parent) {
  build();
}

QWidget* MaEditor::createResults() {
  results_ = new MaResults(presentation(), this);
  return results_;
}

void MaEditor::showResults(const Evaluation& evaluation) {
  results_->showEvaluation(document()->scenario(), evaluation);
}

void MaEditor::setResultsDecimals(int decimals) {
  results_->setDecimals(decimals);
}

}  // namespace valor::ui
