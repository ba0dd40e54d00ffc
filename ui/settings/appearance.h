#pragma once
// Applies the language and theme settings to the running application; both take effect at
// once (widgets retranslate on QEvent::LanguageChange).
#include <QObject>
#include <QPalette>
#include <QString>
#include <QTranslator>

#include <memory>

#include "ui/settings/settings.h"

namespace valor::ui {

// The dark theme's colours: every text on its background at WCAG AA contrast (4.5:1).
QPalette darkPalette();

class Appearance : public QObject {
  Q_OBJECT

 public:
  explicit Appearance(Settings* settings, QObject* parent = nullptr);
  // Installs the translations for `code` ("" = the system language); true when found or English.
  bool applyLanguage(const QString& code);
  void applyTheme(Settings::Theme theme);

 private:
  std::unique_ptr<QTranslator> app_;
  std::unique_ptr<QTranslator> qt_;
};

}  // namespace valor::ui
