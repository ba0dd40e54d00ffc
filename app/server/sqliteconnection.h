#pragma once
// The server's store in one SQLite file (WAL, synchronous=FULL): nothing else to install.
#include <memory>
#include <string>

#include "app/server/sqlconnection.h"

namespace valor::server {

// Creates the file with the server's schema; refuses one that exists.
Result<std::unique_ptr<SqlConnection>> createSqliteStore(const std::string& path);
// Opens a file made by createSqliteStore (checked by its application ID and schema version).
Result<std::unique_ptr<SqlConnection>> openSqliteStore(const std::string& path);

}  // namespace valor::server
