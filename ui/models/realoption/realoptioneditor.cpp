#include "ui/models/realoption/realoptioneditor.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QPushButton>

#include "core/model/id.h"
#include "core/models/realoption/underlyingfrom.h"
#include "core/store/workspace.h"
#include "ui/common/messagebox.h"
#include "ui/document/document.h"
#include "ui/editors/modelform.h"
#include "ui/models/realoption/realoptionpresentation.h"
#include "ui/models/realoption/realoptionresults.h"
#include "ui/models/viewregistry.h"

namespace valor::ui {

RealOptionEditor::RealOptionEditor(Document* document, QWidget* parent)
    : ModelView(document, realOptionPresentation(), parent) {
  build();
}

QWidget* RealOptionEditor::createResults() {
  results_ = new RealOptionResults(presentation(), this);
  return results_;
}

void RealOptionEditor::showResults(const Evaluation& evaluation) {
  results_->showEvaluation(document()->scenario(), evaluation);
}

void RealOptionEditor::setResultsDecimals(int decimals) {
  results_->setDecimals(decimals);
}

void RealOptionEditor::extendForm(ModelForm* form) {
  ModelView::extendForm(form);
  QGridLayout* group = form->groupLayout(realOptionUnderlyingGroup());
  if (!group) return;
  fromScenario_ = new QPushButton(group->parentWidget());
  fromScenario_->setObjectName(QStringLiteral("underlyingFromScenario"));
  group->addWidget(fromScenario_, group->rowCount(), 1, Qt::AlignLeft);
  connect(fromScenario_, &QPushButton::clicked, this, [this] { chooseUnderlyingSource(); });
}

void RealOptionEditor::retranslate() {
  ModelView::retranslate();
  if (!fromScenario_) return;
  fromScenario_->setText(tr("Take from a Scenario…"));
  fromScenario_->setToolTip(
      tr("Sets the underlying to the enterprise value of another scenario in this workspace "
         "(a DCF, for example), and records where it came from."));
  fromScenario_->setAccessibleName(tr("Take the underlying from a scenario"));
}

void RealOptionEditor::chooseUnderlyingSource() {
  auto listed = document()->workspace().listScenarios();
  if (!listed) {
    messages::warning(this, tr("Take the Underlying from a Scenario"),
                      QString::fromStdString(listed.error().message));
    return;
  }
  QStringList names;
  std::vector<Id> ids;
  for (const ScenarioSummary& s : listed.value()) {
    if (s.id == document()->scenarioId() || s.model == "real_option") continue;
    const ScenarioViewKind* kind = findScenarioViewKind(s.model);
    names << tr("%1 (%2)").arg(QString::fromStdString(s.name),
                               kind ? kind->title() : QString::fromStdString(s.model));
    ids.push_back(s.id);
  }
  // Two scenarios of one name and kind are told apart by the start of their IDs.
  for (qsizetype i = 0; i < names.size(); ++i)
    if (names.count(names[i]) > 1)
      for (qsizetype j = names.size() - 1; j >= i; --j)
        if (names[j] == names[i])
          names[j] +=
              QStringLiteral(" · ") +
              QString::fromStdString(ids[static_cast<std::size_t>(j)].toString().substr(0, 8));
  if (ids.empty()) {
    messages::warning(this, tr("Take the Underlying from a Scenario"),
                      tr("This workspace has no other valuation to take an enterprise value "
                         "from."));
    return;
  }
  bool ok = false;
  const QString chosen = QInputDialog::getItem(
      this, tr("Take the Underlying from a Scenario"),
      tr("The underlying becomes the &enterprise value of:"), names, 0, false, &ok);
  if (!ok) return;
  const auto index = names.indexOf(chosen);
  if (index >= 0) takeUnderlyingFrom(ids[static_cast<std::size_t>(index)]);
}

QString RealOptionEditor::takeUnderlyingFrom(const Id& source) {
  const QString title = tr("Take the Underlying from a Scenario");
  auto stored = document()->workspace().loadScenario(source);
  if (!stored) {
    const QString message = QString::fromStdString(stored.error().message);
    messages::warning(this, title, message);
    return message;
  }
  auto taken = underlyingFromScenario(document()->scenario(), stored.value().document,
                                      stored.value().revision);
  if (!taken) {
    const Error& e = taken.error();
    const std::string* sourceName = stored.value().document.root().text("name");
    const QString name = QString::fromStdString(sourceName ? *sourceName : std::string());
    QString message = QString::fromStdString(e.message);
    if (e.code == "underlying.source_invalid")
      message = tr("“%1” cannot be valued, so it gives no enterprise value.").arg(name);
    else if (e.code == "underlying.no_enterprise_value")
      message = tr("“%1” reports no enterprise value.").arg(name);
    else if (e.code == "underlying.not_positive")
      message = tr("The enterprise value of “%1” is not above zero.").arg(name);
    else if (e.code == "underlying.currency")
      message = tr("“%1” is in another currency than this scenario.").arg(name);
    messages::warning(this, title, message);
    return message;
  }
  const QString error = document()->edit(taken.value().ops, taken.value().label);
  if (!error.isEmpty()) messages::warning(this, title, error);
  return error;
}

}  // namespace valor::ui
