#include "ui/models/dcf/dcfeditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcfkind.h"
#include "ui/editors/modelform.h"
#include "ui/models/dcf/dcfpresentation.h"
#include "ui/models/dcf/optionsmodel.h"
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

// Options and warrants under the bridge fields: diluted by the treasury stock method.
void DcfEditor::extendForm(ModelForm* form) {
  QGridLayout* group = form->groupLayout("Equity bridge");
  if (!group) return;
  QWidget* box = group->parentWidget();
  optionsModel_ = new OptionsModel(document(), this);
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

void DcfEditor::refreshFromDocument() {
  ModelView::refreshFromDocument();
  if (optionsMessage_) optionsMessage_->setVisible(false);
}

void DcfEditor::retranslate() {
  ModelView::retranslate();
  if (optionsTitle_) {
    optionsTitle_->setText(
        tr("Options and warrants (treasury stock method at the computed price):"));
    addOptionButton_->setText(tr("&Add tranche"));
    removeOptionButton_->setText(tr("Remo&ve tranche"));
    optionsView_->setAccessibleName(tr("Options and warrants"));
  }
}

}  // namespace valor::ui
