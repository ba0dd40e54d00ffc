#pragma once
// Databases on the throwaway PostgreSQL cluster that tests/server/pgcluster.sh starts for the
// suite (VALOR_TEST_PG names the file with its HOST:PORT): a fresh database per test, owned by
// valor_owner, served as valor_app (a role that owns nothing and cannot bypass row security).
// For the tests and the server's benchmark.
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

#include <unistd.h>

#include <pqxx/pqxx>

namespace valor::testing {

struct TestDatabase {
  std::string name;
  std::string owner;  // URI as the tables' owner (init)
  std::string app;    // URI as the server's role (serve)
};

inline std::optional<std::string> testClusterAddress() {
  const char* file = std::getenv("VALOR_TEST_PG");
  if (!file || !*file) return std::nullopt;
  std::ifstream in(file);
  std::string address;
  if (!(in >> address))
    throw std::runtime_error(std::string("VALOR_TEST_PG: no cluster address in ") + file);
  return address;
}

inline std::string clusterUri(const std::string& role, const std::string& database) {
  return "postgresql://" + role + ":" + role + "-pw@" + testClusterAddress().value() + "/" +
         database;
}

// A new empty database; nullopt when the tests run without a cluster.
inline std::optional<TestDatabase> freshTestDatabase() {
  if (!testClusterAddress()) return std::nullopt;
  static std::atomic<int> next{0};
  const std::string name =
      "valor_t" + std::to_string(::getpid()) + "_" + std::to_string(next.fetch_add(1));
  pqxx::connection c(clusterUri("valor_owner", "postgres"));
  pqxx::nontransaction w(c);  // CREATE DATABASE cannot run in a transaction
  w.exec("CREATE DATABASE " + name);
  return TestDatabase{name, clusterUri("valor_owner", name), clusterUri("valor_app", name)};
}

// Runs SQL as the tables' owner within one tenant's rows (row security holds the owner too).
inline void runAsOwner(const std::string& ownerUri, std::int64_t tenant, const std::string& sql) {
  pqxx::connection c(ownerUri);
  pqxx::work w(c);
  w.exec_params("SELECT set_config('app.tenant_id', $1, true)", std::to_string(tenant));
  w.exec(sql);
  w.commit();
}

}  // namespace valor::testing
