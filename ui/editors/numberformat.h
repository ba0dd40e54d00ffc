#pragma once
// How numbers look and are typed in the editors: rates as percentages ("9.5 %" stands for
// 0.095), everything else as plain numbers, both in the user's locale. Parsing is strict: text
// that is not a number is rejected with a reason instead of being read as 0.
#include <QLocale>
#include <QString>

#include <optional>

#include "core/model/schema.h"

namespace valor::ui {

struct ParsedNumber {
  std::optional<double> value;  // the stored value (a percentage already divided by 100)
  QString error;                // why the text was refused
};

// `unit` is the schema's unit: "rate" is shown and typed as a percentage.
// `percentDecimals` caps the digits of a percentage (trailing zeros are dropped).
QString formatFieldValue(double stored, const QString& unit, const QLocale& locale = QLocale(),
                         int percentDecimals = 4);
ParsedNumber parseFieldValue(const QString& text, const QString& unit,
                             const QLocale& locale = QLocale());
// A computed input value (a goal seek's answer) to `digits` significant digits in its unit,
// without trailing zeros: 1.56462585034 → "1.56463", 0.0923456 as a rate → "9.23456 %".
QString formatSignificant(double stored, const QString& unit, int digits = 6,
                          const QLocale& locale = QLocale());

// A rate typed as a decimal by mistake: "0.025" in a percentage field reads as 0.025 %, but
// almost certainly means 2.5 %. The stored value meant (0.025), when the text has no "%" and
// no formula, the typed number lies strictly between −1 and 1 with at least two decimals, and
// the meant value is allowed by `bounds`; otherwise nothing.
std::optional<double> likelyMeantPercent(const QString& text, double stored, const QString& unit,
                                         const std::optional<Bounds>& bounds,
                                         const QLocale& locale = QLocale());

// How results show a negative amount: "-1,234.5", or "(1,234.5)" as in financial statements
// (a display setting, for the whole application; rates and multiples keep their sign).
void setNegativesInParentheses(bool on);
bool negativesInParentheses();
// An amount with `decimals` digits and the locale's separators, negative as set above.
QString formatAmount(double value, int decimals, const QLocale& locale = QLocale());

// A result in its unit with `decimals` digits: a rate as a percentage ("20.24 %"), a multiple
// with "×" ("2.51×"), a plain number (an option's delta) to four significant digits, anything
// else as an amount (formatAmount).
QString formatOutputValue(double value, const QString& unit, int decimals,
                          const QLocale& locale = QLocale());

}  // namespace valor::ui
