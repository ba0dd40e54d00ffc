#pragma once
// For GUI tests that open a modal dialog: exec() blocks the test, so the test says beforehand
// what to do with the dialog once it is up.
#include <QApplication>
#include <QTimer>

#include <functional>

namespace valor::testing {

// Runs `act` on the first modal dialog of type T that appears.
template <typename T>
void whenModal(std::function<void(T*)> act) {
  auto* poll = new QTimer(qApp);
  poll->setInterval(10);
  QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
    if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
      poll->stop();
      poll->deleteLater();
      act(dialog);
    }
  });
  poll->start();
}

}  // namespace valor::testing
