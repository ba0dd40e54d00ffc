#pragma once
// The server's store on PostgreSQL (libpqxx), for several server processes on one database.
// Tenants are kept apart by the database as well as by the queries: every table of a tenant's
// data has FORCE ROW LEVEL SECURITY with a policy on tenant_id = the transaction's
// `app.tenant_id` (set with set_config(…, true), which ends with the transaction), and the
// server runs as a role that owns nothing and cannot bypass the policies.
#include <memory>
#include <string>
#include <vector>

#include "app/server/sqlconnection.h"

namespace valor::server {

// Creates the schema, the policies and the grants to `appRole` in an empty database, connected
// as the role that is to own the tables; refuses a database that has them.
Result<std::unique_ptr<SqlConnection>> createPostgresStore(const std::string& uri,
                                                           const std::string& appRole);
// `connections` to the database, one store's: they share the name that keeps the store from
// hearing its own announcements.
Result<std::vector<std::unique_ptr<SqlConnection>>> openPostgresStore(const std::string& uri,
                                                                      std::size_t connections);

}  // namespace valor::server
