#include "ui/common/messagebox.h"

#include <QMessageBox>

namespace valor::ui::messages {
namespace {

Hook& hook() {
  static Hook answer;
  return answer;
}

}  // namespace

void warning(QWidget* parent, const QString& title, const QString& text) {
  if (hook()) {
    hook()(Kind::Warning, title, text);
    return;
  }
  QMessageBox::warning(parent, title, text);
}

bool ask(QWidget* parent, const QString& title, const QString& text) {
  if (hook()) return hook()(Kind::Question, title, text);
  return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void setHook(Hook answer) {
  hook() = std::move(answer);
}

}  // namespace valor::ui::messages
