#pragma once
// A combo box bound to one choice field of the scenario; picking an item is one undoable change.
#include <QComboBox>

#include <string>
#include <utility>
#include <vector>

#include "ui/document/document.h"

namespace valor::ui {

class ChoiceBox : public QComboBox {
  Q_OBJECT

 public:
  // `choices`: (stored value, shown text) in display order.
  ChoiceBox(Document* document, const Id& entity, std::string field,
            std::vector<std::pair<std::string, QString>> choices, QWidget* parent = nullptr);

  void refresh();
  void setChoiceTexts(const std::vector<QString>& texts);  // after a language change
  const std::string& field() const { return field_; }

 private:
  Document* document_;
  Id entity_;
  std::string field_;
  std::vector<std::string> values_;
};

}  // namespace valor::ui
