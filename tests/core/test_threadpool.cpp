// jobs::ThreadPool::parallelFor: every index exactly once whatever the count, chunk and thread
// limit; progress counts every element; an exception from the body reaches the caller; a stop
// request ends the loop early (false); loops started from inside a loop's body finish.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <stop_token>
#include <thread>
#include <vector>

#include "core/jobs/threadpool.h"

using valor::jobs::Progress;
using valor::jobs::ThreadPool;

class TestThreadPool : public QObject {
  Q_OBJECT

 private slots:
  void sizeCountsTheCaller() {
    QCOMPARE(ThreadPool(1).size(), 1u);
    QCOMPARE(ThreadPool(4).size(), 4u);
    QVERIFY(ThreadPool(0).size() >= 1u);  // the hardware's threads
  }

  void coversEveryIndexOnce_data() {
    QTest::addColumn<unsigned>("poolSize");
    QTest::addColumn<qulonglong>("count");
    QTest::addColumn<qulonglong>("chunk");
    QTest::addColumn<unsigned>("maxThreads");
    QTest::newRow("empty") << 4u << 0ull << 16ull << 0u;
    QTest::newRow("one element") << 4u << 1ull << 16ull << 0u;
    QTest::newRow("chunk larger than count") << 4u << 10ull << 1000ull << 0u;
    QTest::newRow("chunk equal to count") << 4u << 64ull << 64ull << 0u;
    QTest::newRow("chunk 0 means 1") << 4u << 50ull << 0ull << 0u;
    QTest::newRow("chunk 1") << 4u << 1000ull << 1ull << 0u;
    QTest::newRow("ragged last chunk") << 4u << 1001ull << 7ull << 0u;
    QTest::newRow("many chunks, 2 threads") << 4u << 100000ull << 97ull << 2u;
    QTest::newRow("one thread") << 4u << 5000ull << 13ull << 1u;
    QTest::newRow("more threads than the pool") << 3u << 5000ull << 13ull << 16u;
    QTest::newRow("pool of one") << 1u << 777ull << 10ull << 0u;
    QTest::newRow("pool of eight") << 8u << 123457ull << 256ull << 0u;
  }
  void coversEveryIndexOnce() {
    QFETCH(unsigned, poolSize);
    QFETCH(qulonglong, count);
    QFETCH(qulonglong, chunk);
    QFETCH(unsigned, maxThreads);
    ThreadPool pool(poolSize);
    std::vector<std::atomic<int>> hits(count);
    std::mutex mutex;
    std::set<std::thread::id> threads;
    std::atomic<bool> badRange{false};
    Progress progress;
    const bool finished = pool.parallelFor(
        count, chunk,
        [&](std::size_t begin, std::size_t end) {
          const std::size_t expectedChunk = std::max<qulonglong>(1, chunk);
          // Chunks start at multiples of the chunk and hold `chunk` elements (the last fewer).
          if (begin >= end || end > count || begin % expectedChunk != 0 ||
              (end - begin != expectedChunk && end != count))
            badRange = true;
          for (std::size_t i = begin; i < end && i < count; ++i) ++hits[i];
          std::lock_guard lock(mutex);
          threads.insert(std::this_thread::get_id());
        },
        {}, &progress, maxThreads);
    QVERIFY(finished);
    QVERIFY(!badRange);
    for (std::size_t i = 0; i < count; ++i)
      QVERIFY2(hits[i] == 1, qPrintable(QStringLiteral("index %1 ran %2 times (count %3, chunk %4)")
                                            .arg(i)
                                            .arg(hits[i].load())
                                            .arg(count)
                                            .arg(chunk)));
    QCOMPARE(progress.done.load(), static_cast<std::uint64_t>(count));
    // At most maxThreads threads (0: the pool), never more than the pool has.
    const unsigned limit = maxThreads == 0 ? poolSize : std::min(maxThreads, poolSize);
    QVERIFY2(threads.size() <= limit, qPrintable(QString::number(threads.size())));
    if (count == 0) QVERIFY(threads.empty());  // no chunk, no call
  }

  void callerWorksToo() {
    // A pool of one has no workers: the calling thread runs every chunk itself.
    ThreadPool pool(1);
    const auto caller = std::this_thread::get_id();
    bool elsewhere = false;
    pool.parallelFor(100, 3, [&](std::size_t, std::size_t) {
      if (std::this_thread::get_id() != caller) elsewhere = true;
    });
    QVERIFY(!elsewhere);
  }

  void exceptionIsRethrown() {
    ThreadPool pool(4);
    std::atomic<std::size_t> ran{0};
    bool caught = false;
    try {
      pool.parallelFor(10000, 10, [&](std::size_t begin, std::size_t end) {
        ran += end - begin;
        if (begin <= 5000 && 5000 < end) throw std::runtime_error("chunk at 5000 failed");
      });
    } catch (const std::runtime_error& e) {
      caught = true;
      QCOMPARE(QByteArray(e.what()), QByteArray("chunk at 5000 failed"));
    }
    QVERIFY(caught);
    QVERIFY(ran.load() <= 10000);
    // The pool is still usable afterwards.
    std::atomic<std::size_t> sum{0};
    QVERIFY(pool.parallelFor(1000, 7, [&](std::size_t b, std::size_t e) { sum += e - b; }));
    QCOMPARE(sum.load(), std::size_t{1000});
  }

