// valor-cli audit verify: checks an audit export of the tenant server (GET /v1/audit?format=export
// or `valor-server tenant export`) without the server: every hash link, the sequence, and every
// signed checkpoint, optionally against the server's published key.
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/model/jsontext.h"
#include "core/model/scenariojson.h"
#include "core/sync/auditchain.h"

namespace valor::cli {
namespace {

constexpr const char* kHelp =
    "usage: valor-cli audit verify EXPORT.json [--key PUBLIC_KEY]\n"
    "Checks that no entry of an audit export was changed, removed, added or reordered, and\n"
    "that its signed checkpoints are the server's. With --key (printed by `valor-server audit\n"
    "verify`), an export signed with any other key fails. A tenant export (its \"audit\" part)\n"
    "is read as well. Exit 0 intact, 1 tampered, 2 unreadable.\n";

// An audit export is read whole: up to 1 GiB of text and 200 million values.
constexpr std::size_t kMaxExportBytes = std::size_t{1} << 30;

}  // namespace

int runAudit(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"key"}, {}, io);
  if (!o.ok || o.positional.size() != 2 || o.positional[0] != "verify") {
    io.err << kHelp;
    return kBadInput;
  }
  const std::string& path = o.positional[1];
  auto text = readTextFile(path, kMaxExportBytes);
  if (!text) {
    io.err << "valor-cli: " << path << ": " << text.error().message << "\n";
    return kBadInput;
  }
  JsonReadLimits limits;
  limits.maxBytes = kMaxExportBytes;
  limits.maxValues = 200'000'000;
  auto json = readJsonText(text.value(), limits);
  if (!json) {
    io.err << "valor-cli: " << path << ": " << json.error().message << "\n";
    return kBadInput;
  }
  const auto& j = json.value();
  const auto& exported = j.is_object() && j.contains("audit") ? j["audit"] : j;
  auto verified = verifyAuditExport(exported, o.has("key") ? o.value("key") : std::string());
  if (!verified) {
    io.err << "valor-cli: " << path << ": " << verified.error().message << "\n";
    return verified.error().code == "audit.tampered" ? kValidationIssues : kBadInput;
  }
  io.out << path << ": " << verified.value().entries << " entries intact, "
         << verified.value().checkpoints
         << " signed checkpoints\nkey: " << verified.value().publicKey << "\n";
  return kOk;
}

}  // namespace valor::cli
