// Fractional-index order keys (core/model/orderkey.h).
//
// Expectations come from the header's contract: keys are strings over 0-9a-z that compare like
// the base-36 fractions 0.<key>, never end in '0', and a key can always be made strictly between
// two neighbours ("" meaning the start or the end). Because a valid key has no trailing zero,
// comparing two keys as fractions is the same as comparing them as strings (digits sort before
// letters in ASCII, as 0-9 sort before a-z in value), so every order check below uses plain
// string comparison.
#include "core/model/orderkey.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <QtTest>

using namespace valor;

namespace {

constexpr std::string_view kAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

QByteArray q(const std::string& s) {
  return QByteArray::fromStdString(s);
}

QByteArray show(std::string_view before, std::string_view after,
                const std::optional<std::string>& k) {
  return "between(\"" + q(std::string(before)) + "\", \"" + q(std::string(after)) +
         "\") = " + (k ? "\"" + q(*k) + "\"" : QByteArray("nullopt"));
}

// The contract of a successful orderKeyBetween(before, after): a valid key (so no trailing '0'),
// above `before` unless that is the start, below `after` unless that is the end.
bool isStrictlyBetween(std::string_view before, std::string_view after, const std::string& k) {
  if (!isValidOrderKey(k) || k.back() == '0') return false;
  if (!before.empty() && !(std::string_view(k) > before)) return false;
  if (!after.empty() && !(std::string_view(k) < after)) return false;
  return true;
}

// Every valid key of length 1 or 2: one digit 1-z, or any digit followed by 1-z.
std::vector<std::string> allShortKeys() {
  std::vector<std::string> keys;
  for (char c : kAlphabet.substr(1)) keys.emplace_back(1, c);
  for (char first : kAlphabet)
    for (char second : kAlphabet.substr(1)) keys.push_back(std::string{first, second});
  std::sort(keys.begin(), keys.end());
  return keys;
}

}  // namespace

class TestOrderKey : public QObject {
  Q_OBJECT

 private slots:
  void betweenStartAndEnd() {
    const auto k = orderKeyBetween("", "");
    QVERIFY2(k.has_value(), show("", "", k).constData());
    QVERIFY2(isValidOrderKey(*k), show("", "", k).constData());
  }