  void exceptionFromEveryChunk() {
    // Many chunks throwing at once: one exception arrives, nothing crashes or hangs.
    ThreadPool pool(4);
    QVERIFY_THROWS_EXCEPTION(std::logic_error,
                             pool.parallelFor(400, 1, [](std::size_t, std::size_t) {
                               throw std::logic_error("every chunk");
                             }));
  }

  void stopBeforeStartReturnsFalse() {
    ThreadPool pool(4);
    std::stop_source stop;
    stop.request_stop();
    std::atomic<std::size_t> ran{0};
    Progress progress;
    const bool finished = pool.parallelFor(
        1000, 10, [&](std::size_t b, std::size_t e) { ran += e - b; }, stop.get_token(), &progress);
    QVERIFY(!finished);
    QCOMPARE(ran.load(), std::size_t{0});
    QCOMPARE(progress.done.load(), std::uint64_t{0});
  }

  void stopDuringTheLoopReturnsFalse() {
    ThreadPool pool(4);
    std::stop_source stop;
    std::atomic<std::size_t> ran{0};
    Progress progress;
    const bool finished = pool.parallelFor(
        100000, 10,
        [&](std::size_t b, std::size_t e) {
          if (b == 500) stop.request_stop();  // from inside, mid-way
          ran += e - b;
        },
        stop.get_token(), &progress);
    QVERIFY(!finished);
    QVERIFY(ran.load() < 100000);
    QCOMPARE(progress.done.load(), static_cast<std::uint64_t>(ran.load()));
  }

  void stopFromAnotherThread() {
    ThreadPool pool(2);
    std::stop_source stop;
    Progress progress;
    std::jthread canceller([&] {
      while (progress.done.load() == 0) std::this_thread::yield();
      stop.request_stop();
    });
    const bool finished = pool.parallelFor(
        1'000'000, 1,
        [](std::size_t, std::size_t) {
          std::this_thread::sleep_for(std::chrono::microseconds(20));
        },
        stop.get_token(), &progress);
    QVERIFY(!finished);
    QVERIFY(progress.done.load() < 1'000'000);
  }

  void stopAfterTheLastChunkStillFinishes() {
    // Every chunk ran before the request: the loop is complete, so true.
    ThreadPool pool(2);
    std::stop_source stop;
    QVERIFY(pool.parallelFor(
        10, 100, [&](std::size_t, std::size_t) { stop.request_stop(); }, stop.get_token()));
  }

  void nestedLoopsDoNotDeadlock() {
    // Outer chunks run on workers and start inner loops on the same (busy) pool; the caller of
    // each inner loop works on it too, so everything finishes.
    ThreadPool pool(4);
    constexpr std::size_t kOuter = 64, kInner = 500;
    std::vector<std::atomic<int>> hits(kOuter * kInner);
    std::atomic<bool> innerFailed{false};
    const bool finished = pool.parallelFor(kOuter, 1, [&](std::size_t b, std::size_t e) {
      for (std::size_t o = b; o < e; ++o) {
        const bool inner = pool.parallelFor(kInner, 7, [&](std::size_t ib, std::size_t ie) {
          for (std::size_t i = ib; i < ie; ++i) ++hits[o * kInner + i];
        });
        if (!inner) innerFailed = true;
      }
    });
    QVERIFY(finished);
    QVERIFY(!innerFailed);
    for (std::size_t i = 0; i < hits.size(); ++i) QCOMPARE(hits[i].load(), 1);
  }

  void threeLevelsOfNesting() {
    ThreadPool pool(3);
    std::atomic<std::size_t> leaves{0};
    pool.parallelFor(8, 1, [&](std::size_t, std::size_t) {
      pool.parallelFor(8, 1, [&](std::size_t, std::size_t) {
        pool.parallelFor(8, 1, [&](std::size_t b, std::size_t e) { leaves += e - b; });
      });
    });
    QCOMPARE(leaves.load(), std::size_t{8 * 8 * 8});
  }

  void concurrentCallersShareThePool() {
    // Two threads running loops on one pool at the same time each get their own indices.
    ThreadPool pool(4);
    std::vector<std::atomic<int>> a(20000), b(20000);
    std::jthread other([&] {
      pool.parallelFor(b.size(), 11, [&](std::size_t s, std::size_t e) {
        for (std::size_t i = s; i < e; ++i) ++b[i];
      });
    });
    pool.parallelFor(a.size(), 13, [&](std::size_t s, std::size_t e) {
      for (std::size_t i = s; i < e; ++i) ++a[i];
    });
    other.join();
    for (std::size_t i = 0; i < a.size(); ++i) {
      QCOMPARE(a[i].load(), 1);
      QCOMPARE(b[i].load(), 1);
    }
  }

  void destroyingAnIdlePoolJoins() {
    // Repeated construction and destruction: workers wake and leave (no hang, no crash).
    for (int i = 0; i < 50; ++i) {
      ThreadPool pool(4);
      std::atomic<int> n{0};
      pool.parallelFor(8, 1, [&](std::size_t, std::size_t) { ++n; });
      QCOMPARE(n.load(), 8);
    }
  }
};

QTEST_APPLESS_MAIN(TestThreadPool)
#include "test_threadpool.moc"
