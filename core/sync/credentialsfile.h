#pragma once
// A sign-in kept in a file readable by its user only (mode 0600), for valor-cli and for the
// desktop where no system keychain exists and the analyst chose a file instead. Written under a
// temporary name and renamed into place, so it is whole or absent.
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/sync/syncclient.h"

namespace valor {

// $VALOR_SYNC_CREDENTIALS, else $XDG_CONFIG_HOME/valor/sync.json, else ~/.config/valor/sync.json.
std::string defaultCredentialsPath();

Result<std::optional<SyncAccount>> readCredentials(const std::string& path);
Status writeCredentials(const std::string& path, const SyncAccount& account);
Status removeCredentials(const std::string& path);

}  // namespace valor
