#pragma once
// Preferences: language, theme, number display, defaults for new scenarios, the author name
// recorded with every change. Applied at once; nothing needs a restart.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace valor::ui {

class Settings;

class PreferencesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PreferencesDialog(Settings* settings, QWidget* parent = nullptr);

 private:
  Settings* settings_;
  QComboBox* language_;
  QComboBox* theme_;
  QSpinBox* decimals_;
  QCheckBox* parentheses_;
  QComboBox* displayUnit_;
  QComboBox* discounting_;
  QLineEdit* author_;
};

}  // namespace valor::ui