  void betweenIsStrictlyBetween_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    auto row = [](const char* before, const char* after) {
      QTest::addRow("\"%s\" .. \"%s\"", before, after)
          << QString::fromLatin1(before) << QString::fromLatin1(after);
    };
    row("", "");
    // Adjacent digits: nothing fits at the same length, the key must grow.
    row("a1", "a2");
    row("1", "2");
    row("y", "z");
    row("9", "a");  // '9' and 'a' are adjacent digits (9 and 10)
    row("a1z", "a2");
    row("a19", "a2");
    row("azz", "b");
    // Room at the same length.
    row("1", "3");
    row("a", "b1");
    row("1", "z");
    // `before` is a prefix of `after`.
    row("a", "ab");
    row("a", "a1");
    row("a", "a01");
    row("a", "a001");
    row("1", "1z");
    // Towards the start: "" is 0.0, and keys with leading zeros sit close to it.
    row("", "1");
    row("", "01");
    row("", "001");
    row("", "0001i");
    row("", "z");
    row("", "2");
    // Towards the end: "" is 1.0.
    row("z", "");
    row("zz", "");
    row("zzzz", "");
    row("y", "");
    row("1", "");
    row("0001i", "");
    // Keys as the scenario reader writes them (initialOrderKey) and longer mixed ones.
    row("0001i", "0002i");
    row("0009i", "000ai");
    row("000zi", "0010i");
    row("0a1b2c3d", "0a1b2c3e");
    row("0a1b2c3d", "0a1b2c3d01");
  }
  void betweenIsStrictlyBetween() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    const std::string b = before.toStdString();
    const std::string a = after.toStdString();
    const auto k = orderKeyBetween(b, a);
    QVERIFY2(k.has_value(), show(b, a, k).constData());
    QVERIFY2(isStrictlyBetween(b, a, *k), show(b, a, k).constData());
    // And there is room again on both sides of the new key.
    const auto lower = orderKeyBetween(b, *k);
    const auto upper = orderKeyBetween(*k, a);
    QVERIFY2(lower && isStrictlyBetween(b, *k, *lower), show(b, *k, lower).constData());
    QVERIFY2(upper && isStrictlyBetween(*k, a, *upper), show(*k, a, upper).constData());
  }

  // Every pair of valid keys of length at most two, plus the open ends: 1295 keys, about
  // 840 000 ordered pairs, each of which must give a key strictly between.
  void betweenAllShortKeyPairs() {
    std::vector<std::string> keys = allShortKeys();
    QCOMPARE(keys.size(), std::size_t{35 + 36 * 35});
    keys.insert(keys.begin(), std::string());  // the start, as `before`
    std::size_t checked = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      for (std::size_t j = i + 1; j <= keys.size(); ++j) {
        const std::string& before = keys[i];
        const std::string after = j < keys.size() ? keys[j] : std::string();  // the end
        const auto k = orderKeyBetween(before, after);
        if (!k || !isStrictlyBetween(before, after, *k)) QFAIL(show(before, after, k).constData());
        ++checked;
      }
    }
    QCOMPARE(checked, keys.size() * (keys.size() + 1) / 2);
  }

  void betweenRejects_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    auto row = [](const char* tag, const char* before, const char* after) {
      QTest::newRow(tag) << QString::fromLatin1(before) << QString::fromLatin1(after);
    };
    // before >= after, both given.
    row("equal", "a", "a");
    row("equal long", "0001i", "0001i");
    row("reversed", "b", "a");
    row("reversed adjacent", "a2", "a1");
    row("after is a prefix of before", "a1", "a");
    row("reversed digit vs letter", "a", "9");
    // Malformed keys on either side.
    row("upper case after", "", "A");
    row("upper case before", "A", "");
    row("trailing zero after", "", "a0");
    row("trailing zero before", "a0", "");
    row("trailing zero with valid other", "a0", "b");
    row("only zero", "0", "");
    row("zeros", "", "00");
    row("dash before", "a-", "b");
    row("dash after", "a", "a-");
    row("space", "a b", "");
    row("upper inside", "", "aZb");
    row("punctuation", "", "a.b");
  }
  void betweenRejects() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    const std::string b = before.toStdString();
    const std::string a = after.toStdString();
    const auto k = orderKeyBetween(b, a);
    QVERIFY2(!k.has_value(), show(b, a, k).constData());
  }

  void validKeys_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("A") << false;
    QTest::newRow("trailing zero") << QStringLiteral("a0") << false;
    QTest::newRow("dash") << QStringLiteral("a-") << false;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("zeros") << QStringLiteral("000") << false;
    QTest::newRow("space") << QStringLiteral(" a") << false;
    QTest::newRow("upper inside") << QStringLiteral("aBc") << false;
    QTest::newRow("non-ascii") << QStringLiteral("a\u00e9") << false;
    QTest::newRow("one") << QStringLiteral("1") << true;
    QTest::newRow("z") << QStringLiteral("z") << true;
    QTest::newRow("leading zeros") << QStringLiteral("0001i") << true;
    QTest::newRow("inner zero") << QStringLiteral("a01") << true;
    QTest::newRow("all digits") << QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz") << true;
  }
  void validKeys() {
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(isValidOrderKey(key.toStdString()), valid);
  }

  // Keys for a list built in one go: valid, strictly increasing, all the same (short) width,
  // with room between neighbours and before the first.
  void initialKeysIncrease() {
    std::string previous;
    const std::size_t width = initialOrderKey(0).size();
    QVERIFY2(width > 0 && width <= 8, q(initialOrderKey(0)).constData());
    for (std::size_t i = 0; i <= 5000; ++i) {
      const std::string key = initialOrderKey(i);
      const QByteArray where = "index " + QByteArray::number(static_cast<qulonglong>(i)) + ": \"" +
                               q(key) + "\" after \"" + q(previous) + "\"";
      QVERIFY2(isValidOrderKey(key), where.constData());
      QVERIFY2(key.size() == width, where.constData());
      if (i == 0) {
        const auto first = orderKeyBetween("", key);
        QVERIFY2(first && isStrictlyBetween("", key, *first), show("", key, first).constData());
      } else {
        QVERIFY2(previous < key, where.constData());
        const auto mid = orderKeyBetween(previous, key);
        QVERIFY2(mid && isStrictlyBetween(previous, key, *mid),
                 show(previous, key, mid).constData());
      }
      previous = key;
    }
  }

  // 2000 inserts at random positions of a sorted list: every new key is strictly between its
  // neighbours, the list stays strictly sorted, and keys stay short. A random insert halves a
  // random gap, so the keys form a random binary search tree: with 2000 keys its deepest path
  // is some 25-33 halvings (about 4.3 ln n), and one base-36 digit holds about five halvings
  // (log2 36 = 5.17), so the longest key should have 5-7 characters. 12 leaves a wide margin
  // while still catching growth that is worse than logarithmic.
  void randomInserts() {
    constexpr std::uint64_t kSeed = 0x0DE4C0FFEE5EEDULL;
    std::mt19937_64 rng(kSeed);
    std::vector<std::string> keys;
    std::size_t longest = 0;
    for (int step = 0; step < 2000; ++step) {
      const std::size_t pos = static_cast<std::size_t>(rng() % (keys.size() + 1));
      const std::string before = pos > 0 ? keys[pos - 1] : std::string();
      const std::string after = pos < keys.size() ? keys[pos] : std::string();
      const auto k = orderKeyBetween(before, after);
      if (!k || !isStrictlyBetween(before, after, *k))
        QFAIL(("seed " + QByteArray::number(static_cast<qulonglong>(kSeed)) + ", step " +
               QByteArray::number(step) + ": " + show(before, after, k))
                  .constData());
      keys.insert(keys.begin() + static_cast<std::ptrdiff_t>(pos), *k);
      longest = std::max(longest, k->size());
    }
    for (std::size_t i = 1; i < keys.size(); ++i)
      QVERIFY2(keys[i - 1] < keys[i], (q(keys[i - 1]) + " !< " + q(keys[i])).constData());
    qInfo("2000 random inserts: longest key %zu characters", longest);
    QVERIFY2(longest <= 12, QByteArray::number(static_cast<qulonglong>(longest)).constData());
  }

  // Inserting again and again at one place is the worst case of any fractional index: each
  // insert halves the same gap. With midpoints of base-36 digits the gap towards the start
  // halves 18 → 9 → 4 → 2 → 1 before a digit is added (5 inserts per character) and the gap
  // towards the end 18 → 27 → 31 → 33 → 34 → 35 (6 per character): growth must stay linear
  // with those slopes, not worse.
  void repeatedInsertsAtOneEnd() {
    std::string first;
    std::string last;
    for (int n = 1; n <= 1000; ++n) {
      const auto front = orderKeyBetween("", first);
      const auto back = orderKeyBetween(last, "");
      QVERIFY2(front && isStrictlyBetween("", first, *front), show("", first, front).constData());
      QVERIFY2(back && isStrictlyBetween(last, "", *back), show(last, "", back).constData());
      first = *front;
      last = *back;
      QVERIFY2(first.size() <= static_cast<std::size_t>(n / 5 + 1),
               (QByteArray::number(n) + " prepends: " + q(first)).constData());
      QVERIFY2(last.size() <= static_cast<std::size_t>(n / 6 + 1),
               (QByteArray::number(n) + " appends: " + q(last)).constData());
    }
    qInfo("after 1000 inserts at one end: front key %zu characters, back key %zu", first.size(),
          last.size());
  }

  // Always inserting just after the same key (a user adding items below one row) halves the
  // gap above it: linear growth again, never a failure.
  void repeatedInsertsAfterOneKey() {
    const std::string anchor = "5";
    std::string next = "6";
    for (int n = 1; n <= 500; ++n) {
      const auto k = orderKeyBetween(anchor, next);
      QVERIFY2(k && isStrictlyBetween(anchor, next, *k), show(anchor, next, k).constData());
      next = *k;
    }
    QVERIFY2(next.size() <= 500 / 5 + 2, q(next).constData());
  }
};

QTEST_APPLESS_MAIN(TestOrderKey)
#include "test_orderkey.moc"
