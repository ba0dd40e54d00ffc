#pragma once
// Help ▸ Getting Started and Help ▸ Keyboard Shortcuts. The shortcut list is read from the
// menus themselves, so it can never disagree with what the keys do; the keys of the grids and
// fields, which no menu holds, follow.
class QMenuBar;
class QWidget;

namespace valor::ui {

void showGettingStarted(QWidget* parent);
void showKeyboardShortcuts(const QMenuBar* menus, QWidget* parent);

}  // namespace valor::ui
