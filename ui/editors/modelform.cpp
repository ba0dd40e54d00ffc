#include "ui/editors/modelform.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

#include "core/model/schema.h"
#include "ui/common/problemcolour.h"
#include "ui/document/document.h"
#include "ui/editors/choicebox.h"
#include "ui/editors/fieldedit.h"
#include "ui/models/issuetext.h"

namespace valor::ui {
namespace {

FieldEdit::Kind editKind(FieldWidget widget) {
  switch (widget) {
    case FieldWidget::Integer:
      return FieldEdit::Kind::Integer;
    case FieldWidget::Text:
      return FieldEdit::Kind::Text;
    case FieldWidget::Date:
      return FieldEdit::Kind::Date;
    case FieldWidget::Number:
    case FieldWidget::Choice:
      break;
  }
  return FieldEdit::Kind::Number;
}

}  // namespace

QLabel* fieldMessageLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  showAsProblem(label, true);
  label->setVisible(false);
  return label;
}

ModelForm::ModelForm(Document* document, const ModelPresentation& presentation, QWidget* parent)
    : QWidget(parent), document_(document), presentation_(presentation) {
  auto* layout = new QVBoxLayout(this);
  const Entity& root = document_->scenario().root();
  addGroup(QT_TR_NOOP("Scenario"), true);
  for (const FieldPresentation& f : scenarioFields()) {
    if (f.widget == FieldWidget::Choice)
      addChoice(root, f.field, f.caption, f.choices, true, nullptr);
    else
      addField(root, f.field, f.caption, static_cast<int>(editKind(f.widget)), f.unit, true,
               nullptr);
  }
  if (const Entity* block = document_->modelBlock()) {
    for (const FieldPresentation& f : presentation_.fields) {
      if (!f.group) continue;  // per-year drivers live in the grid
      if (groupLayout(f.group) == nullptr) addGroup(f.group, false);
      if (f.widget == FieldWidget::Choice)
        addChoice(*block, f.field, f.caption, f.choices, false, &f);
      else
        addField(*block, f.field, f.caption, static_cast<int>(editKind(f.widget)), f.unit, false,
                 &f);
    }
    for (const ListPresentation& list : presentation_.lists)
      if (list.group && groupLayout(list.group) == nullptr) addGroup(list.group, false);
    orderGroups();
  }
  layOutGroups(layout);
  layout->addStretch(1);
  retranslate();
  refresh();
}

void ModelForm::layOutGroups(QBoxLayout* layout) {
  auto groupTitled = [&](const char* title) -> QGroupBox* {
    for (const Group& g : groups_)
      if (!g.own && std::string_view(g.title) == title) return g.box;
    return nullptr;
  };
  for (const Group& g : groups_) {
    const auto pair =
        std::find_if(presentation_.sideBySide.begin(), presentation_.sideBySide.end(),
                     [&](const auto& p) { return !g.own && std::string_view(p.first) == g.title; });
    const bool second =
        !g.own && std::any_of(presentation_.sideBySide.begin(), presentation_.sideBySide.end(),
                              [&](const auto& p) { return std::string_view(p.second) == g.title; });
    if (second) continue;  // laid out with its first
    QGroupBox* partner =
        pair != presentation_.sideBySide.end() ? groupTitled(pair->second) : nullptr;
    if (!partner) {
      layout->addWidget(g.box);
      continue;
    }
    auto* box = new QBoxLayout(QBoxLayout::TopToBottom);
    box->addWidget(g.box, 1, Qt::AlignTop);
    box->addWidget(partner, 1, Qt::AlignTop);
    layout->addLayout(box);
    pairs_.push_back({box, g.box, partner});
  }
}

// Side by side when both groups fit the width the form is given (the scroll area's viewport),
// so a narrow window never scrolls sideways for it.
void ModelForm::arrangePairs(int width) {
  for (Pair& p : pairs_) {
    const int both = p.first->minimumSizeHint().width() + p.second->minimumSizeHint().width() +
                     p.box->spacing() + contentsMargins().left() + contentsMargins().right() +
                     layout()->contentsMargins().left() + layout()->contentsMargins().right();
    p.box->setDirection(width >= both ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
  }
}

void ModelForm::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (parentWidget() && !pairs_.empty()) {
    parentWidget()->installEventFilter(this);
    arrangePairs(parentWidget()->width());
  }
}

bool ModelForm::eventFilter(QObject* watched, QEvent* event) {
  if (watched == parentWidget() && event->type() == QEvent::Resize)
    arrangePairs(parentWidget()->width());
  return QWidget::eventFilter(watched, event);
}

void ModelForm::orderGroups() {
  const auto& order = presentation_.groupOrder;
  const auto rank = [&](const Group& g) {
    if (g.own) return -1;
    const auto it = std::find_if(order.begin(), order.end(),
                                 [&](const char* t) { return std::string_view(t) == g.title; });
    return static_cast<int>(it - order.begin());
  };
  std::stable_sort(groups_.begin(), groups_.end(),
                   [&](const Group& a, const Group& b) { return rank(a) < rank(b); });
}

