#include "ui/analytics/inputcaption.h"

#include <QComboBox>

#include <algorithm>
#include <utility>
#include <vector>

#include "core/models/registry.h"
#include "ui/models/presentation.h"
#include "ui/models/viewregistry.h"

namespace valor::ui {
namespace {

// The model's presentation by the first part of a path: the kind's block.
const ModelPresentation* presentationOfPath(const std::string& path) {
  const auto dot = path.find('.');
  if (dot == std::string::npos) return nullptr;
  const ScenarioViewKind* kind = findScenarioViewKind(path.substr(0, dot));
  return kind ? kind->presentation : nullptr;
}

}  // namespace

QString InputCaption::of(const std::string& path) {
  if (const ModelPresentation* p = presentationOfPath(path))
    if (auto caption = p->captionOfPath(path)) return *caption;
  return QString::fromStdString(path);
}

QString InputCaption::output(const ScenarioDocument& doc, const std::string& key) {
  const ModelPresentation* p = presentationOf(doc);
  return p ? p->outputCaption(key) : QString::fromStdString(key);
}

QString InputCaption::failure(const ScenarioDocument& doc, const std::string& reason) {
  if (reason == "out_of_range") return tr("Not valued: input out of range");
  if (reason == "not_finite") return tr("Not valued: result not finite");
  if (const ModelPresentation* p = presentationOf(doc))
    if (auto caption = p->failureCaption(reason)) return *caption;
  return tr("Not valued: %1").arg(QString::fromStdString(reason));
}

QComboBox* outputChoice(QWidget* parent, const ScenarioDocument& doc) {
  auto* box = new QComboBox(parent);
  for (const OutputSpec& output : valuationOutputs(doc))
    box->addItem(QString(), QString::fromStdString(output.key));
  translateOutputChoice(box, doc);
  return box;
}

void translateOutputChoice(QComboBox* box, const ScenarioDocument& doc) {
  for (int i = 0; i < box->count(); ++i)
    box->setItemText(i, InputCaption::output(doc, box->itemData(i).toString().toStdString()));
}

OutputIndex chosenOutput(const QComboBox* box) {
  return static_cast<OutputIndex>(std::max(0, box->currentIndex()));
}

void chooseOutput(QComboBox* box, const std::string& key) {
  box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(key))));
}

void fillInputChoices(QComboBox* box, const ScenarioDocument& doc, int fallbackIndex,
                      const QString& noneCaption, bool whatIf) {
  std::vector<std::string> paths = whatIf ? whatIfInputPaths(doc) : std::vector<std::string>{};
  const std::vector<std::string> together = valuationInputPaths(doc);
  paths.insert(paths.end(), together.begin(), together.end());
  // While the scenario cannot be valued (a moment's g ≥ WACC) it offers no inputs: keep the
  // list and the choice it had.
  if (paths.empty() && box->count() > (noneCaption.isEmpty() ? 0 : 1)) return;
  const QVariant current = box->currentData();
  const bool hadChoice = box->currentIndex() >= 0;
  const QSignalBlocker blocker(box);
  box->clear();
  if (!noneCaption.isEmpty()) box->addItem(noneCaption, QString());
  for (const std::string& path : paths) {
    const QString p = QString::fromStdString(path);
    box->addItem(InputCaption::of(path), p);
    box->setItemData(box->count() - 1, p, Qt::ToolTipRole);
  }
  const int index = hadChoice ? box->findData(current) : -1;
  box->setCurrentIndex(index >= 0 ? index : std::min(fallbackIndex, box->count() - 1));
}

std::string chosenPath(const QComboBox* box) {
  return box->currentData().toString().toStdString();
}

}  // namespace valor::ui
