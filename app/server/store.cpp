#include "app/server/store.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "app/server/pgconnection.h"
#include "app/server/sqliteconnection.h"
#include "app/server/storeimpl.h"
#include "core/model/textrules.h"

namespace valor::server {
namespace {

namespace fs = std::filesystem;

std::string dbPath(const std::string& dir) {
  return (fs::path(dir) / "server.db").string();
}
std::string keyPath(const std::string& dir) {
  return (fs::path(dir) / "audit.key").string();
}

Result<std::pair<std::string, std::string>> readKeys(const std::string& dir) {
  std::ifstream in(keyPath(dir));
  std::string publicKey, secretKey;
  if (!(in >> publicKey >> secretKey))
    return Error{"server.key", "the audit signing key cannot be read", keyPath(dir)};
  return std::pair{publicKey, secretKey};
}

std::optional<std::string> emailProblem(const std::string& email) {
  // At most 200: the server records the e-mail as each mutation's author (kAuthorText).
  if (email.size() < 3 || email.size() > 200) return std::string("needs 3 to 200 characters");
  const auto at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == email.size() ||
      email.find('@', at + 1) != std::string::npos)
    return std::string("needs one @ between a name and a domain");
  if (!isValidUtf8(email)) return std::string("is not valid UTF-8 text");
  for (const char ch : email)
    if (const auto c = static_cast<unsigned char>(ch);
        c <= ' ' || c == 0x7f || (c >= 'A' && c <= 'Z'))
      return std::string("may hold no spaces, control characters or capital letters");
  return std::nullopt;
}

User userFromRow(const CachedStatement& row, int first) {
  User u;
  u.id = row.integer(first);
  u.tenant = row.integer(first + 1);
  u.email = row.text(first + 2);
  u.role = roleFromName(row.text(first + 3)).value_or(Role::Viewer);
  u.disabled = row.integer(first + 4) != 0;
  u.tenantName = row.text(first + 5);
  u.mustChangePassword = row.integer(first + 6) != 0;
  return u;
}

// The columns userFromRow reads, and where they come from.
constexpr const char* kUserColumns =
    "u.id, u.tenant_id, u.email, u.role, u.disabled, t.name, u.must_change";
constexpr const char* kUserTables = " FROM users u JOIN tenants t ON t.id = u.tenant_id";

// The tenant a sign-in e-mail or a token hash belongs to (from a routing table), and from then
// on the session's tenant.
Result<std::optional<std::int64_t>> routedTenant(Store::Impl& impl, Session& session,
                                                 const char* sql, const std::string& key) {
  auto q = impl.prepare(sql);
  if (!q) return q.error();
  q.value().bind(1, key);
  auto row = q.value().step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<std::int64_t>();
  const std::int64_t tenant = q.value().integer(0);
  if (auto s = session.setTenant(tenant); !s) return s.error();
  return std::optional(tenant);
}

}  // namespace

const char* roleName(Role role) {
  switch (role) {
    case Role::Owner:
      return "owner";
    case Role::Admin:
      return "admin";
    case Role::Editor:
      return "editor";
    case Role::Viewer:
      return "viewer";
  }
  return "viewer";
}

std::optional<Role> roleFromName(const std::string& name) {
  for (Role r : {Role::Owner, Role::Admin, Role::Editor, Role::Viewer})
    if (name == roleName(r)) return r;
  return std::nullopt;
}

const char* accessName(Access access) {
  switch (access) {
    case Access::Edit:
      return "edit";
    case Access::View:
      return "view";
    case Access::None:
      return "none";
  }
  return "none";
}

std::optional<Access> accessFromName(const std::string& name) {
  if (name == "edit") return Access::Edit;
  if (name == "view") return Access::View;
  return std::nullopt;
}

