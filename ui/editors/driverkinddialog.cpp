#include "ui/editors/driverkinddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>

#include <vector>

#include "ui/editors/modelform.h"
#include "ui/editors/numberformat.h"

namespace valor::ui {
namespace {

// The schema's bounds of a stage's length (schema addDriver).
constexpr int kMaxStageYears = 30;

}  // namespace

DriverKindDialog::DriverKindDialog(const QString& caption, const QString& unit,
                                   const QList<int>& years, const PerYearModel::DriverKind& kind,
                                   QWidget* parent)
    : QDialog(parent), unit_(unit), years_(years), kind_(kind) {
  setObjectName(QStringLiteral("driverKindDialog"));
  const bool staged = kind.mode == "staged";
  setWindowTitle(staged ? tr("%1 in stages").arg(caption) : tr("%1 as a constant").arg(caption));
  auto* form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  if (!staged) {
    constant_ = valueEdit(kind.constant);
    constant_->setObjectName(QStringLiteral("constantValue"));
    form->addRow(tr("&Value, every year:"), constant_);
  } else {
    const StagedDriver& s = kind.staged;
    auto spin = [this](int value, const char* name) {
      auto* box = new QSpinBox(this);
      box->setRange(0, kMaxStageYears);
      box->setValue(value);
      box->setSuffix(tr(" years", "after a number of years"));
      box->setObjectName(QLatin1String(name));
      connect(box, &QSpinBox::valueChanged, this, &DriverKindDialog::updatePreview);
      return box;
    };
    stage1Years_ = spin(s.stage1Years, "stage1Years");
    stage1_ = valueEdit(s.stage1);
    stage1_->setObjectName(QStringLiteral("stage1Value"));
    stage2Years_ = spin(s.stage2Years, "stage2Years");
    fade_ = new QComboBox(this);
    fade_->setObjectName(QStringLiteral("fade"));
    fade_->addItem(tr("Linear: moves from stage 1 to stage 3 in equal steps"));
    fade_->addItem(tr("Step: holds a value of its own"));
    fade_->setCurrentIndex(s.stepFade ? 1 : 0);
    stage2_ = valueEdit(s.stage2);
    stage2_->setObjectName(QStringLiteral("stage2Value"));
    stage3_ = valueEdit(s.stage3);
    stage3_->setObjectName(QStringLiteral("stage3Value"));
    connect(fade_, &QComboBox::currentIndexChanged, this, [this] {
      stage2_->setEnabled(fade_->currentIndex() == 1);
      updatePreview();
    });
    stage2_->setEnabled(s.stepFade);
    form->addRow(tr("Stage &1 lasts:"), stage1Years_);
    form->addRow(tr("Stage 1 v&alue:"), stage1_);
    form->addRow(tr("Stage &2 (transition) lasts:"), stage2Years_);
    form->addRow(tr("Stage 2 &fade:"), fade_);
    form->addRow(tr("Stage 2 val&ue:"), stage2_);
    form->addRow(tr("Stage &3 value, to the end:"), stage3_);
  }
  preview_ = new QLabel(this);
  preview_->setObjectName(QStringLiteral("driverPreview"));
  preview_->setWordWrap(true);
  preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  message_ = fieldMessageLabel(this);
  message_->setObjectName(QStringLiteral("driverKindMessage"));
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons_, &QDialogButtonBox::accepted, this, &DriverKindDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &DriverKindDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(preview_);
  layout->addWidget(message_);
  layout->addWidget(buttons_);
  updatePreview();
}

QLineEdit* DriverKindDialog::valueEdit(double value) {
  auto* edit = new QLineEdit(formatFieldValue(value, unit_), this);
  connect(edit, &QLineEdit::textEdited, this, &DriverKindDialog::updatePreview);
  return edit;
}

QString DriverKindDialog::read() {
  struct Typed {
    QLineEdit* edit;
    double* target;
    QString field;
  };
  std::vector<Typed> typed;
  StagedDriver& s = kind_.staged;
  if (constant_) {
    typed.push_back({constant_, &kind_.constant, tr("Value")});
  } else {
    s.stage1Years = stage1Years_->value();
    s.stage2Years = stage2Years_->value();
    s.stepFade = fade_->currentIndex() == 1;
    typed.push_back({stage1_, &s.stage1, tr("Stage 1 value")});
    if (s.stepFade) typed.push_back({stage2_, &s.stage2, tr("Stage 2 value")});
    typed.push_back({stage3_, &s.stage3, tr("Stage 3 value")});
  }
  for (const Typed& t : typed) {
    const ParsedNumber n = parseFieldValue(t.edit->text(), unit_);
    if (!n.value) return tr("%1: %2", "field: problem").arg(t.field, n.error);
    *t.target = *n.value;
  }
  return {};
}

QString DriverKindDialog::preview() const {
  return preview_->text();
}

void DriverKindDialog::updatePreview() {
  const QString problem = read();
  if (!problem.isEmpty()) {
    preview_->clear();
    message_->setText(problem);
    message_->setVisible(true);
    return;
  }
  std::vector<Real> values(static_cast<std::size_t>(years_.size()), kind_.constant);
  if (!constant_) fillStagedDriver(kind_.staged, static_cast<int>(values.size()), values);
  QStringList parts;
  for (int i = 0; i < years_.size(); ++i)
    parts << tr("%1: %2", "year: value")
                 .arg(QString::number(years_[i]),
                      formatFieldValue(values[static_cast<std::size_t>(i)], unit_, QLocale(), 2));
  preview_->setText(tr("Resolves to %1.").arg(parts.join(tr(", ", "between years"))));
  message_->setVisible(false);
}

void DriverKindDialog::accept() {
  const QString problem = read();
  if (!problem.isEmpty()) {
    message_->setText(problem);
    message_->setVisible(true);
    return;
  }
  QDialog::accept();
}

}  // namespace valor::ui
