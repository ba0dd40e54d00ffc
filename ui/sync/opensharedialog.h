#pragma once
// Sync ▸ Open Shared Scenario: the scenarios on the server the analyst may open, listed by the
// sync worker; the chosen one is brought into the workspace.
#include <QDialog>

class QLabel;
class QTreeWidget;

namespace valor::ui {

class SyncController;

class OpenSharedDialog : public QDialog {
  Q_OBJECT

 public:
  OpenSharedDialog(SyncController* controller, QWidget* parent = nullptr);
  // The chosen scenario's ID (empty when none).
  QString chosen() const;
  int rowCount() const;
  void choose(int row);

 private:
  void show(const QList<QStringList>& scenarios);

  QTreeWidget* list_;
  QLabel* message_;
};

}  // namespace valor::ui
