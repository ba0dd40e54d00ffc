#pragma once
// Keeps a page's fixed texts in the current language: each entry sets one text through tr(),
// now and again after every language change (the application switches language while it runs).
#include <QLabel>

#include <functional>
#include <vector>

namespace valor::ui {

class Retranslator {
 public:
  void add(std::function<void()> apply) {
    apply();
    appliers_.push_back(std::move(apply));
  }
  void retranslate() const {
    for (const auto& apply : appliers_) apply();
  }

 private:
  std::vector<std::function<void()>> appliers_;
};

// A label for `buddy` (its mnemonic moves the focus there) whose text follows the language.
inline QLabel* translatedLabel(Retranslator& tx, QWidget* buddy, std::function<QString()> text) {
  auto* label = new QLabel(buddy->parentWidget());
  label->setBuddy(buddy);
  tx.add([label, text = std::move(text)] { label->setText(text()); });
  return label;
}

}  // namespace valor::ui
