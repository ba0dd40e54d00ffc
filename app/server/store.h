#pragma once
// The server's storage: tenants, users, tokens, shared scenarios with their mutation logs, the
// per-client sequence that makes a retried push apply once, sharing, and the hash-chained audit
// log. Embedded SQLite (WAL, synchronous=FULL) or PostgreSQL with row-level security per tenant
// (sqlconnection.h); one code for both. A mutation, its log row and its audit entry are one
// transaction. Every query names the tenant: a scenario ID is only ever looked up within the
// caller's tenant, so another tenant's data cannot be reached even by a wrong ID. SQLite: one
// connection, one transaction at a time; PostgreSQL: a few connections, so reads run beside
// writes (a tenant's writes queue on its audit head anyway).
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/server/remoteevent.h"
#include "app/server/sqlconnection.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"
#include "core/sync/auditchain.h"

namespace valor::server {

enum class Role { Owner, Admin, Editor, Viewer };
const char* roleName(Role role);
std::optional<Role> roleFromName(const std::string& name);

// What a user may do with one scenario.
enum class Access { None, View, Edit };
const char* accessName(Access access);
std::optional<Access> accessFromName(const std::string& name);

struct User {
  std::int64_t id = 0;
  std::int64_t tenant = 0;
  std::string tenantName;
  std::string email;
  Role role = Role::Viewer;
  bool disabled = false;
  // Set for a password an admin handed out: the user must choose their own before anything else.
  bool mustChangePassword = false;
};

// The caller of a request: a signed-in user, through a session or an API token.
struct Principal {
  User user;
  std::int64_t tokenId = 0;
  bool canWrite = true;   // an API token scoped to "read" cannot change anything
  bool apiToken = false;  // a script's token, not a signed-in session: it cannot make tokens
};

struct ScenarioInfo {
  std::string id;
  std::int64_t ownerId = 0;
  std::string owner;
  std::string name;
  std::string model;
  std::int64_t revision = 0;
  std::int64_t updatedMs = 0;
};

struct Share {
  std::string email;
  Access access = Access::View;
};

struct PushItem {
  std::int64_t clientSeq = 0;
  Mutation mutation;
};

struct PushOutcome {
  enum class Kind { Applied, Rejected, OutOfOrder };
  Kind kind = Kind::Applied;
  std::int64_t clientSeq = 0;
  std::int64_t revision = 0;             // Applied
  std::vector<std::string> overwritten;  // Applied: fields whose value someone else had set
  std::string reason;                    // Rejected
  std::int64_t expectedSeq = 0;          // OutOfOrder: the sequence the server waits for
  bool repeated = false;                 // an answer given before, to a retry
};

struct LoggedMutation {
  std::int64_t revision = 0;
  std::string author;
  std::int64_t committedMs = 0;
  std::string clientId;
  std::int64_t clientSeq = 0;
  nlohmann::ordered_json mutation;
};

struct TokenInfo {
  std::int64_t id = 0;
  std::string kind;  // "session" or "api"
  std::string scope;
  std::string label;
  std::int64_t createdMs = 0;
  std::int64_t expiresMs = 0;  // 0: never
};

struct AuditFilter {
  std::string scenario;
  std::string actor;
  std::int64_t fromMs = 0;
  std::int64_t toMs = 0;  // 0: no end
};

// Where a server keeps its data: DIR/audit.key (the Ed25519 signing key, readable by its owner
// only) and DIR/server.db, or a PostgreSQL database (a postgresql:// URI) shared by several
// server processes, each with a copy of the key.
struct StoreLocation {
  std::string dir;
  std::string database;  // empty: SQLite in `dir`
};

class Store {
 public:
  static constexpr std::size_t kPostgresConnections = 6;

  // Creates the key and the database; refuses a place that has them already. On PostgreSQL,
  // connected as the role that is to own the tables, granting `appRole` what serving needs.
  static Result<std::unique_ptr<Store>> create(const StoreLocation& where, Clock clock,
                                               const std::string& appRole = {});
  static Result<std::unique_ptr<Store>> open(const StoreLocation& where, Clock clock);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Tenants and users (the admin commands).
  Result<std::int64_t> addTenant(const std::string& name);
  Result<std::int64_t> tenantId(const std::string& name);
  Result<User> addUser(std::int64_t tenant, const std::string& email, Role role,
                       const std::string& passwordHash, bool mustChange, const std::string& actor);
  Status setRole(std::int64_t tenant, const std::string& email, Role role,
                 const std::string& actor);
  Status setDisabled(std::int64_t tenant, const std::string& email, bool disabled,
                     const std::string& actor);
  // A new password ends every session and token of the user except `keepToken` (0: all).
  Status setPasswordHash(std::int64_t tenant, const std::string& email, const std::string& hash,
                         bool mustChange, std::int64_t keepToken, const std::string& actor);
  // A failed sign-in with an e-mail no account has, kept with its time and address only: the
  // same write as the audit entry of a known account's failure, so the answer's timing does not
  // tell the two apart.
  Status recordUnknownLogin(const std::string& address);
  // The account and its password hash, when the e-mail is known.
  Result<std::optional<std::pair<User, std::string>>> userForLogin(const std::string& email);
  Result<std::optional<User>> userInTenant(std::int64_t tenant, const std::string& email);
  Result<std::vector<User>> users(std::int64_t tenant);

