#pragma once
// Every warning and question the application shows goes through here, so that a test can stand in
// for the user: with a hook set, no dialog opens and the hook answers instead.
#include <QString>

#include <functional>

class QWidget;

namespace valor::ui::messages {

enum class Kind { Warning, Question };

// Shows a warning and waits for it to be closed.
void warning(QWidget* parent, const QString& title, const QString& text);
// Asks a yes/no question; true for yes.
bool ask(QWidget* parent, const QString& title, const QString& text);

// For tests: answers every message instead of a dialog (the return value is the answer to a
// question). An empty hook brings the dialogs back.
using Hook = std::function<bool(Kind kind, const QString& title, const QString& text)>;
void setHook(Hook hook);

}  // namespace valor::ui::messages
