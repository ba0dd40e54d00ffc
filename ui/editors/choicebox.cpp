#include "ui/editors/choicebox.h"

#include <optional>

#include "core/model/schema.h"

namespace valor::ui {

ChoiceBox::ChoiceBox(Document* document, const Id& entity, std::string field,
                     std::vector<std::pair<std::string, QString>> choices, QWidget* parent)
    : QComboBox(parent), document_(document), entity_(entity), field_(std::move(field)) {
  // Long choice texts must not widen the whole form: the list pops up as wide as it needs.
  setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  setMinimumContentsLength(12);
  for (auto& [value, text] : choices) {
    values_.push_back(value);
    addItem(text);
  }
  refresh();
  connect(this, &QComboBox::activated, this, [this](int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= values_.size()) return;
    const std::string& value = values_[static_cast<std::size_t>(index)];
    // The empty value stands for the field left out (an optional choice's "None").
    const QString error = document_->setField(
        entity_, field_, value.empty() ? std::nullopt : std::optional<Value>(Value(value)));
    if (!error.isEmpty()) refresh();
  });
}

void ChoiceBox::refresh() {
  const Entity* e = document_->scenario().find(entity_);
  const EntitySchema* schema = e ? entitySchema(e->type) : nullptr;
  const FieldSpec* spec = schema ? schema->field(field_) : nullptr;
  const Value* v = e && spec ? fieldOrDefault(*e, *spec) : nullptr;
  const std::string* s = v ? std::get_if<std::string>(v) : nullptr;
  const QSignalBlocker blocker(this);
  const std::string current = s ? *s : std::string();  // absent: the "None" item, if any
  for (std::size_t i = 0; i < values_.size(); ++i)
    if (current == values_[i]) {
      setCurrentIndex(static_cast<int>(i));
      return;
    }
  setCurrentIndex(-1);
}

void ChoiceBox::setChoiceTexts(const std::vector<QString>& texts) {
  for (std::size_t i = 0; i < texts.size() && i < values_.size(); ++i)
    setItemText(static_cast<int>(i), texts[i]);
}

}  // namespace valor::ui
