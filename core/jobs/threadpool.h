#pragma once
// A small pool of worker threads for analytics. A job hands the pool a loop over [0, count) in
// chunks; the workers and the calling thread take chunks until none are left, the job is
// cancelled through its std::stop_token, or a chunk throws. The caller always works too, so a
// loop started from a worker, or on a busy pool, still finishes. Engines get copies of their
// inputs and write results by index, so how the chunks are split never changes a result.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace valor::jobs {

// Counters a job advances and a progress bar reads (from any thread).
struct Progress {
  std::atomic<std::uint64_t> done{0};
  std::atomic<std::uint64_t> total{0};
};

class ThreadPool {
 public:
  // `threads` counts the caller: a pool of size n starts n − 1 workers. 0 means the number of
  // hardware threads.
  explicit ThreadPool(unsigned threads = 0);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  unsigned size() const { return static_cast<unsigned>(workers_.size()) + 1; }

  // Runs body(begin, end) over [0, count) in chunks of `chunk` on at most `maxThreads` threads
  // (0: the whole pool), adding each finished chunk's length to progress->done. Returns false
  // when `stop` was requested before every chunk ran. An exception from body stops the loop and
  // is rethrown here.
  bool parallelFor(std::size_t count, std::size_t chunk,
                   const std::function<void(std::size_t begin, std::size_t end)>& body,
                   std::stop_token stop = {}, Progress* progress = nullptr,
                   unsigned maxThreads = 0);

 private:
  void work(std::stop_token stop);

  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::deque<std::function<void()>> tasks_;
  std::vector<std::jthread> workers_;
};

}  // namespace valor::jobs
