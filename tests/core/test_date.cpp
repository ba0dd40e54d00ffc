// Tests for core/common/date.h: serial day numbers, day differences and strict ISO parsing.
// Expected serials are counted by hand: 365 days a year plus one per leap day crossed.
#include <QtTest>
#include <string>
#include <string_view>

#include "core/common/date.h"

namespace {

std::string_view view(const QByteArray& bytes) {
  return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

valor::Date date(const QByteArray& iso) {
  return valor::Date::parseIso(view(iso)).value();
}

}  // namespace

class TestDate : public QObject {
  Q_OBJECT

 private slots:
  void serial_data();
  void serial();
  void dayDifference_data();
  void dayDifference();
  void parseIso_data();
  void parseIso();
  void fromYmd_data();
  void fromYmd();
  void isLeapYear_data();
  void isLeapYear();
};

void TestDate::serial_data() {
  QTest::addColumn<QByteArray>("iso");
  QTest::addColumn<qint64>("expected");

  QTest::newRow("epoch") << QByteArray("1970-01-01") << qint64{0};
  QTest::newRow("day after the epoch") << QByteArray("1970-01-02") << qint64{1};
  QTest::newRow("day before the epoch") << QByteArray("1969-12-31") << qint64{-1};
  // 30 years × 365 + 7 leap days (1972, 76, 80, 84, 88, 92, 96) = 10957 for 2000-01-01,
  // then + 31 (January) + 29 (February 2000) = 11017.
  QTest::newRow("2000-03-01") << QByteArray("2000-03-01") << qint64{11017};
  // 70 years × 365 + 17 leap days (1904 .. 1968; 1900 is not one) = 25567 days before the epoch.
  QTest::newRow("1900-01-01") << QByteArray("1900-01-01") << qint64{-25567};
}

void TestDate::serial() {
  QFETCH(QByteArray, iso);
  QFETCH(qint64, expected);
  const valor::Date d = date(iso);
  QCOMPARE(static_cast<qint64>(d.serial()), expected);
  QCOMPARE(QByteArray::fromStdString(d.toIso()), iso);  // round trip
}

void TestDate::dayDifference_data() {
  QTest::addColumn<QByteArray>("from");
  QTest::addColumn<QByteArray>("to");
  QTest::addColumn<qint64>("expected");

  // 2000 is a leap year (divisible by 400): Feb 28 → Feb 29 → Mar 1.
  QTest::newRow("across 2000-02-29")
      << QByteArray("2000-02-28") << QByteArray("2000-03-01") << qint64{2};
  // 1900 is not (divisible by 100, not 400).
  QTest::newRow("across 1900-02-28")
      << QByteArray("1900-02-28") << QByteArray("1900-03-01") << qint64{1};
  // Excel's XIRR example span: 366 (2008) + 31 + 28 + 31 (Jan–Mar 2009) = 456.
  QTest::newRow("2008-01-01 to 2009-04-01")
      << QByteArray("2008-01-01") << QByteArray("2009-04-01") << qint64{456};
  QTest::newRow("backwards") << QByteArray("2009-04-01") << QByteArray("2008-01-01")
                             << qint64{-456};
  QTest::newRow("same day") << QByteArray("2024-06-30") << QByteArray("2024-06-30") << qint64{0};
  QTest::newRow("common year 2001")
      << QByteArray("2001-01-01") << QByteArray("2002-01-01") << qint64{365};
  QTest::newRow("leap year 2004") << QByteArray("2004-01-01") << QByteArray("2005-01-01")
                                  << qint64{366};
}

void TestDate::dayDifference() {
  QFETCH(QByteArray, from);
  QFETCH(QByteArray, to);
  QFETCH(qint64, expected);
  // daysBetween is a hidden friend of Date, found by argument-dependent lookup.
  QCOMPARE(static_cast<qint64>(daysBetween(date(from), date(to))), expected);
}

void TestDate::parseIso_data() {
  QTest::addColumn<QByteArray>("text");
  QTest::addColumn<bool>("valid");

  QTest::newRow("leap day 2024") << QByteArray("2024-02-29") << true;
  QTest::newRow("leap day 2000") << QByteArray("2000-02-29") << true;
  QTest::newRow("first supported day") << QByteArray("1900-01-01") << true;
  QTest::newRow("last supported day") << QByteArray("9999-12-31") << true;
  QTest::newRow("2025-02-29: not a leap year") << QByteArray("2025-02-29") << false;
  QTest::newRow("1900-02-29: century, not leap") << QByteArray("1900-02-29") << false;
  QTest::newRow("month 13") << QByteArray("2024-13-01") << false;
  QTest::newRow("month 0") << QByteArray("2024-00-10") << false;
  QTest::newRow("day 0") << QByteArray("2024-01-00") << false;
  QTest::newRow("April 31") << QByteArray("2024-04-31") << false;
  QTest::newRow("one-digit month") << QByteArray("2024-1-01") << false;
  QTest::newRow("letters") << QByteArray("abcd-ef-gh") << false;
  QTest::newRow("empty") << QByteArray("") << false;
  QTest::newRow("trailing space") << QByteArray("2024-02-29 ") << false;
  QTest::newRow("sign in the year") << QByteArray("+024-02-01") << false;
  QTest::newRow("slashes") << QByteArray("2024/02/01") << false;
  QTest::newRow("before 1900") << QByteArray("1899-12-31") << false;
}

void TestDate::parseIso() {
  QFETCH(QByteArray, text);
  QFETCH(bool, valid);
  const std::optional<valor::Date> parsed = valor::Date::parseIso(view(text));
  QVERIFY2(parsed.has_value() == valid, text.constData());
  if (valid) QCOMPARE(QByteArray::fromStdString(parsed->toIso()), text);
}

void TestDate::fromYmd_data() {
  QTest::addColumn<int>("year");
  QTest::addColumn<int>("month");
  QTest::addColumn<int>("day");
  QTest::addColumn<bool>("valid");

  QTest::newRow("2024-02-29") << 2024 << 2 << 29 << true;
  QTest::newRow("2025-02-29") << 2025 << 2 << 29 << false;
  QTest::newRow("2024-13-01") << 2024 << 13 << 1 << false;
  QTest::newRow("2024-12-32") << 2024 << 12 << 32 << false;
  QTest::newRow("year 10000") << 10000 << 1 << 1 << false;
}

void TestDate::fromYmd() {
  QFETCH(int, year);
  QFETCH(int, month);
  QFETCH(int, day);
  QFETCH(bool, valid);
  const std::optional<valor::Date> d = valor::Date::fromYmd(year, month, day);
  QCOMPARE(d.has_value(), valid);
  if (valid) {
    QCOMPARE(d->year(), year);
    QCOMPARE(d->month(), month);
    QCOMPARE(d->day(), day);
  }
}

void TestDate::isLeapYear_data() {
  QTest::addColumn<int>("year");
  QTest::addColumn<bool>("leap");

  // Gregorian rule: divisible by 4, except centuries, except every 400 years.
  QTest::newRow("1900") << 1900 << false;
  QTest::newRow("2000") << 2000 << true;
  QTest::newRow("2024") << 2024 << true;
  QTest::newRow("2025") << 2025 << false;
  QTest::newRow("2100") << 2100 << false;
}

void TestDate::isLeapYear() {
  QFETCH(int, year);
  QFETCH(bool, leap);
  QCOMPARE(valor::Date::isLeapYear(year), leap);
  QCOMPARE(valor::Date::daysInMonth(year, 2), leap ? 29 : 28);
}

QTEST_APPLESS_MAIN(TestDate)
#include "test_date.moc"
