#include "ui/sync/signindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/sync/synccontroller.h"

namespace valor::ui {

SignInDialog::SignInDialog(SyncController* controller, const QString& server, const QString& email,
                           QWidget* parent)
    : QDialog(parent), controller_(controller) {
  setWindowTitle(tr("Sign In to a Valor Server"));
  server_ = new QLineEdit(server, this);
  server_->setPlaceholderText(QStringLiteral("https://valor.example.com"));
  server_->setAccessibleName(tr("Server address"));
  email_ = new QLineEdit(email, this);
  email_->setAccessibleName(tr("E-mail"));
  password_ = new QLineEdit(this);
  password_->setEchoMode(QLineEdit::Password);
  password_->setAccessibleName(tr("Password"));
  inFile_ = new QCheckBox(tr("&Keep the sign-in in a file instead of the system keychain"), this);
  inFile_->setToolTip(
      tr("For computers without a keychain. The file (~/.config/valor/sync.json) is readable by "
         "you only, and valor-cli uses it too."));
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  message_->setAccessibleName(tr("Sign-in message"));
  auto* form = new QFormLayout;
  form->addRow(tr("&Server:"), server_);
  form->addRow(tr("&E-mail:"), email_);
  form->addRow(tr("&Password:"), password_);
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
  connect(buttons_, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(inFile_);
  layout->addWidget(message_);
  layout->addWidget(buttons_);
  setTabOrder(server_, email_);
  setTabOrder(email_, password_);
  setTabOrder(password_, inFile_);
  (server.isEmpty() ? server_ : email.isEmpty() ? email_ : password_)->setFocus();
}

QString SignInDialog::problem() const {
  return message_->text();
}

void SignInDialog::signInWith(const QString& server, const QString& email, const QString& password,
                              bool inFile) {
  server_->setText(server);
  email_->setText(email);
  password_->setText(password);
  inFile_->setChecked(inFile);
  signIn();
}

void SignInDialog::signIn() {
  if (server_->text().trimmed().isEmpty() || email_->text().trimmed().isEmpty() ||
      password_->text().isEmpty()) {
    message_->setText(tr("The server, the e-mail and the password are all needed."));
    return;
  }
  message_->setText(tr("Signing in…"));
  buttons_->setEnabled(false);
  QPointer<SignInDialog> self(this);
  controller_->signIn(server_->text(), email_->text(), password_->text(), inFile_->isChecked(),
                      [self](const QString& problem) {
                        if (!self) return;
                        self->buttons_->setEnabled(true);
                        if (!self->controller_->signedIn()) {
                          self->message_->setText(problem);
                          return;
                        }
                        self->password_->clear();
                        // Signed in; a keychain that could not keep it is said, not hidden.
                        self->message_->setText(problem);
                        if (problem.isEmpty()) self->accept();
                      });
}

}  // namespace valor::ui
