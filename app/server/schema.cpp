#include "app/server/schema.h"

namespace valor::server {

std::string serverSchema(std::string_view identity) {
  const std::string id(identity);
  return R"sql(
CREATE TABLE tenants(id )sql" +
         id + R"sql(, name TEXT NOT NULL UNIQUE, created_ms BIGINT NOT NULL);
CREATE TABLE accounts(email TEXT PRIMARY KEY, tenant_id BIGINT NOT NULL REFERENCES tenants(id));
CREATE TABLE token_directory(hash TEXT PRIMARY KEY,
  tenant_id BIGINT NOT NULL REFERENCES tenants(id));
CREATE TABLE unknown_logins(time_ms BIGINT NOT NULL, address TEXT NOT NULL);
CREATE TABLE audit_heads(tenant_id BIGINT PRIMARY KEY REFERENCES tenants(id),
  seq BIGINT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE users(id )sql" +
         id + R"sql(, tenant_id BIGINT NOT NULL REFERENCES tenants(id),
  email TEXT NOT NULL UNIQUE REFERENCES accounts(email), role TEXT NOT NULL,
  password_hash TEXT NOT NULL, must_change BIGINT NOT NULL DEFAULT 0,
  disabled BIGINT NOT NULL DEFAULT 0, created_ms BIGINT NOT NULL, UNIQUE(tenant_id, id));
CREATE TABLE tokens(id )sql" +
         id + R"sql(, tenant_id BIGINT NOT NULL REFERENCES tenants(id),
  hash TEXT NOT NULL UNIQUE REFERENCES token_directory(hash), user_id BIGINT NOT NULL,
  kind TEXT NOT NULL, scope TEXT NOT NULL, label TEXT NOT NULL, created_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL, revoked BIGINT NOT NULL DEFAULT 0,
  FOREIGN KEY(tenant_id, user_id) REFERENCES users(tenant_id, id));
CREATE TABLE scenarios(tenant_id BIGINT NOT NULL REFERENCES tenants(id), id TEXT NOT NULL,
  owner_id BIGINT NOT NULL, name TEXT NOT NULL, model TEXT NOT NULL,
  revision BIGINT NOT NULL, snapshot TEXT NOT NULL, snapshot_revision BIGINT NOT NULL,
  created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL, PRIMARY KEY(tenant_id, id),
  FOREIGN KEY(tenant_id, owner_id) REFERENCES users(tenant_id, id));
CREATE TABLE shares(tenant_id BIGINT NOT NULL, scenario_id TEXT NOT NULL,
  user_id BIGINT NOT NULL, access TEXT NOT NULL, PRIMARY KEY(tenant_id, scenario_id, user_id),
  FOREIGN KEY(tenant_id, user_id) REFERENCES users(tenant_id, id));
CREATE TABLE mutations(tenant_id BIGINT NOT NULL, scenario_id TEXT NOT NULL,
  revision BIGINT NOT NULL, user_id BIGINT NOT NULL, client_id TEXT, client_seq BIGINT,
  committed_ms BIGINT NOT NULL, body TEXT NOT NULL, overwrote TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY(tenant_id, scenario_id, revision), UNIQUE(user_id, client_id, client_seq));
CREATE TABLE clients(tenant_id BIGINT NOT NULL, user_id BIGINT NOT NULL, client_id TEXT NOT NULL,
  last_seq BIGINT NOT NULL, PRIMARY KEY(user_id, client_id));
CREATE TABLE rejections(tenant_id BIGINT NOT NULL, user_id BIGINT NOT NULL,
  client_id TEXT NOT NULL, client_seq BIGINT NOT NULL, reason TEXT NOT NULL,
  PRIMARY KEY(user_id, client_id, client_seq));
CREATE TABLE audit(tenant_id BIGINT NOT NULL, seq BIGINT NOT NULL, time_ms BIGINT NOT NULL,
  actor TEXT NOT NULL, address TEXT NOT NULL, action TEXT NOT NULL, scenario TEXT NOT NULL,
  detail TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY(tenant_id, seq));
CREATE TABLE checkpoints(tenant_id BIGINT NOT NULL, seq BIGINT NOT NULL, hash TEXT NOT NULL,
  signature TEXT NOT NULL, PRIMARY KEY(tenant_id, seq));
)sql";
}

}  // namespace valor::server
