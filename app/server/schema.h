#pragma once
// The server's tables, one text for SQLite and PostgreSQL. Every table of a tenant's data has a
// tenant_id (PostgreSQL's row-level security filters on it); the routing tables — tenants,
// accounts (e-mail → tenant), token_directory (token hash → tenant) and unknown_logins — hold
// what the server must read before it knows the caller's tenant, and nothing else. A row that
// names a user names the user's tenant too (composite foreign keys), so no row can point into
// another tenant even where row security does not look (key checks bypass it).
#include <array>
#include <string>
#include <string_view>

namespace valor::server {

// 2: the layout for SQLite and PostgreSQL alike. (1 was a development layout for SQLite only,
// never released; a file in it is refused with the version named.)
inline constexpr int kServerSchemaVersion = 2;

// `identity` is how the database spells an auto-numbered 64-bit primary key.
std::string serverSchema(std::string_view identity);

// The tables holding a tenant's data (all with tenant_id).
inline constexpr std::array<const char*, 10> kTenantTables = {
    "users",   "tokens",     "scenarios", "shares",      "mutations",
    "clients", "rejections", "audit",     "audit_heads", "checkpoints"};

}  // namespace valor::server
