#pragma once
// Sync ▸ Share Scenario: uploads the scenario and lets colleagues of the tenant view or edit it.
#include <QDialog>

class QLineEdit;

namespace valor::ui {

class ShareDialog : public QDialog {
  Q_OBJECT

 public:
  ShareDialog(const QString& scenarioName, QWidget* parent = nullptr);
  QStringList viewers() const;
  QStringList editors() const;
  void setPeople(const QString& viewers, const QString& editors);

 private:
  QLineEdit* viewers_;
  QLineEdit* editors_;
};

}  // namespace valor::ui
