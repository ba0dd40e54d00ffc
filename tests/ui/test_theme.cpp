// Contrast of the themes' colours by WCAG 2.1 (relative luminance; AA: 4.5:1 for text, 3:1 for
// graphics): every text of the dark palette on its background, the problem red on both themes,
// the Monte Carlo percentile lines on the charts' background; and a problem text that follows a
// theme switch.
#include <QtTest>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

#include <QTemporaryDir>
#include <memory>

#include "ui/analytics/analyticschart.h"
#include "ui/common/problemcolour.h"
#include "ui/settings/appearance.h"
#include "ui/settings/fieldframestyle.h"
#include "ui/settings/settings.h"

using namespace valor::ui;

namespace {
// The light theme's colours: Fusion's own palette.
QPalette fusionPalette() {
  const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
  return fusion->standardPalette();
}
}  // namespace

class TestTheme : public QObject {
  Q_OBJECT

 private slots:
  // Published reference points: black on white is 21:1; #767676 is the lightest grey that
  // passes AA on white, at 4.54:1.
  void contrastRatioMatchesWcag() {
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    QVERIFY(std::fabs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QCOMPARE(contrastRatio(Qt::white, QColor(0x76, 0x76, 0x76)),
             contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white));
  }

  void darkPaletteTextIsReadable_data() {
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("background");
    const auto row = [](const char* name, QPalette::ColorRole text, QPalette::ColorRole back) {
      QTest::newRow(name) << static_cast<int>(text) << static_cast<int>(back);
    };
    row("window text", QPalette::WindowText, QPalette::Window);
    row("text in fields", QPalette::Text, QPalette::Base);
    row("text in alternate rows", QPalette::Text, QPalette::AlternateBase);
    row("buttons", QPalette::ButtonText, QPalette::Button);
    row("tooltips", QPalette::ToolTipText, QPalette::ToolTipBase);
    row("placeholders in fields", QPalette::PlaceholderText, QPalette::Base);
    row("captions on the window", QPalette::PlaceholderText, QPalette::Window);
    row("selection", QPalette::HighlightedText, QPalette::Highlight);
    row("links", QPalette::Link, QPalette::Base);
    row("links on the window", QPalette::Link, QPalette::Window);
    row("visited links", QPalette::LinkVisited, QPalette::Base);
  }
  void darkPaletteTextIsReadable() {
    QFETCH(int, text);
    QFETCH(int, background);
    const QPalette dark = darkPalette();
    const double ratio = contrastRatio(dark.color(static_cast<QPalette::ColorRole>(text)),
                                       dark.color(static_cast<QPalette::ColorRole>(background)));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
  }

  void problemTextIsReadableOnBothThemes() {
    const QPalette light = fusionPalette();
    const QPalette dark = darkPalette();
    for (const QPalette& palette : {light, dark})
      for (QPalette::ColorRole back : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
        const double ratio = contrastRatio(problemColour(palette), palette.color(back));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
      }
    QVERIFY(problemColour(light) != problemColour(dark));
  }

  // The charts draw on the palette's base colour; the percentile lines hold text-grade contrast.
  void percentileLinesStandOut() {
    const QPalette light = fusionPalette();
    for (const auto mark : {AnalyticsChart::Mark::Tail, AnalyticsChart::Mark::Centre}) {
      const double onDark = contrastRatio(AnalyticsChart::markColour(mark, true),
                                          darkPalette().color(QPalette::Base));
      const double onLight =
          contrastRatio(AnalyticsChart::markColour(mark, false), light.color(QPalette::Base));
      QVERIFY2(onDark >= 4.5, qPrintable(QString::number(onDark)));
      QVERIFY2(onLight >= 4.5, qPrintable(QString::number(onLight)));
    }
  }

  // Input fields show their edges (WCAG 1.4.11, 3:1 against the window) on both themes: the
  // outline as drawn, read off the top edge's middle pixel of each kind of field.
  void fieldEdgesStandOut() {
    QSettings storage(QDir(dir_.path()).filePath(QStringLiteral("fields.ini")),
                      QSettings::IniFormat);
    Settings settings(&storage);
    for (const auto theme : {Settings::Theme::Dark, Settings::Theme::Light}) {
      settings.setTheme(theme);
      Appearance appearance(&settings);
      QWidget window;
      window.setAutoFillBackground(true);
      auto* layout = new QVBoxLayout(&window);
      auto* combo = new QComboBox;
      combo->addItem(QStringLiteral("Gordon growth"));
      const std::vector<QWidget*> fields = {new QLineEdit(QStringLiteral("9.5 %")), new QSpinBox,
                                            combo};
      for (QWidget* field : fields) layout->addWidget(field);
      window.resize(240, 120);
      const QImage image = window.grab().toImage();
      const QColor back = QApplication::palette().color(QPalette::Window);
      for (QWidget* field : fields) {
        const QPoint edge = field->geometry().topLeft() + QPoint(field->width() / 2, 0);
        const double ratio = contrastRatio(image.pixelColor(edge), back);
        QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 (theme %2): %3")
                                              .arg(QLatin1String(field->metaObject()->className()))
                                              .arg(static_cast<int>(theme))
                                              .arg(ratio)));
      }
    }
    QCOMPARE(contrastRatio(fieldOutline(darkPalette()), darkPalette().color(QPalette::Window)) >= 3,
             true);
  }

  // A problem shown while the theme changes takes the new theme's red.
  void problemTextFollowsTheTheme() {
    QSettings storage(QDir(dir_.path()).filePath(QStringLiteral("settings.ini")),
                      QSettings::IniFormat);
    Settings settings(&storage);
    settings.setTheme(Settings::Theme::Dark);
    Appearance appearance(&settings);
    QWidget window;
    auto* label = new QLabel(QStringLiteral("Not saved"), &window);
    auto* fine = new QLabel(QStringLiteral("All changes saved"), &window);
    showAsProblem(label, true);
    showAsProblem(fine, false);
    QCOMPARE(label->styleSheet(), QStringLiteral("color: #ff8a80;"));
    settings.setTheme(Settings::Theme::Light);
    QCOMPARE(label->styleSheet(), QStringLiteral("color: #c62828;"));
    QCOMPARE(fine->styleSheet(), QString());
    showAsProblem(label, false);
    QCOMPARE(label->styleSheet(), QString());
    settings.setTheme(Settings::Theme::Dark);
    QCOMPARE(label->styleSheet(), QString());
  }

 private:
  QTemporaryDir dir_;
};

QTEST_MAIN(TestTheme)
#include "test_theme.moc"
