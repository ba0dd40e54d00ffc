#include "ui/editors/numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

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

QString formatOutputValue(double value, const QString& unit, int decimals, const QLocale& locale) {
  // A column of rates lines up: every one with the same digits ("24.00 %", not "24 %").
  if (unit == QLatin1String("rate"))
    return QStringLiteral("%1 %").arg(locale.toString(value * 100, 'f', decimals));
  if (unit == QLatin1String("multiple"))
    return locale.toString(value, 'f', decimals) + QChar(0x00D7);
  // Per-share figures (EPS, prices) read to the cent, as analysts quote them.
  if (unit == QLatin1String("price")) return locale.toString(value, 'f', std::max(decimals, 2));
  return locale.toString(value, 'f', decimals);
}

}  // namespace valor::ui
