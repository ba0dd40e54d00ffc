#pragma once
// Asks for a per-year driver's constant, or its three stages (years and values of stage 1, the
// fade and its length, stage 3), in the driver's unit, with the years it will resolve to shown
// as they are typed. A value that is not a number keeps the dialog open with the reason.
#include <QDialog>
#include <QList>

#include "ui/editors/peryearmodel.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace valor::ui {

class DriverKindDialog : public QDialog {
  Q_OBJECT

 public:
  // `kind.mode` is the form asked for ("constant" or "staged"), its values the proposal.
  DriverKindDialog(const QString& caption, const QString& unit, const QList<int>& years,
                   const PerYearModel::DriverKind& kind, QWidget* parent = nullptr);

  // The driver as typed; valid after accept().
  const PerYearModel::DriverKind& kind() const { return kind_; }
  // The years it resolves to as typed ("2026: 9 %, 2027: 9 %, …"); for the preview and tests.
  QString preview() const;

  void accept() override;

 private:
  QLineEdit* valueEdit(double value);
  // Reads the typed values into kind_; the first problem, naming its field, or "".
  QString read();
  void updatePreview();

  QString unit_;
  QList<int> years_;
  PerYearModel::DriverKind kind_;
  QLineEdit* constant_ = nullptr;
  QSpinBox* stage1Years_ = nullptr;
  QLineEdit* stage1_ = nullptr;
  QSpinBox* stage2Years_ = nullptr;
  QComboBox* fade_ = nullptr;
  QLineEdit* stage2_ = nullptr;
  QLineEdit* stage3_ = nullptr;
  QLabel* preview_ = nullptr;
  QLabel* message_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace valor::ui
