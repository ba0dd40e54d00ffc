#pragma once
// The analyst's keys for data providers, kept in the system keychain (QtKeychain: the Secret
// Service on Linux, the Keychain on macOS, the Credential Store on Windows) under the service
// "Valor IVX" — never in a workspace, the settings or the log. Where no keychain is available
// (a desktop without a secret service) a key is kept in memory until Valor closes, and the
// caller is told so it can say it.
#include <QString>

#include <functional>

class QObject;

namespace valor::ui {

// `done(key, problem)` on `context`'s thread: the stored key (empty when none); `problem` is
// empty, or why the keychain could not be read (the key is then this session's, if any).
void readProviderKey(const QString& provider, QObject* context,
                     std::function<void(const QString& key, const QString& problem)> done);

// Stores `key` (an empty key removes it); `done(problem)` with "" when the keychain has it.
void storeProviderKey(const QString& provider, const QString& key, QObject* context,
                      std::function<void(const QString& problem)> done);

}  // namespace valor::ui
