#pragma once
// Simple arithmetic typed into a field or cell, as in a spreadsheet: "=1200*1.05",
// "=(3.5+0.25)/2". Numbers, + − × ÷ (also * and /), parentheses and a leading minus; the
// numbers in the user's locale or with a point. Anything else is refused with a reason, never
// read as 0.
#include <QLocale>
#include <QString>

#include <optional>

namespace valor::ui {

struct ArithmeticResult {
  std::optional<double> value;
  QString error;
};

// `expression` without the leading "=".
ArithmeticResult evaluateArithmetic(const QString& expression, const QLocale& locale = QLocale());

}  // namespace valor::ui
