#include "ui/settings/appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QThread>
#include <QWidget>

#include "ui/common/problemcolour.h"
#include "ui/settings/fieldframestyle.h"

namespace valor::ui {

Appearance::Appearance(Settings* settings, QObject* parent) : QObject(parent) {
  connect(settings, &Settings::languageChanged, this, &Appearance::applyLanguage);
  connect(settings, &Settings::themeChanged, this, &Appearance::applyTheme);
  applyLanguage(settings->language());
  applyTheme(settings->theme());
}

bool Appearance::applyLanguage(const QString& code) {
  // Removing or installing a translator sends QEvent::LanguageChange to every widget (while the
  // event loop runs), which retranslates itself.
  if (app_) QCoreApplication::removeTranslator(app_.get());
  if (qt_) QCoreApplication::removeTranslator(qt_.get());
  app_ = std::make_unique<QTranslator>();
  qt_ = std::make_unique<QTranslator>();
  const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
  // Numbers and dates follow the app's language, not the machine's: English shows 1,234.5 and
  // German 1.234,5 on any system, and typed numbers are read the same way.
  QLocale::setDefault(locale);
  // English is the source language; its file only holds plural forms ("1 scenario").
  const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
  const bool found =
      app_->load(english ? QLocale(QLocale::English) : locale, QStringLiteral("valor"),
                 QStringLiteral("_"), QStringLiteral(":/i18n"));
  if (found) QCoreApplication::installTranslator(app_.get());
  if (!english && qt_->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt_.get());
  // Qt announces a translator change only while the event loop runs; say it ourselves so the
  // switch also takes effect before exec() (at start-up, in tests).
  if (QThread::currentThread()->loopLevel() == 0) {
    QEvent change(QEvent::LanguageChange);
    for (QWidget* widget : QApplication::topLevelWidgets())
      QCoreApplication::sendEvent(widget, &change);
  }
  return found || english;
}

QPalette darkPalette() {
  QPalette dark;
  dark.setColor(QPalette::Window, QColor(45, 45, 48));
  dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
  dark.setColor(QPalette::Base, QColor(30, 30, 32));
  dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
  dark.setColor(QPalette::Text, QColor(230, 230, 230));
  dark.setColor(QPalette::Button, QColor(53, 53, 56));
  dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
  dark.setColor(QPalette::Highlight, QColor(30, 100, 180));  // white on it: 6:1
  dark.setColor(QPalette::HighlightedText, Qt::white);
  dark.setColor(QPalette::ToolTipBase, QColor(53, 53, 56));
  dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
  dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
  dark.setColor(QPalette::Link, QColor(120, 180, 255));
  dark.setColor(QPalette::LinkVisited, QColor(200, 160, 255));
  dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
  dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
  return dark;
}

void Appearance::applyTheme(Settings::Theme theme) {
  if (theme != Settings::Theme::FollowSystem) QApplication::setStyle(new FieldFrameStyle);
  QApplication::setPalette(
      theme == Settings::Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
  refreshProblemColours();
}

}  // namespace valor::ui
