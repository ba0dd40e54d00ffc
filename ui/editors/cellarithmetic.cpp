#include "ui/editors/cellarithmetic.h"

#include <QCoreApplication>

#include <cmath>

namespace valor::ui {
namespace {

// Recursive descent over  sum := product (('+'|'−') product)*,  product := factor (('*'|'/')
// factor)*,  factor := ('+'|'−') factor | number | '(' sum ')'. Depth is bounded so a hostile
// paste cannot exhaust the stack.
class Parser {
 public:
  Parser(const QString& text, const QLocale& locale) : text_(text), locale_(locale) {}

  ArithmeticResult run() {
    const std::optional<double> v = sum(0);
    skipSpaces();
    if (!v) return {std::nullopt, error_};
    if (pos_ < text_.size()) return fail(unexpected());
    if (!std::isfinite(*v)) return fail(tr("The result is not a finite number."));
    return {v, {}};
  }

 private:
  static QString tr(const char* text) {
    return QCoreApplication::translate("CellArithmetic", text);
  }
  ArithmeticResult fail(const QString& message) { return {std::nullopt, message}; }
  std::nullopt_t failed(const QString& message) {
    if (error_.isEmpty()) error_ = message;
    return std::nullopt;
  }
  QString unexpected() const {
    return pos_ < text_.size() ? tr("“%1” is not expected at position %2.")
                                     .arg(text_.at(pos_))
                                     .arg(pos_ + 2)  // counting the "="
                               : tr("The formula ends too early.");
  }

  void skipSpaces() {
    while (pos_ < text_.size() && text_.at(pos_).isSpace()) ++pos_;
  }
  bool take(std::initializer_list<QChar> chars) {
    skipSpaces();
    if (pos_ >= text_.size()) return false;
    for (const QChar c : chars)
      if (text_.at(pos_) == c) {
        ++pos_;
        return true;
      }
    return false;
  }
  QChar peek() {
    skipSpaces();
    return pos_ < text_.size() ? text_.at(pos_) : QChar();
  }

  std::optional<double> sum(int depth) {
    auto left = product(depth);
    while (left) {
      const QChar op = peek();
      if (op != QLatin1Char('+') && op != QLatin1Char('-') && op != QChar(0x2212)) break;
      ++pos_;
      const auto right = product(depth);
      if (!right) return std::nullopt;
      left = op == QLatin1Char('+') ? *left + *right : *left - *right;
    }
    return left;
  }

  std::optional<double> product(int depth) {
    auto left = factor(depth);
    while (left) {
      const QChar op = peek();
      const bool times = op == QLatin1Char('*') || op == QChar(0x00D7);
      const bool divide = op == QLatin1Char('/') || op == QChar(0x00F7);
      if (!times && !divide) break;
      ++pos_;
      const auto right = factor(depth);
      if (!right) return std::nullopt;
      if (divide && *right == 0) return failed(tr("Division by zero."));
      left = times ? *left * *right : *left / *right;
    }
    return left;
  }

  std::optional<double> factor(int depth) {
    if (depth > kMaxDepth) return failed(tr("The formula nests too deeply."));
    if (take({QLatin1Char('-'), QChar(0x2212)})) {
      const auto v = factor(depth + 1);
      return v ? std::optional<double>(-*v) : std::nullopt;
    }
    if (take({QLatin1Char('+')})) return factor(depth + 1);
    if (take({QLatin1Char('(')})) {
      const auto v = sum(depth + 1);
      if (!v) return std::nullopt;
      if (!take({QLatin1Char(')')})) return failed(tr("A closing parenthesis is missing."));
      return v;
    }
    return number();
  }

  // Digits with the locale's decimal point and group separator, or a plain point.
  std::optional<double> number() {
    skipSpaces();
    const qsizetype start = pos_;
    const QChar point = locale_.decimalPoint().at(0);
    const QChar group =
        locale_.groupSeparator().isEmpty() ? QChar() : locale_.groupSeparator().at(0);
    while (pos_ < text_.size()) {
      const QChar c = text_.at(pos_);
      if (!(c.isDigit() || c == point || c == QLatin1Char('.') || (!group.isNull() && c == group)))
        break;
      ++pos_;
    }
    if (pos_ == start) return failed(unexpected());
    const QString token = text_.mid(start, pos_ - start);
    bool ok = false;
    double v = locale_.toDouble(token, &ok);
    if (!ok) v = QLocale::c().toDouble(token, &ok);
    if (!ok) return failed(tr("“%1” is not a number.").arg(token));
    return v;
  }

  static constexpr int kMaxDepth = 64;
  const QString& text_;
  const QLocale& locale_;
  qsizetype pos_ = 0;
  QString error_;
};

}  // namespace

ArithmeticResult evaluateArithmetic(const QString& expression, const QLocale& locale) {
  if (expression.trimmed().isEmpty())
    return {std::nullopt,
            QCoreApplication::translate("CellArithmetic", "Enter a formula after “=”.")};
  return Parser(expression, locale).run();
}

}  // namespace valor::ui
