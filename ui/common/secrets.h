#pragma once
// The analyst's secrets (data providers' keys, the sync server's sign-in), kept in the system
// keychain (QtKeychain: the Secret Service on Linux, the Keychain on macOS, the Credential
// Store on Windows) under the service "Valor IVX" — never in a workspace, the settings or the
// log. Where no keychain is available (a desktop without a secret service) a secret is kept in
// memory until Valor closes, and the caller is told so it can say it.
#include <QString>

#include <functional>

class QObject;

namespace valor::ui {

// `done(secret, problem)` on `context`'s thread: the stored secret (empty when none); `problem`
// is empty, or why the keychain could not be read (the secret is then this session's, if any).
void readSecret(const QString& name, QObject* context,
                std::function<void(const QString& secret, const QString& problem)> done);

// Stores `secret` (an empty one removes it); `done(problem)` with "" when the keychain has it.
void storeSecret(const QString& name, const QString& secret, QObject* context,
                 std::function<void(const QString& problem)> done);

}  // namespace valor::ui
