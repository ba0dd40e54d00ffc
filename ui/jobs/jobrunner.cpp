#include "ui/jobs/jobrunner.h"

#include <QMetaObject>

#include <exception>
#include <string>

#include "core/common/log.h"

namespace valor::ui {

jobs::ThreadPool& analyticsPool() {
  static jobs::ThreadPool pool;
  return pool;
}

JobRunner::JobRunner(QObject* parent) : QObject(parent) {
  timer_.setInterval(50);
  connect(&timer_, &QTimer::timeout, this, &JobRunner::poll);
}

JobRunner::~JobRunner() {
  stopWorker();
}

void JobRunner::stopWorker() {
  if (worker_.joinable()) {
    worker_.request_stop();
    worker_.join();
  }
}

void JobRunner::start(Work work) {
  stopWorker();
  progress_ = std::make_shared<jobs::Progress>();
  const int generation = ++generation_;
  running_ = true;
  clock_.start();
  timer_.start();
  emit started();
  // The destructor joins the worker, so `this` outlives it; a result that arrives after a
  // cancel or a newer start carries an old generation and is dropped.
  worker_ = std::jthread(
      [this, work = std::move(work), progress = progress_, generation](std::stop_token stop) {
        // Exceptions never cross a thread: one from the job (out of memory, a broken
        // precondition) becomes a message delivered like a result.
        std::function<void()> deliver;
        try {
          deliver = work(stop, *progress);
        } catch (const std::exception& e) {
          logError(std::string("a background job failed: ") + e.what());
          deliver = [this, message = QString::fromUtf8(e.what())] { emit failed(message); };
        }
        if (stop.stop_requested()) return;
        QMetaObject::invokeMethod(
            this,
            [this, deliver = std::move(deliver), generation] {
              if (generation_ != generation) return;
              running_ = false;
              timer_.stop();
              logInfo("background job done in " + std::to_string(clock_.elapsed()) + " ms");
              if (deliver) deliver();
              emit finished();
            },
            Qt::QueuedConnection);
      });
}

void JobRunner::cancel() {
  if (!running_) return;
  ++generation_;  // a result already on its way is dropped
  stopWorker();
  logInfo("background job cancelled after " + std::to_string(clock_.elapsed()) + " ms");
  running_ = false;
  timer_.stop();
  emit cancelled();
  emit finished();
}

void JobRunner::poll() {
  if (!progress_) return;
  const auto total = progress_->total.load();
  const auto done = progress_->done.load();
  if (total == 0) {
    emit progressed(0, -1);
    return;
  }
  const double fraction = static_cast<double>(done) / static_cast<double>(total);
  const double elapsed = static_cast<double>(clock_.elapsed()) / 1000;
  const double left = fraction > 0.02 ? elapsed * (1 - fraction) / fraction : -1;
  emit progressed(fraction, left);
}

}  // namespace valor::ui
