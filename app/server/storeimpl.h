#pragma once
// Store's state and the helpers its two source files share (store.cpp: accounts, tokens,
// audit; scenariostore.cpp: scenarios, push, pull, sharing). Not for other readers.
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "app/server/store.h"
#include "core/store/sqlite.h"

namespace valor::server {

using Json = nlohmann::ordered_json;

struct Store::Impl {
  sql::Database db;
  Clock clock;
  std::string publicKey;
  std::string secretKey;
  std::mutex mutex;  // one transaction at a time; held for every call
  // Snapshots read or written, by (tenant, scenario ID): valid because only this process writes.
  std::map<std::pair<std::int64_t, std::string>, std::pair<ScenarioDocument, std::int64_t>> cache;

  // Appends one entry to the tenant's chain, inside the caller's transaction.
  Status appendAudit(std::int64_t tenant, const std::string& actor, const std::string& address,
                     const std::string& action, const std::string& scenario, Json detail);
  Result<std::string> tenantName(std::int64_t tenant);
  // One UPDATE of one user of the tenant (`assignment` sets a column from ?3), audited;
  // "user.unknown" when no row matched.
  Status updateUser(std::int64_t tenant, const std::string& email, const std::string& assignment,
                    const std::string& value, const std::string& actor, const std::string& action,
                    Json detail);
  Result<std::pair<ScenarioDocument, std::int64_t>> loadDocument(std::int64_t tenant,
                                                                 const std::string& id);
};

Access accessFor(const User& user, std::int64_t ownerId, std::optional<Access> shared);

}  // namespace valor::server
