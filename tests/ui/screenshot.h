#pragma once
// Pictures of what a GUI test shows, for looking at and for the README: written only when
// VALOR_SCREENSHOT_DIR names a folder (run the test under Xvfb for the real fonts).
#include <QByteArray>
#include <QString>
#include <QWidget>
#include <QtTest>

namespace valor::testing {

// `w` as drawn, or its whole window with `wholeWindow`, as DIR/name.png.
inline void screenshot(QWidget* w, const char* name, bool wholeWindow = false) {
  const QByteArray dir = qgetenv("VALOR_SCREENSHOT_DIR");
  if (dir.isEmpty()) return;
  QTest::qWait(200);  // let the charts lay out their new series
  (wholeWindow ? w->window() : w)->grab().save(QString::fromUtf8(dir + "/" + name + ".png"));
}

}  // namespace valor::testing
