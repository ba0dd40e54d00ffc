#include "ui/sync/sharedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace valor::ui {
namespace {

QStringList emailsIn(const QString& text) {
  QStringList out;
  for (const QString& part :
       text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
    out << part.trimmed();
  return out;
}

}  // namespace

ShareDialog::ShareDialog(const QString& scenarioName, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Share “%1”").arg(scenarioName));
  auto* intro = new QLabel(
      tr("The scenario is uploaded to the server and kept in sync. Colleagues of your firm "
         "named here can open it; owners and admins of the firm see it anyway."),
      this);
  intro->setWordWrap(true);
  viewers_ = new QLineEdit(this);
  viewers_->setPlaceholderText(tr("e-mails, separated by commas"));
  viewers_->setAccessibleName(tr("May view"));
  editors_ = new QLineEdit(this);
  editors_->setPlaceholderText(tr("e-mails, separated by commas"));
  editors_->setAccessibleName(tr("May edit"));
  auto* form = new QFormLayout;
  form->addRow(tr("May &view:"), viewers_);
  form->addRow(tr("May &edit:"), editors_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Share"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

QStringList ShareDialog::viewers() const {
  return emailsIn(viewers_->text());
}

QStringList ShareDialog::editors() const {
  return emailsIn(editors_->text());
}

void ShareDialog::setPeople(const QString& viewers, const QString& editors) {
  viewers_->setText(viewers);
  editors_->setText(editors);
}

}  // namespace valor::ui
