#pragma once
// File ▸ Sync ▸ Sign In: the server's address, the analyst's e-mail and password. The sign-in
// runs off the window's thread; the dialog stays open with the server's answer when it fails.
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace valor::ui {

class SyncController;

class SignInDialog : public QDialog {
  Q_OBJECT

 public:
  SignInDialog(SyncController* controller, const QString& server, const QString& email,
               QWidget* parent = nullptr);

  // For tests: fills the fields and signs in as the Sign In button does.
  void signInWith(const QString& server, const QString& email, const QString& password,
                  bool inFile);
  QString problem() const;

 private:
  void signIn();

  SyncController* controller_;
  QLineEdit* server_;
  QLineEdit* email_;
  QLineEdit* password_;
  QCheckBox* inFile_;
  QLabel* message_;
  QDialogButtonBox* buttons_;
};

}  // namespace valor::ui
