#pragma once
// Runs one long analytics job at a time off the GUI thread, with progress, an estimate of the
// time left and cancellation. The job gets copies of its inputs (the caller's lambda captures
// them by value); its result comes back to the GUI thread through a queued call, never by
// touching widgets from the worker.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <thread>

#include "core/jobs/threadpool.h"

namespace valor::ui {

// The application's analytics pool: one worker per hardware thread, shared by every panel.
jobs::ThreadPool& analyticsPool();

class JobRunner : public QObject {
  Q_OBJECT

 public:
  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;

  // `work` runs on a worker thread and returns the function that delivers its result on the
  // GUI thread. Starting while a job runs cancels that job first.
  using Work = std::function<std::function<void()>(std::stop_token, jobs::Progress&)>;
  void start(Work work);
  void cancel();
  bool running() const { return running_; }

 signals:
  void started();
  // Fraction done in [0, 1] and the estimated seconds left (negative while unknown).
  void progressed(double fraction, double secondsLeft);
  void cancelled();                     // the job was stopped; nothing is delivered
  void finished();                      // after the result was delivered, or after a cancel
  void failed(const QString& message);  // the job threw: nothing was delivered

 private:
  void poll();
  void stopWorker();

  std::jthread worker_;
  std::shared_ptr<jobs::Progress> progress_;
  QTimer timer_;
  QElapsedTimer clock_;
  bool running_ = false;
  int generation_ = 0;
};

}  // namespace valor::ui