  // Tokens, stored as hashes.
  Result<std::int64_t> addToken(const User& user, const std::string& hash, const std::string& kind,
                                const std::string& scope, const std::string& label,
                                std::int64_t expiresMs);
  Result<std::optional<Principal>> principal(const std::string& tokenHash);
  Status revokeToken(const User& user, std::int64_t tokenId);
  Result<std::vector<TokenInfo>> tokens(const User& user);

  // Scenarios.
  Result<std::vector<ScenarioInfo>> scenarios(const Principal& who);
  // The scenario and the caller's access; nothing when it does not exist in the caller's
  // tenant or the caller may not see it (the two are the same answer to the outside).
  Result<std::optional<std::pair<ScenarioInfo, Access>>> scenario(const Principal& who,
                                                                  const std::string& id);
  Result<std::pair<ScenarioDocument, std::int64_t>> document(std::int64_t tenant,
                                                             const std::string& id);
  // Stores an uploaded scenario at revision 1 (its creation mutation). "scenario.exists" when the
  // tenant has a scenario with this ID.
  Result<std::int64_t> createScenario(const Principal& who, const ScenarioDocument& doc,
                                      const Mutation& creation, const std::string& address);
  // The items in order, each all or nothing; stops at the first out-of-order sequence. Pushes
  // that arrive together are committed in one transaction (group commit) and answered once it
  // is on disk; a storage failure fails the whole group, and every client's retry is safe.
  Result<std::vector<PushOutcome>> push(const Principal& who, const std::string& scenario,
                                        const std::string& clientId,
                                        const std::vector<PushItem>& items,
                                        const std::string& address);
  Result<std::vector<LoggedMutation>> pull(std::int64_t tenant, const std::string& scenario,
                                           std::int64_t since, int limit);

  // Sharing within the tenant.
  Status share(const Principal& who, const std::string& scenario, const User& with, Access access,
               const std::string& address);
  Status unshare(const Principal& who, const std::string& scenario, const User& with,
                 const std::string& address);
  Result<std::vector<Share>> shares(std::int64_t tenant, const std::string& scenario);
  // Users who may see the scenario (for event-stream pokes).
  Result<bool> maySee(const User& user, const std::string& scenario);

  // Audit.
  Status audit(std::int64_t tenant, const std::string& actor, const std::string& address,
               const std::string& action, const std::string& scenario,
               nlohmann::ordered_json detail);
  Result<std::vector<AuditEntry>> auditEntries(std::int64_t tenant, const AuditFilter& filter);
  // The whole log, with a checkpoint signed at its head (valor.audit/1).
  Result<nlohmann::ordered_json> exportAudit(std::int64_t tenant);
  Result<AuditVerification> verifyAudit(std::int64_t tenant);
  // Everything of one tenant: users (without password hashes), scenarios with their logs,
  // shares and the audit export.
  Result<nlohmann::ordered_json> exportTenant(std::int64_t tenant);

  // Whether the database answers (the health check).
  Status ping();
  // For `serve`: refuses a database role that row-level security would not hold.
  Status requireRowSecurity();
  // What happens on the other server processes on the same database (PostgreSQL): their
  // revisions (announced by push itself) and presence, for this process's event streams. Until
  // called with an empty listener.
  void listenForRemoteEvents(std::function<void(const RemoteEvent&)> listener);
  // Tells the other processes (presence: it is not stored); nothing for SQLite.
  Status announce(const RemoteEvent& event);

  struct Impl;  // defined in storeimpl.h, for the store's own source files

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  static Result<std::unique_ptr<Store>> make(std::vector<std::unique_ptr<SqlConnection>> db,
                                             Clock clock, std::string publicKey,
                                             std::string secretKey);
  std::unique_ptr<Impl> impl_;
};

}  // namespace valor::server
