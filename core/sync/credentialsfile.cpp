#include "core/sync/credentialsfile.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace valor {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr std::uintmax_t kMaxFileBytes = 64 * 1024;

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

std::string defaultCredentialsPath() {
  if (auto explicitPath = environment("VALOR_SYNC_CREDENTIALS"); !explicitPath.empty())
    return explicitPath;
  std::string config = environment("XDG_CONFIG_HOME");
  if (config.empty()) config = environment("HOME") + "/.config";
  return config + "/valor/sync.json";
}

Result<std::optional<SyncAccount>> readCredentials(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::optional<SyncAccount>();
  if (fs::file_size(path, ec) > kMaxFileBytes || ec)
    return Error{"sync.credentials", "the sign-in file cannot be read", path};
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const Json j = Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  const auto field = [&](const char* key) {
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>()
                                                                  : std::string();
  };
  SyncAccount account{field("server"), field("token"), field("email"), field("ca_file")};
  if (account.server.empty() || account.token.empty())
    return Error{"sync.credentials", "the sign-in file is damaged; sign in again", path};
  return std::optional<SyncAccount>(std::move(account));
}

Status writeCredentials(const std::string& path, const SyncAccount& account) {
  std::error_code ec;
  const fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  const std::string text = Json{{"server", account.server},
                                {"email", account.email},
                                {"token", account.token},
                                {"ca_file", account.caFile}}
                               .dump(2) +
                           "\n";
  const std::string temporary = path + ".tmp";
#ifndef _WIN32
  // Created new and 0600 from the start (never through a link or a file left there), so the
  // token is not readable by others, not even for a moment.
  ::unlink(temporary.c_str());
  const int fd =
      ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return Error{"sync.credentials", "the sign-in file cannot be written", path};
  const bool written = ::fchmod(fd, 0600) == 0 &&
                       ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                       ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    ::unlink(temporary.c_str());
    return Error{"sync.credentials", "the sign-in file cannot be written", path};
  }
#else
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) return Error{"sync.credentials", "the sign-in file cannot be written", path};
  }
#endif
  fs::rename(temporary, target, ec);
  if (ec) return Error{"sync.credentials", "the sign-in file cannot be written", path};
  return std::monostate{};
}

Status removeCredentials(const std::string& path) {
  std::error_code ec;
  fs::remove(path, ec);
  if (ec) return Error{"sync.credentials", "the sign-in file cannot be removed", path};
  return std::monostate{};
}

}  // namespace valor