void ModelForm::addGroup(const char* title, bool own) {
  // A grid rather than a QFormLayout: Qt 6.4's QFormLayout writes out of bounds when rows with
  // word-wrapped messages are hidden and shown (seen under valgrind).
  auto* box = new QGroupBox(this);
  auto* grid = new QGridLayout(box);
  grid->setColumnStretch(1, 1);
  groups_.push_back({title, own, box, grid});
}

ModelForm::Group& ModelForm::groupOf(bool own, const FieldPresentation* presentation) {
  if (!own && presentation)
    for (Group& g : groups_)
      if (!g.own && std::string_view(g.title) == presentation->group) return g;
  return groups_.back();
}

QGridLayout* ModelForm::groupLayout(const char* title) const {
  for (const Group& g : groups_)
    if (!g.own && std::string_view(g.title) == title) return g.grid;
  return nullptr;
}

void ModelForm::addField(const Entity& entity, const std::string& field, const char* caption,
                         int widget, const QString& unit, bool own,
                         const FieldPresentation* presentation) {
  Group& group = groupOf(own, presentation);
  auto* container = new QWidget(group.box);
  auto* column = new QVBoxLayout(container);
  column->setContentsMargins(0, 0, 0, 0);
  column->setSpacing(2);
  auto* edit = new FieldEdit(document_, entity.id, field, static_cast<FieldEdit::Kind>(widget),
                             unit, container);
  auto* message = fieldMessageLabel(container);
  edit->setMessageLabel(message);
  column->addWidget(edit);
  column->addWidget(message);
  auto* label = new QLabel(group.box);
  label->setBuddy(edit);
  const int row = group.grid->rowCount();
  group.grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
  group.grid->addWidget(container, row, 1);
  fields_.push_back(edit);
  rows_.push_back({edit->path(), caption, own, edit, label, container, presentation});
}

void ModelForm::addChoice(const Entity& entity, const std::string& field, const char* caption,
                          const std::vector<ChoicePresentation>& choices, bool own,
                          const FieldPresentation* presentation) {
  Group& group = groupOf(own, presentation);
  std::vector<std::pair<std::string, QString>> items;
  std::vector<const char*> captions;
  for (const ChoicePresentation& c : choices) {
    items.emplace_back(c.value, QString());
    captions.push_back(c.caption);
  }
  auto* box = new ChoiceBox(document_, entity.id, field, std::move(items), group.box);
  auto* label = new QLabel(group.box);
  label->setBuddy(box);
  const int row = group.grid->rowCount();
  group.grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
  group.grid->addWidget(box, row, 1);
  const std::string prefix = entityPath(document_->scenario(), entity);
  rows_.push_back({QString::fromStdString((prefix.empty() ? "" : prefix + ".") + field), caption,
                   own, box, label, box, presentation});
  choices_.push_back({box, own, std::move(captions)});
}

QString ModelForm::caption(bool own, const char* text) const {
  return own ? QCoreApplication::translate("Presentation", text) : presentation_.tr(text);
}

FieldEdit* ModelForm::fieldEdit(const QString& path) const {
  for (FieldEdit* f : fields_)
    if (f->path() == path) return f;
  return nullptr;
}

void ModelForm::refresh() {
  for (FieldEdit* f : fields_) f->refresh();
  for (Choice& c : choices_) c.box->refresh();
  updateVisibility();
  showIssues();
}

void ModelForm::showIssues() {
  const Issues& issues = document_->evaluation().issues;
  for (FieldEdit* f : fields_) {
    QString message;
    for (const Issue& issue : issues)
      if (QString::fromStdString(issue.path) == f->path()) {
        message = issueText(issue);
        if (issue.severity == Severity::Error) break;
      }
    f->showIssue(message);
  }
}

void ModelForm::updateVisibility() {
  const Entity* block = document_->modelBlock();
  if (!block) return;
  const BlockValues values(*block, block->type);
  for (Row& row : rows_) {
    const bool visible =
        !row.presentation || !row.presentation->visible || row.presentation->visible(values);
    row.container->setVisible(visible);
    row.label->setVisible(visible);
  }
}

void ModelForm::retranslate() {
  for (Group& g : groups_) g.box->setTitle(g.own ? tr(g.title) : presentation_.tr(g.title));
  for (Row& row : rows_) {
    const QString text = caption(row.own, row.caption);
    row.label->setText(text + QLatin1Char(':'));
    row.editor->setAccessibleName(text);
    row.editor->setToolTip(row.editor->toolTip().isEmpty() ? row.path : row.editor->toolTip());
  }
  for (Choice& c : choices_) {
    std::vector<QString> texts;
    for (const char* s : c.captions) texts.push_back(caption(c.own, s));
    c.box->setChoiceTexts(texts);
  }
}

void ModelForm::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace valor::ui
