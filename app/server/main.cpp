// valor-server: the tenant server (serve) and its admin commands. Usage: valor-server --help.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "app/server/api.h"
#include "app/server/auth.h"
#include "app/server/httpserver.h"
#include "app/server/store.h"
#include "core/common/log.h"

namespace {

using namespace valor;
using namespace valor::server;

constexpr const char* kUsage =
    "usage: valor-server serve --data DIR [--listen HOST:PORT] [--threads N]\n"
    "                          [--tls-cert FILE --tls-key FILE] [--heartbeat-ms MS]\n"
    "                          [--trust-forwarded-for]   (behind a reverse proxy on this machine)\n"
    "                          [--request-timeout SECONDS]   (to send a request; default 30)\n"
    "       valor-server init --data DIR --tenant NAME --owner EMAIL\n"
    "       valor-server init --data DIR --database URI --app-role ROLE --tenant NAME --owner "
    "EMAIL\n"
    "       valor-server tenant add --data DIR --tenant NAME --owner EMAIL\n"
    "       valor-server tenant export --data DIR --tenant NAME\n"
    "       valor-server user add --data DIR --tenant NAME --email EMAIL --role ROLE\n"
    "       valor-server user role --data DIR --tenant NAME --email EMAIL --role ROLE\n"
    "       valor-server user disable|enable|reset-password --data DIR --tenant NAME --email "
    "EMAIL\n"
    "       valor-server audit verify --data DIR --tenant NAME\n"
    "--database postgresql://…: the data in PostgreSQL (init: as the role to own the tables;\n"
    "serve: as ROLE, which row-level security holds); DIR then keeps the audit key only, and\n"
    "every command takes the same --database. Passwords can stay out of the URI: libpq reads\n"
    "PGPASSWORD and ~/.pgpass.\n"
    "roles: owner, admin, editor, viewer. A password printed here is for one sign-in: the\n"
    "user then chooses their own (POST /v1/password) before doing anything else.\n";

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsageError = 2;
constexpr const char* kAdmin = "valor-server";

struct Args {
  std::vector<std::string> words;
  std::map<std::string, std::string> options;
  bool ok = true;
};

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--trust-forwarded-for") {  // the one option without a value
      a.options[arg.substr(2)] = "yes";
    } else if (arg.rfind("--", 0) == 0) {
      if (i + 1 >= argc) {
        a.ok = false;
        break;
      }
      a.options[arg.substr(2)] = argv[++i];
    } else {
      a.words.push_back(arg);
    }
  }
  return a;
}

int fail(const Error& e) {
  std::cerr << "valor-server: " << e.message;
  if (!e.context.empty()) std::cerr << " (" << e.context << ")";
  std::cerr << "\n";
  return kFailed;
}

StoreLocation location(const Args& a) {
  return {a.options.at("data"), a.options.count("database") ? a.options.at("database") : ""};
}

Result<std::unique_ptr<Store>> openStore(const Args& a) {
  if (!a.options.count("data")) return Error{"usage", "--data DIR is needed", {}};
  return Store::open(location(a), systemClock());
}

// The store and the tenant that --tenant names; on failure, the message is printed and
// `store` is empty.
struct OpenedTenant {
  std::unique_ptr<Store> store;
  std::int64_t tenant = 0;
};

OpenedTenant openTenant(const Args& a) {
  auto store = openStore(a);
  if (!store) {
    fail(store.error());
    return {};
  }
  auto tenant = store.value()->tenantId(a.options.at("tenant"));
  if (!tenant) {
    fail(tenant.error());
    return {};
  }
  return {std::move(store).value(), tenant.value()};
}

// A new account with a one-time password, printed for the admin to hand over.
int addAccount(Store& store, std::int64_t tenant, const std::string& email, Role role) {
  const std::string password = newPassword();
  auto hash = hashPassword(password);
  if (!hash) return fail(hash.error());
  auto user = store.addUser(tenant, email, role, hash.value(), true, kAdmin);
  if (!user) return fail(user.error());
  std::cout << email << " (" << roleName(role) << ") one-time password: " << password << "\n";
  return kOk;
}

int runInitOrTenantAdd(const Args& a, bool init) {
  for (const char* key : {"data", "tenant", "owner"})
    if (!a.options.count(key)) {
      std::cerr << kUsage;
      return kUsageError;
    }
  const std::string appRole = a.options.count("app-role") ? a.options.at("app-role") : "";
  auto store = init ? Store::create(location(a), systemClock(), appRole) : openStore(a);
  if (!store) return fail(store.error());
  auto tenant = store.value()->addTenant(a.options.at("tenant"));
  if (!tenant) return fail(tenant.error());
  return addAccount(*store.value(), tenant.value(), a.options.at("owner"), Role::Owner);
}

