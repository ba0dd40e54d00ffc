#pragma once
// A calendar date (proleptic Gregorian) with exact day arithmetic. Day counts such as XIRR's
// Act/365 fixed and the DCF stub period are differences of serial day numbers.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace valor {

class Date {
 public:
  // Returns nothing for an impossible date (2025-02-29, month 13, year outside 1900..9999).
  static std::optional<Date> fromYmd(int year, int month, int day);
  // Parses exactly "YYYY-MM-DD".
  static std::optional<Date> parseIso(std::string_view text);

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  // Days since 1970-01-01 (negative before it).
  long serial() const;
  std::string toIso() const;

  friend auto operator<=>(const Date&, const Date&) = default;

  static bool isLeapYear(int year);
  static int daysInMonth(int year, int month);

 private:
  Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
  int year_;
  int month_;
  int day_;
};

// Actual days from `from` to `to` (negative when `to` is earlier).
inline long daysBetween(const Date& from, const Date& to) {
  return to.serial() - from.serial();
}

}  // namespace valor
