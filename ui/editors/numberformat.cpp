#include "ui/editors/numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include "ui/editors/cellarithmetic.h"

namespace valor::ui {

QString formatFieldValue(double stored, const QString& unit, const QLocale& locale,
                         int percentDecimals) {
  if (unit == QLatin1String("rate")) {
    // A percentage without trailing zeros: 9.5 %, 0.25 %, 12 %.
    QString text = locale.toString(stored * 100, 'f', percentDecimals);
    const QChar point = locale.decimalPoint().at(0);
    if (text.contains(point)) {
      while (text.endsWith(QLatin1Char('0'))) text.chop(1);
      if (text.endsWith(point)) text.chop(1);
    }
    return text + QStringLiteral(" %");
  }
  return locale.toString(stored, 'g', 12);
}

ParsedNumber parseFieldValue(const QString& text, const QString& unit, const QLocale& locale) {
  QString t = text.trimmed();
  const bool percent = unit == QLatin1String("rate");
  // "=1200*1.05": a formula, its result in the field's unit ("=2.5+0.5" in a rate is 3 %).
  if (t.startsWith(QLatin1Char('='))) {
    const ArithmeticResult r = evaluateArithmetic(t.mid(1), locale);
    if (!r.value) return {std::nullopt, r.error};
    return {percent ? *r.value / 100 : *r.value, {}};
  }
  if (percent && t.endsWith(QLatin1Char('%'))) t = t.chopped(1).trimmed();
  if (t.isEmpty())
    return {std::nullopt, QCoreApplication::translate("NumberFormat", "Enter a number.")};
  bool ok = false;
  double v = locale.toDouble(t, &ok);
  if (!ok) v = QLocale::c().toDouble(t, &ok);  // "9.5" is accepted in every locale
  if (!ok || !std::isfinite(v))
    return {
        std::nullopt,
        QCoreApplication::translate("NumberFormat", "“%1” is not a number.").arg(text.trimmed())};
  return {percent ? v / 100 : v, {}};
}

QString formatSignificant(double stored, const QString& unit, int digits, const QLocale& locale) {
  const bool percent = unit == QLatin1String("rate");
  const double shown = percent ? stored * 100 : stored;
  if (!std::isfinite(shown)) return locale.toString(shown);
  const int magnitude = shown == 0 ? 0 : static_cast<int>(std::floor(std::log10(std::fabs(shown))));
  const int decimals = std::clamp(digits - 1 - magnitude, 0, 12);
  QString text = locale.toString(shown, 'f', decimals);
  const QChar point = locale.decimalPoint().at(0);
  if (text.contains(point)) {
    while (text.endsWith(QLatin1Char('0'))) text.chop(1);
    if (text.endsWith(point)) text.chop(1);
  }
  return percent ? text + QStringLiteral(" %") : text;
}

std::optional<double> likelyMeantPercent(const QString& text, double stored, const QString& unit,
                                         const std::optional<Bounds>& bounds,
                                         const QLocale& locale) {
  const QString t = text.trimmed();
  if (unit != QLatin1String("rate") || t.contains(QLatin1Char('%')) ||
      t.startsWith(QLatin1Char('=')))
    return std::nullopt;
  const double typed = stored * 100;
  if (!(std::fabs(typed) > 0 && std::fabs(typed) < 1)) return std::nullopt;
  const QString point = locale.decimalPoint();
  const qsizetype at = t.contains(point) ? t.indexOf(point) : t.indexOf(QLatin1Char('.'));
  if (at < 0 || t.size() - at - 1 < 2) return std::nullopt;  // "0.5" may well mean 0.5 %
  const double meant = typed;
  if (bounds && !bounds->contains(meant)) return std::nullopt;
  return meant;
}

namespace {
bool parenthesesForNegatives = false;
}

void setNegativesInParentheses(bool on) {
  parenthesesForNegatives = on;
}

bool negativesInParentheses() {
  return parenthesesForNegatives;
}

QString formatAmount(double value, int decimals, const QLocale& locale) {
  const QString digits = locale.toString(std::fabs(value), 'f', decimals);
  // A value that rounds to zero shows no sign at all.
  const bool negative = value < 0 && digits != locale.toString(0.0, 'f', decimals);
  if (!negative) return digits;
  return parenthesesForNegatives ? QLatin1Char('(') + digits + QLatin1Char(')')
                                 : locale.negativeSign() + digits;
}

QString formatOutputValue(double value, const QString& unit, int decimals, const QLocale& locale) {
  // A column of rates lines up: every one with the same digits ("24.00 %", not "24 %").
  if (unit == QLatin1String("rate"))
    return QStringLiteral("%1 %").arg(locale.toString(value * 100, 'f', decimals));
  if (unit == QLatin1String("multiple"))
    return locale.toString(value, 'f', decimals) + QChar(0x00D7);
  // Per-share figures (EPS, prices) read to the cent, as analysts quote them.
  if (unit == QLatin1String("price")) return formatAmount(value, std::max(decimals, 2), locale);
  // A sensitivity (an option's delta or gamma) can be far below one: significant digits.
  if (unit == QLatin1String("number")) return formatSignificant(value, unit, 4, locale);
  return formatAmount(value, decimals, locale);
}

}  // namespace valor::ui
