#include "core/jobs/threadpool.h"

#include <algorithm>
#include <exception>
#include <memory>

namespace valor::jobs {
namespace {

// What the threads of one parallelFor share. Helpers that start after the loop closed find
// it closed and leave without touching anything else.
struct Loop {
  std::size_t count = 0;
  std::size_t chunk = 1;
  const std::function<void(std::size_t, std::size_t)>* body = nullptr;
  std::stop_token stop;
  Progress* progress = nullptr;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> completed{0};  // elements whose chunk has run
  std::atomic<bool> failed{false};
  std::exception_ptr error;
  std::mutex mutex;
  std::condition_variable finished;
  int inFlight = 0;
  bool closed = false;

  void run() {
    while (!failed.load(std::memory_order_relaxed) && !stop.stop_requested()) {
      const std::size_t begin = next.fetch_add(chunk, std::memory_order_relaxed);
      if (begin >= count) return;
      const std::size_t end = std::min(count, begin + chunk);
      try {
        (*body)(begin, end);
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
        failed = true;
        return;
      }
      completed.fetch_add(end - begin, std::memory_order_relaxed);
      if (progress) progress->done.fetch_add(end - begin, std::memory_order_relaxed);
    }
  }
};

}  // namespace

ThreadPool::ThreadPool(unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  for (unsigned i = 1; i < threads; ++i)
    workers_.emplace_back([this](std::stop_token stop) { work(stop); });
}

ThreadPool::~ThreadPool() {
  for (auto& w : workers_) w.request_stop();
  wake_.notify_all();
  workers_.clear();  // joins
}

void ThreadPool::work(std::stop_token stop) {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      if (!wake_.wait(lock, stop, [&] { return !tasks_.empty(); })) return;
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    task();
  }
}

bool ThreadPool::parallelFor(std::size_t count, std::size_t chunk,
                             const std::function<void(std::size_t, std::size_t)>& body,
                             std::stop_token stop, Progress* progress, unsigned maxThreads) {
  auto loop = std::make_shared<Loop>();
  loop->count = count;
  loop->chunk = std::max<std::size_t>(1, chunk);
  loop->body = &body;
  loop->stop = stop;
  loop->progress = progress;
  const unsigned threads = maxThreads == 0 ? size() : std::min(maxThreads, size());
  const std::size_t chunks = (count + loop->chunk - 1) / loop->chunk;
  const std::size_t helpers = std::min<std::size_t>(threads - 1, chunks > 0 ? chunks - 1 : 0);
  if (helpers > 0) {
    {
      std::lock_guard lock(mutex_);
      for (std::size_t i = 0; i < helpers; ++i)
        tasks_.emplace_back([loop] {
          {
            std::lock_guard l(loop->mutex);
            if (loop->closed) return;
            ++loop->inFlight;
          }
          loop->run();
          std::lock_guard l(loop->mutex);
          if (--loop->inFlight == 0) loop->finished.notify_all();
        });
    }
    wake_.notify_all();
  }
  loop->run();
  std::unique_lock lock(loop->mutex);
  loop->closed = true;
  loop->finished.wait(lock, [&] { return loop->inFlight == 0; });
  if (loop->error) std::rethrow_exception(loop->error);
  return loop->completed.load() == count;
}

}  // namespace valor::jobs