int runServe(const Args& a) {
  auto store = openStore(a);
  if (!store) return fail(store.error());
  if (auto s = store.value()->requireRowSecurity(); !s) return fail(s.error());
  HttpOptions http;
  if (a.options.count("listen")) {
    const std::string listen = a.options.at("listen");
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos) {
      std::cerr << "valor-server: --listen needs HOST:PORT\n";
      return kUsageError;
    }
    http.host = listen.substr(0, colon);
    http.port = static_cast<unsigned short>(std::atoi(listen.substr(colon + 1).c_str()));
  }
  if (a.options.count("threads"))
    http.threads = std::max(1, std::atoi(a.options.at("threads").c_str()));
  if (a.options.count("request-timeout"))
    http.readTimeoutSeconds = std::max(1, std::atoi(a.options.at("request-timeout").c_str()));
  if (a.options.count("heartbeat-ms"))
    http.heartbeatMs = std::max(100, std::atoi(a.options.at("heartbeat-ms").c_str()));
  if (a.options.count("tls-cert")) http.tlsCertFile = a.options.at("tls-cert");
  if (a.options.count("tls-key")) http.tlsKeyFile = a.options.at("tls-key");
  http.trustForwardedFor = a.options.count("trust-forwarded-for") > 0;
  Metrics metrics;
  EventHub hub(*store.value(), systemClock());
  // Pushes and presence on other server processes on the same database reach this one's
  // event streams.
  store.value()->listenForRemoteEvents([&hub](const RemoteEvent& e) { hub.receive(e); });
  struct StopListening {
    Store& store;
    ~StopListening() { store.listenForRemoteEvents({}); }
  } stopListening{*store.value()};
  Api api(*store.value(), hub, metrics, systemClock(), randomIdGenerator());
  HttpServer server(api, hub, metrics, http);
  auto port = server.listen();
  if (!port) return fail(port.error());
  // The first line on standard output says where the server listens (tests read it).
  std::cout << "listening on " << http.host << ":" << port.value() << "\n" << std::flush;
  logInfo("valor-server: listening on " + http.host + ":" + std::to_string(port.value()));
  server.run();
  std::cout << "stopped\n" << std::flush;
  return kOk;
}

int runUser(const Args& a) {
  if (a.words.size() != 2 || !a.options.count("tenant") || !a.options.count("email")) {
    std::cerr << kUsage;
    return kUsageError;
  }
  OpenedTenant opened = openTenant(a);
  if (!opened.store) return kFailed;
  const auto tenant = opened.tenant;
  const std::string& verb = a.words[1];
  const std::string& email = a.options.at("email");
  Store& s = *opened.store;
  if (verb == "add" || verb == "role") {
    const auto role = a.options.count("role") ? roleFromName(a.options.at("role")) : std::nullopt;
    if (!role) {
      std::cerr << "valor-server: --role must be owner, admin, editor or viewer\n";
      return kUsageError;
    }
    if (verb == "add") return addAccount(s, tenant, email, *role);
    if (auto r = s.setRole(tenant, email, *role, kAdmin); !r) return fail(r.error());
    std::cout << email << " is now " << roleName(*role) << "\n";
    return kOk;
  }
  if (verb == "disable" || verb == "enable") {
    if (auto r = s.setDisabled(tenant, email, verb == "disable", kAdmin); !r)
      return fail(r.error());
    std::cout << email << (verb == "disable" ? " is disabled\n" : " is enabled\n");
    return kOk;
  }
  if (verb == "reset-password") {
    const std::string password = newPassword();
    auto hash = hashPassword(password);
    if (!hash) return fail(hash.error());
    if (auto r = s.setPasswordHash(tenant, email, hash.value(), true, 0, kAdmin); !r)
      return fail(r.error());
    std::cout << email << " one-time password: " << password << "\n";
    return kOk;
  }
  std::cerr << kUsage;
  return kUsageError;
}

int runTenant(const Args& a) {
  if (a.words.size() == 2 && a.words[1] == "add") return runInitOrTenantAdd(a, false);
  if (a.words.size() != 2 || a.words[1] != "export" || !a.options.count("tenant")) {
    std::cerr << kUsage;
    return kUsageError;
  }
  OpenedTenant opened = openTenant(a);
  if (!opened.store) return kFailed;
  auto exported = opened.store->exportTenant(opened.tenant);
  if (!exported) return fail(exported.error());
  std::cout << exported.value().dump(2) << "\n";
  return kOk;
}

int runAudit(const Args& a) {
  if (a.words.size() != 2 || a.words[1] != "verify" || !a.options.count("tenant")) {
    std::cerr << kUsage;
    return kUsageError;
  }
  OpenedTenant opened = openTenant(a);
  if (!opened.store) return kFailed;
  auto verified = opened.store->verifyAudit(opened.tenant);
  if (!verified) return fail(verified.error());
  const AuditVerification& v = verified.value();
  std::cout << "audit log of " << a.options.at("tenant") << ": " << v.entries << " entries intact, "
            << v.checkpoints << " signed checkpoints";
  if (v.unsignedTail > 0) std::cout << " (the newest " << v.unsignedTail << " after the last one)";
  std::cout << "\nkey: " << v.publicKey << "\n";
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  const Args a = parse(argc, argv);
  if (!a.ok || a.words.empty() || a.words[0] == "help" || a.options.count("help")) {
    std::cerr << kUsage;
    return a.ok && !a.words.empty() ? kOk : kUsageError;
  }
  if (!startCrypto()) {
    std::cerr << "valor-server: no source of random numbers on this system\n";
    return kFailed;
  }
  if (const char* level = std::getenv("VALOR_LOG_LEVEL"); level && a.options.count("data"))
    startLogging(a.options.at("data"), level);
  else if (a.options.count("data"))
    startLogging(a.options.at("data"), "");
  const std::string& command = a.words[0];
  if (command == "serve") return runServe(a);
  if (command == "init") return runInitOrTenantAdd(a, true);
  if (command == "user") return runUser(a);
  if (command == "tenant") return runTenant(a);
  if (command == "audit") return runAudit(a);
  std::cerr << kUsage;
  return kUsageError;
}