Access accessFor(const User& user, std::int64_t ownerId, std::optional<Access> shared) {
  const bool reader = user.role == Role::Viewer;
  if (user.role == Role::Owner || user.role == Role::Admin) return Access::Edit;
  if (ownerId == user.id) return reader ? Access::View : Access::Edit;
  if (!shared) return Access::None;
  return reader ? Access::View : *shared;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::create(const StoreLocation& where, Clock clock,
                                             const std::string& appRole) {
  const std::string& dir = where.dir;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Error{"server.data", "cannot create the data directory: " + ec.message(), dir};
  if (fs::exists(keyPath(dir)))
    return Error{"server.exists", "the data directory holds a server's key already", dir};
  auto created = where.database.empty() ? createSqliteStore(dbPath(dir))
                                        : createPostgresStore(where.database, appRole);
  if (!created) return created.error();
  std::vector<std::unique_ptr<SqlConnection>> db;
  db.push_back(std::move(created).value());
  const AuditKeys keys = newAuditKeys();
  {
    // Written readable by the owner only before the secret goes in.
    std::ofstream key(keyPath(dir));
    ::chmod(keyPath(dir).c_str(), 0600);
    key << keys.publicKey << "\n" << keys.secretKey << "\n";
    if (!key.flush()) return Error{"server.key", "cannot write the audit signing key", dir};
  }
  return make(std::move(db), std::move(clock), keys.publicKey, keys.secretKey);
}

Result<std::unique_ptr<Store>> Store::open(const StoreLocation& where, Clock clock) {
  std::vector<std::unique_ptr<SqlConnection>> db;
  if (where.database.empty()) {
    auto one = openSqliteStore(dbPath(where.dir));
    if (!one) return one.error();
    db.push_back(std::move(one).value());
  } else {
    auto pool = openPostgresStore(where.database, kPostgresConnections);
    if (!pool) return pool.error();
    db = std::move(pool).value();
  }
  auto keys = readKeys(where.dir);
  if (!keys) return keys.error();
  return make(std::move(db), std::move(clock), keys.value().first, keys.value().second);
}

Result<std::unique_ptr<Store>> Store::make(std::vector<std::unique_ptr<SqlConnection>> db,
                                           Clock clock, std::string publicKey,
                                           std::string secretKey) {
  auto impl = std::make_unique<Impl>();
  impl->connections = std::move(db);
  for (const auto& c : impl->connections) impl->idle.push_back(c.get());
  impl->clock = std::move(clock);
  impl->publicKey = std::move(publicKey);
  impl->secretKey = std::move(secretKey);
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Status Store::ping() {
  auto session = Session::begin(*impl_, false);
  if (!session) return session.error();
  auto q = impl_->prepare("SELECT 1");
  if (!q) return q.error();
  return q.value().run();
}

Status Store::requireRowSecurity() {
  auto session = Session::begin(*impl_, false);
  if (!session) return session.error();
  return session.value().connection().requireRowSecurity();
}

void Store::listenForRemoteEvents(std::function<void(const RemoteEvent&)> listener) {
  SqlConnection& first = *impl_->connections.front();
  if (!listener) return first.listen({});
  first.listen([listener = std::move(listener)](const std::optional<std::string>& text) {
    if (!text) return listener(RemoteEvent{RemoteEvent::Kind::Gap, 0, {}, 0, 0, {}});
    if (auto event = remoteEventFromText(*text)) listener(*event);
  });
}

Status Store::announce(const RemoteEvent& event) {
  if (!impl_->connections.front()->shared()) return std::monostate{};
  auto session = Session::begin(*impl_, true);
  if (!session) return session.error();
  if (auto s = session.value().connection().announce(remoteEventText(event)); !s) return s;
  return session.value().commit();
}

namespace {
thread_local SqlConnection* sessionConnection = nullptr;
}  // namespace

SqlConnection* Session::current() {
  return sessionConnection;
}

Result<Session> Session::begin(Store::Impl& impl, bool write, std::int64_t tenant) {
  SqlConnection* db = nullptr;
  {
    // Every connection busy this long means a database that has stopped answering.
    std::unique_lock lock(impl.poolMutex);
    if (!impl.poolFree.wait_for(lock, std::chrono::seconds(20), [&] { return !impl.idle.empty(); }))
      return Error{"server.busy", "no database connection came free within 20 s", {}};
    db = impl.idle.back();
    impl.idle.pop_back();
  }
  Session session(&impl, db);  // gives the connection back however this ends
  sessionConnection = db;
  if (auto s = db->begin(write); !s) {
    session.open_ = false;
    return s.error();
  }
  if (tenant != 0)
    if (auto s = session.setTenant(tenant); !s) return s.error();
  return session;
}

Session::~Session() {
  if (!impl_) return;
  if (open_) db_->rollback();
  if (sessionConnection == db_) sessionConnection = nullptr;
  {
    std::lock_guard lock(impl_->poolMutex);
    impl_->idle.push_back(db_);
  }
  impl_->poolFree.notify_one();
}

Result<std::int64_t> Store::addTenant(const std::string& name) {
  if (auto bad = textProblem(name, kAuthorText))
    return Error{"tenant.invalid", "the tenant's name " + bad->message, name};
  auto session = Session::begin(*impl_, true);
  if (!session) return session.error();
  auto insert =
      impl_->prepare("INSERT INTO tenants(name, created_ms) VALUES (?1, ?2) RETURNING id");
  if (!insert) return insert.error();
  insert.value().bind(1, name).bind(2, impl_->clock());
  auto row = insert.value().step();
  if (!row)
    return takenOr(row.error(),
                   Error{"tenant.exists", "a tenant with this name exists already", name});
  const std::int64_t id = insert.value().integer(0);
  if (auto s = session.value().setTenant(id); !s) return s.error();
  auto head = impl_->prepare("INSERT INTO audit_heads(tenant_id, seq, hash) VALUES (?1, 0, '')");
  if (!head) return head.error();
  head.value().bind(1, id);
  if (auto s = head.value().run(); !s) return s.error();
  if (auto s = auditOne(*impl_, id, "valor-server", "", "tenant.create", "", Json{{"name", name}});
      !s)
    return s.error();
  if (auto s = session.value().commit(); !s) return s.error();
  return id;
}

Result<std::int64_t> Store::tenantId(const std::string& name) {
  auto session = Session::begin(*impl_, false);
  if (!session) return session.error();
  auto q = impl_->prepare("SELECT id FROM tenants WHERE name = ?1");
  if (!q) return q.error();
  q.value().bind(1, name);
  auto row = q.value().step();
  if (!row) return row.error();
  if (!row.value()) return Error{"tenant.unknown", "no tenant has this name", name};
  return q.value().integer(0);
}

Result<User> Store::addUser(std::int64_t tenant, const std::string& email, Role role,
                            const std::string& passwordHash, bool mustChange,
                            const std::string& actor) {
  if (auto bad = emailProblem(email))
    return Error{"user.invalid", "the e-mail address " + *bad, email};
  auto session = Session::begin(*impl_, true, tenant);
  if (!session) return session.error();
  auto audit = AuditWriter::open(*impl_, tenant);
  if (!audit) return audit.error();
  auto account = impl_->prepare("INSERT INTO accounts(email, tenant_id) VALUES (?1, ?2)");
  if (!account) return account.error();
  account.value().bind(1, email).bind(2, tenant);
  if (auto s = account.value().run(); !s)
    return takenOr(s.error(), Error{"user.exists",
                                    "an account with this e-mail address exists already", email});
  auto insert = impl_->prepare(
      "INSERT INTO users(tenant_id, email, role, password_hash, must_change, created_ms) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
  if (!insert) return insert.error();
  insert.value().bind(1, tenant).bind(2, email).bind(3, std::string_view(roleName(role)));
  insert.value().bind(4, passwordHash).bind(5, std::int64_t{mustChange}).bind(6, impl_->clock());
  auto row = insert.value().step();
  if (!row) return row.error();
  const std::int64_t id = insert.value().integer(0);
  if (auto s = audit.value().append(actor, "", "user.add", "",
                                    Json{{"email", email}, {"role", roleName(role)}});
      !s)
    return s.error();
  if (auto s = audit.value().close(); !s) return s.error();
  auto name = impl_->tenantName(tenant);
  if (!name) return name.error();
  if (auto s = session.value().commit(); !s) return s.error();
  return User{id, tenant, name.value(), email, role, false, mustChange};
}

Status Store::Impl::updateUser(std::int64_t tenant, const std::string& email,
                               const std::string& assignment, const std::string& value,
                               const std::string& actor, const std::string& action, Json detail) {
  auto session = Session::begin(*this, true, tenant);
  if (!session) return session.error();
  auto audit = AuditWriter::open(*this, tenant);
  if (!audit) return audit.error();
  auto update = prepare("UPDATE users SET " + assignment + " WHERE tenant_id = ?1 AND email = ?2");
  if (!update) return update.error();
  update.value().bind(1, tenant).bind(2, email).bind(3, value);
  if (auto s = update.value().run(); !s) return s;
  if (session.value().changes() != 1)
    return Error{"user.unknown", "the tenant has no account with this e-mail address", email};
  detail["email"] = email;
  if (auto s = audit.value().append(actor, "", action, "", std::move(detail)); !s) return s;
  if (auto s = audit.value().close(); !s) return s;
  return session.value().commit();
}

Status Store::setRole(std::int64_t tenant, const std::string& email, Role role,
                      const std::string& actor) {
  return impl_->updateUser(tenant, email, "role = ?3", roleName(role), actor, "user.role",
                           Json{{"role", roleName(role)}});
}

Status Store::setDisabled(std::int64_t tenant, const std::string& email, bool disabled,
                          const std::string& actor) {
  return impl_->updateUser(tenant, email, "disabled = CAST(?3 AS INTEGER)", disabled ? "1" : "0",
                           actor, disabled ? "user.disable" : "user.enable", Json::object());
}

Status Store::setPasswordHash(std::int64_t tenant, const std::string& email,
                              const std::string& hash, bool mustChange, std::int64_t keepToken,
                              const std::string& actor) {
  auto session = Session::begin(*impl_, true, tenant);
  if (!session) return session.error();
  auto audit = AuditWriter::open(*impl_, tenant);
  if (!audit) return audit.error();
  auto update = impl_->prepare(
      "UPDATE users SET password_hash = ?3, must_change = ?4 WHERE tenant_id = ?1 AND email = ?2");
  if (!update) return update.error();
  update.value().bind(1, tenant).bind(2, email).bind(3, hash).bind(4, std::int64_t{mustChange});
  if (auto s = update.value().run(); !s) return s;
  if (session.value().changes() != 1)
    return Error{"user.unknown", "the tenant has no account with this e-mail address", email};
  // The password and the end of every other session: one change, or none.
  auto revoke = impl_->prepare(
      "UPDATE tokens SET revoked = 1 WHERE tenant_id = ?1 AND id != ?3 AND user_id = "
      "(SELECT id FROM users WHERE tenant_id = ?1 AND email = ?2)");
  if (!revoke) return revoke.error();
  revoke.value().bind(1, tenant).bind(2, email).bind(3, keepToken);
  if (auto s = revoke.value().run(); !s) return s;
  if (auto s = audit.value().append(actor, "", "user.password", "", Json{{"email", email}}); !s)
    return s;
  if (auto s = audit.value().close(); !s) return s;
  return session.value().commit();
}

Status Store::recordUnknownLogin(const std::string& address) {
  auto session = Session::begin(*impl_, true);
  if (!session) return session.error();
  auto insert = impl_->prepare("INSERT INTO unknown_logins(time_ms, address) VALUES (?1, ?2)");
  if (!insert) return insert.error();
  insert.value().bind(1, impl_->clock()).bind(2, address);
  if (auto s = insert.value().run(); !s) return s;
  return session.value().commit();
}

Result<std::optional<std::pair<User, std::string>>> Store::userForLogin(const std::string& email) {
  auto session = Session::begin(*impl_, false);
  if (!session) return session.error();
  auto tenant = routedTenant(*impl_, session.value(),
                             "SELECT tenant_id FROM accounts WHERE email = ?1", email);
  if (!tenant) return tenant.error();
  if (!tenant.value()) return std::optional<std::pair<User, std::string>>();
  auto q = impl_->prepare(std::string("SELECT ") + kUserColumns + ", u.password_hash" +
                          kUserTables + " WHERE u.email = ?1 AND u.tenant_id = ?2");
  if (!q) return q.error();
  q.value().bind(1, email).bind(2, *tenant.value());
  auto row = q.value().step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<std::pair<User, std::string>>();
  return std::optional(std::pair{userFromRow(q.value(), 0), q.value().text(7)});
}

Result<std::optional<User>> Store::userInTenant(std::int64_t tenant, const std::string& email) {
  auto session = Session::begin(*impl_, false, tenant);
  if (!session) return session.error();
  auto q = impl_->prepare(std::string("SELECT ") + kUserColumns + kUserTables +
                          " WHERE u.email = ?1 AND u.tenant_id = ?2");
  if (!q) return q.error();
  q.value().bind(1, email).bind(2, tenant);
  auto row = q.value().step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<User>();
  return std::optional(userFromRow(q.value(), 0));
}

Result<std::vector<User>> Store::users(std::int64_t tenant) {
  auto session = Session::begin(*impl_, false, tenant);
  if (!session) return session.error();
  auto q = impl_->prepare(std::string("SELECT ") + kUserColumns + kUserTables +
                          " WHERE u.tenant_id = ?1 ORDER BY u.email");
  if (!q) return q.error();
  q.value().bind(1, tenant);
  return q.value().rows<User>([](const CachedStatement& r) { return userFromRow(r, 0); });
}

Result<std::int64_t> Store::addToken(const User& user, const std::string& hash,
                                     const std::string& kind, const std::string& scope,
                                     const std::string& label, std::int64_t expiresMs) {
  auto session = Session::begin(*impl_, true, user.tenant);
  if (!session) return session.error();
  auto route = impl_->prepare("INSERT INTO token_directory(hash, tenant_id) VALUES (?1, ?2)");
  if (!route) return route.error();
  route.value().bind(1, hash).bind(2, user.tenant);
  if (auto s = route.value().run(); !s) return s.error();
  auto insert = impl_->prepare(
      "INSERT INTO tokens(tenant_id, hash, user_id, kind, scope, label, created_ms, expires_ms) "
      "VALUES (?8, ?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
  if (!insert) return insert.error();
  insert.value().bind(1, hash).bind(2, user.id).bind(3, kind).bind(4, scope).bind(5, label);
  insert.value().bind(6, impl_->clock()).bind(7, expiresMs).bind(8, user.tenant);
  auto row = insert.value().step();
  if (!row) return row.error();
  const std::int64_t id = insert.value().integer(0);
  if (auto s = session.value().commit(); !s) return s.error();
  return id;
}

Result<std::optional<Principal>> Store::principal(const std::string& hash) {
  auto session = Session::begin(*impl_, false);
  if (!session) return session.error();
  auto tenant = routedTenant(*impl_, session.value(),
                             "SELECT tenant_id FROM token_directory WHERE hash = ?1", hash);
  if (!tenant) return tenant.error();
  if (!tenant.value()) return std::optional<Principal>();
  auto q = impl_->prepare(std::string("SELECT ") + kUserColumns +
                          ", k.id, k.scope, k.expires_ms, k.kind FROM tokens k "
                          "JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = u.tenant_id "
                          "WHERE k.hash = ?1 AND k.tenant_id = ?2 AND k.revoked = 0 "
                          "AND u.disabled = 0");
  if (!q) return q.error();
  q.value().bind(1, hash).bind(2, *tenant.value());
  auto row = q.value().step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<Principal>();
  const std::int64_t expires = q.value().integer(9);
  if (expires != 0 && expires <= impl_->clock()) return std::optional<Principal>();
  Principal p{userFromRow(q.value(), 0), q.value().integer(7), q.value().text(8) == "write",
              q.value().text(10) == "api"};
  if (p.user.role == Role::Viewer) p.canWrite = false;
  return std::optional(p);
}

Status Store::revokeToken(const User& user, std::int64_t tokenId) {
  auto session = Session::begin(*impl_, true, user.tenant);
  if (!session) return session.error();
  auto update = impl_->prepare(
      "UPDATE tokens SET revoked = 1 WHERE id = ?1 AND user_id = ?2 AND tenant_id = ?3");
  if (!update) return update.error();
  update.value().bind(1, tokenId).bind(2, user.id).bind(3, user.tenant);
  if (auto s = update.value().run(); !s) return s;
  if (session.value().changes() != 1)
    return Error{"token.unknown", "you have no token with this number", std::to_string(tokenId)};
  return session.value().commit();
}

Result<std::vector<TokenInfo>> Store::tokens(const User& user) {
  auto session = Session::begin(*impl_, false, user.tenant);
  if (!session) return session.error();
  auto q = impl_->prepare(
      "SELECT id, kind, scope, label, created_ms, expires_ms FROM tokens WHERE user_id = ?1 "
      "AND tenant_id = ?3 AND revoked = 0 AND (expires_ms = 0 OR expires_ms > ?2) ORDER BY id");
  if (!q) return q.error();
  q.value().bind(1, user.id).bind(2, impl_->clock()).bind(3, user.tenant);
  return q.value().rows<TokenInfo>([](const CachedStatement& r) {
    return TokenInfo{r.integer(0), r.text(1), r.text(2), r.text(3), r.integer(4), r.integer(5)};
  });
}

Result<CachedStatement> Store::Impl::prepare(const std::string& text) {
  SqlConnection* db = Session::current();
  if (!db) return Error{"server.internal", "a query outside a session", text};
  auto statement = db->prepare(text);
  if (!statement) return statement.error();
  return CachedStatement(statement.value());
}

Result<std::string> Store::Impl::tenantName(std::int64_t tenant) {
  auto q = prepare("SELECT name FROM tenants WHERE id = ?1");
  if (!q) return q.error();
  q.value().bind(1, tenant);
  auto row = q.value().step();
  if (!row) return row.error();
  if (!row.value()) return Error{"tenant.unknown", "no such tenant", std::to_string(tenant)};
  return q.value().text(0);
}

Result<AuditWriter> AuditWriter::open(Store::Impl& impl, std::int64_t tenant) {
  auto head = impl.prepare("SELECT seq, hash FROM audit_heads WHERE tenant_id = ?1 FOR UPDATE");
  if (!head) return head.error();
  head.value().bind(1, tenant);
  auto row = head.value().step();
  if (!row) return row.error();
  if (!row.value()) return Error{"tenant.unknown", "no such tenant", std::to_string(tenant)};
  const std::int64_t seq = head.value().integer(0);
  AuditWriter writer(impl, tenant, seq, seq == 0 ? auditGenesisHash() : head.value().text(1));
  writer.storedSeq_ = seq;
  return writer;
}

Status AuditWriter::append(const std::string& actor, const std::string& address,
                           const std::string& action, const std::string& scenario, Json detail) {
  AuditEntry e;
  e.seq = seq_ + 1;
  e.timeMs = impl_->clock();
  e.actor = actor;
  e.address = address;
  e.action = action;
  e.scenario = scenario;
  e.detail = std::move(detail);
  e.hash = auditEntryHash(hash_, e);
  auto insert = impl_->prepare(
      "INSERT INTO audit(tenant_id, seq, time_ms, actor, address, action, scenario, detail, hash) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!insert) return insert.error();
  auto& in = insert.value();
  in.bind(1, tenant_).bind(2, e.seq).bind(3, e.timeMs).bind(4, e.actor).bind(5, e.address);
  in.bind(6, e.action).bind(7, e.scenario).bind(8, e.detail.dump()).bind(9, e.hash);
  if (auto s = in.run(); !s) return s;
  seq_ = e.seq;
  hash_ = e.hash;
  if (e.seq % kAuditCheckpointEvery != 0) return std::monostate{};
  auto name = impl_->tenantName(tenant_);
  if (!name) return name.error();
  auto signature =
      signAuditCheckpoint(impl_->secretKey, auditCheckpointMessage(name.value(), e.seq, e.hash));
  if (!signature) return signature.error();
  auto sign = impl_->prepare(
      "INSERT INTO checkpoints(tenant_id, seq, hash, signature) VALUES (?1, ?2, ?3, ?4)");
  if (!sign) return sign.error();
  sign.value().bind(1, tenant_).bind(2, e.seq).bind(3, e.hash).bind(4, signature.value());
  return sign.value().run();
}

Status AuditWriter::close() {
  if (seq_ == storedSeq_) return std::monostate{};
  auto moveHead = impl_->prepare("UPDATE audit_heads SET seq = ?2, hash = ?3 WHERE tenant_id = ?1");
  if (!moveHead) return moveHead.error();
  moveHead.value().bind(1, tenant_).bind(2, seq_).bind(3, hash_);
  if (auto s = moveHead.value().run(); !s) return s;
  storedSeq_ = seq_;
  return std::monostate{};
}

Status auditOne(Store::Impl& impl, std::int64_t tenant, const std::string& actor,
                const std::string& address, const std::string& action, const std::string& scenario,
                Json detail) {
  auto audit = AuditWriter::open(impl, tenant);
  if (!audit) return audit.error();
  if (auto s = audit.value().append(actor, address, action, scenario, std::move(detail)); !s)
    return s;
  return audit.value().close();
}

Status Store::audit(std::int64_t tenant, const std::string& actor, const std::string& address,
                    const std::string& action, const std::string& scenario, Json detail) {
  auto session = Session::begin(*impl_, true, tenant);
  if (!session) return session.error();
  if (auto s = auditOne(*impl_, tenant, actor, address, action, scenario, std::move(detail)); !s)
    return s;
  return session.value().commit();
}

namespace {

Result<std::vector<AuditEntry>> readAudit(Store::Impl& db, std::int64_t tenant,
                                          const AuditFilter& filter) {
  auto q = db.prepare(
      "SELECT seq, time_ms, actor, address, action, scenario, detail, hash FROM audit "
      "WHERE tenant_id = ?1 AND (?2 = '' OR scenario = ?2) AND (?3 = '' OR actor = ?3) "
      "AND time_ms >= ?4 AND (CAST(?5 AS BIGINT) = 0 OR time_ms < ?5) ORDER BY seq");
  if (!q) return q.error();
  q.value().bind(1, tenant).bind(2, filter.scenario).bind(3, filter.actor);
  q.value().bind(4, filter.fromMs).bind(5, filter.toMs);
  return q.value().rows<AuditEntry>([](const CachedStatement& r) {
    Json detail = Json::parse(r.text(6), nullptr, false);
    return AuditEntry{r.integer(0),
                      r.integer(1),
                      r.text(2),
                      r.text(3),
                      r.text(4),
                      r.text(5),
                      detail.is_discarded() ? Json::object() : detail,
                      r.text(7)};
  });
}

Result<std::vector<AuditCheckpoint>> readCheckpoints(Store::Impl& db, std::int64_t tenant) {
  auto q =
      db.prepare("SELECT seq, hash, signature FROM checkpoints WHERE tenant_id = ?1 ORDER BY seq");
  if (!q) return q.error();
  q.value().bind(1, tenant);
  return q.value().rows<AuditCheckpoint>([](const CachedStatement& r) {
    return AuditCheckpoint{r.integer(0), r.text(1), r.text(2)};
  });
}

}  // namespace

Result<std::vector<AuditEntry>> Store::auditEntries(std::int64_t tenant,
                                                    const AuditFilter& filter) {
  auto session = Session::begin(*impl_, false, tenant);
  if (!session) return session.error();
  return readAudit(*impl_, tenant, filter);
}

namespace {

// The tenant's whole log as stored, checked link by link, against its checkpoints and against
// the head kept with the tenant (which catches the newest entries removed). Inside the caller's
// transaction, so a push committed meanwhile is not mistaken for tampering.
struct StoredLog {
  std::string tenant;
  std::vector<AuditEntry> entries;
  std::vector<AuditCheckpoint> checkpoints;
  AuditVerification verification;
};

Result<StoredLog> readVerifiedLog(Store::Impl& impl, std::int64_t tenant) {
  StoredLog log;
  auto name = impl.tenantName(tenant);
  if (!name) return name.error();
  log.tenant = name.value();
  auto entries = readAudit(impl, tenant, {});
  if (!entries) return entries.error();
  log.entries = std::move(entries).value();
  auto checkpoints = readCheckpoints(impl, tenant);
  if (!checkpoints) return checkpoints.error();
  log.checkpoints = std::move(checkpoints).value();
  auto verified = verifyAuditChain(log.tenant, impl.publicKey, log.entries, log.checkpoints, false);
  if (!verified) return verified.error();
  log.verification = verified.value();
  auto head = impl.prepare("SELECT seq, hash FROM audit_heads WHERE tenant_id = ?1");
  if (!head) return head.error();
  head.value().bind(1, tenant);
  if (auto row = head.value().step(); !row || !row.value())
    return Error{"tenant.unknown", "no such tenant", std::to_string(tenant)};
  const std::int64_t headSeq = head.value().integer(0);
  if (headSeq != static_cast<std::int64_t>(log.entries.size()) ||
      (!log.entries.empty() && head.value().text(1) != log.entries.back().hash))
    return Error{"audit.tampered",
                 "the log ends at entry " + std::to_string(log.entries.size()) +
                     " but its recorded head is entry " + std::to_string(headSeq),
                 log.tenant};
  return log;
}

}  // namespace

Result<Json> Store::exportAudit(std::int64_t tenant) {
  auto session = Session::begin(*impl_, true, tenant);
  if (!session) return session.error();
  if (auto head = AuditWriter::open(*impl_, tenant); !head) return head.error();
  // A log that does not verify is never signed: the export would vouch for the tampering.
  auto log = readVerifiedLog(*impl_, tenant);
  if (!log) return log.error();
  auto& signs = log.value().checkpoints;
  const auto& list = log.value().entries;
  const std::string& name = log.value().tenant;
  if (!list.empty() && (signs.empty() || signs.back().seq != list.back().seq)) {
    // Sign the head now, so the export is covered to its last entry.
    const AuditEntry& head = list.back();
    auto signature =
        signAuditCheckpoint(impl_->secretKey, auditCheckpointMessage(name, head.seq, head.hash));
    if (!signature) return signature.error();
    auto sign = impl_->prepare(
        "INSERT INTO checkpoints(tenant_id, seq, hash, signature) VALUES (?1, ?2, ?3, ?4)");
    if (!sign) return sign.error();
    sign.value().bind(1, tenant).bind(2, head.seq).bind(3, head.hash).bind(4, signature.value());
    if (auto s = sign.value().run(); !s) return s.error();
    signs.push_back({head.seq, head.hash, signature.value()});
  }
  if (auto s = session.value().commit(); !s) return s.error();
  return auditExportJson(name, impl_->publicKey, list, signs);
}

Result<AuditVerification> Store::verifyAudit(std::int64_t tenant) {
  // A write transaction with the head locked: the log read is the one at its head.
  auto session = Session::begin(*impl_, true, tenant);
  if (!session) return session.error();
  if (auto head = AuditWriter::open(*impl_, tenant); !head) return head.error();
  auto log = readVerifiedLog(*impl_, tenant);
  if (!log) return log.error();
  return log.value().verification;
}

}  // namespace valor::server
