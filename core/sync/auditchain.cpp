#include "core/sync/auditchain.h"

#include <sodium.h>

#include <optional>

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

void ensureSodium() {
  // Thread-safe and idempotent; fails only when no random source exists at all.
  VALOR_REQUIRE(sodium_init() >= 0, "libsodium could not start");
}

std::string toHex(const unsigned char* bytes, std::size_t n) {
  std::string hex(n * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, n);
  hex.pop_back();
  return hex;
}

std::optional<std::vector<unsigned char>> fromHex(const std::string& hex, std::size_t n) {
  std::vector<unsigned char> bytes(n);
  std::size_t length = 0;
  if (hex.size() != n * 2 ||
      sodium_hex2bin(bytes.data(), n, hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
      length != n)
    return std::nullopt;
  return bytes;
}

Error tampered(const std::string& what) {
  return Error{"audit.tampered", what, {}};
}

Result<AuditEntry> entryFromJson(const Json& j, std::size_t index) {
  const std::string where = "entry " + std::to_string(index + 1);
  auto bad = [&](const std::string& why) { return Error{"audit.invalid", where + ": " + why, {}}; };
  if (!j.is_object()) return bad("not an object");
  AuditEntry e;
  auto text = [&](const char* key, std::string& out) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return false;
    out = it->get<std::string>();
    return true;
  };
  auto seq = j.find("seq");
  auto time = j.find("time_ms");
  if (seq == j.end() || !seq->is_number_integer()) return bad("\"seq\" needs an integer");
  if (time == j.end() || !time->is_number_integer()) return bad("\"time_ms\" needs an integer");
  e.seq = seq->get<std::int64_t>();
  e.timeMs = time->get<std::int64_t>();
  if (!text("actor", e.actor) || !text("address", e.address) || !text("action", e.action) ||
      !text("scenario", e.scenario) || !text("hash", e.hash))
    return bad("actor, address, action, scenario and hash need text");
  auto detail = j.find("detail");
  if (detail == j.end() || !detail->is_object()) return bad("\"detail\" needs an object");
  e.detail = *detail;
  return e;
}

}  // namespace

std::string auditGenesisHash() {
  return std::string(kAuditHashBytes * 2, '0');
}

Json auditEntryToJson(const AuditEntry& entry) {
  Json j;
  j["seq"] = entry.seq;
  j["time_ms"] = entry.timeMs;
  j["actor"] = entry.actor;
  j["address"] = entry.address;
  j["action"] = entry.action;
  j["scenario"] = entry.scenario;
  j["detail"] = entry.detail;
  return j;
}

std::string auditEntryHash(const std::string& previousHash, const AuditEntry& entry) {
  ensureSodium();
  // The canonical bytes: nlohmann's dump of the fields in a fixed order, which reading an
  // export back and dumping it again reproduces exactly (numbers print in their shortest
  // round-trip form). Invalid UTF-8 never reaches here: every entrance checks its text.
  const std::string canonical = auditEntryToJson(entry).dump();
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, kAuditHashBytes);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(previousHash.data()),
                            previousHash.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(canonical.data()),
                            canonical.size());
  unsigned char out[kAuditHashBytes];
  crypto_generichash_final(&state, out, kAuditHashBytes);
  return toHex(out, kAuditHashBytes);
}

std::string auditCheckpointMessage(const std::string& tenant, std::int64_t seq,
                                   const std::string& hash) {
  return std::string(kAuditExportFormat) + "\n" + tenant + "\n" + std::to_string(seq) + "\n" + hash;
}

AuditKeys newAuditKeys() {
  ensureSodium();
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  AuditKeys keys{toHex(pk, sizeof pk), toHex(sk, sizeof sk)};
  sodium_memzero(sk, sizeof sk);
  return keys;
}

Result<std::string> signAuditCheckpoint(const std::string& secretKeyHex,
                                        const std::string& message) {
  ensureSodium();
  auto sk = fromHex(secretKeyHex, crypto_sign_SECRETKEYBYTES);
  if (!sk) return Error{"audit.key", "the server's signing key is damaged", {}};
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                       message.size(), sk->data());
  sodium_memzero(sk->data(), sk->size());
  return toHex(sig, sizeof sig);
}

Json auditExportJson(const std::string& tenant, const std::string& publicKey,
                     const std::vector<AuditEntry>& entries,
                     const std::vector<AuditCheckpoint>& checkpoints) {
  Json out;
  out["format"] = kAuditExportFormat;
  out["tenant"] = tenant;
  out["public_key"] = publicKey;
  Json list = Json::array();
  for (const AuditEntry& e : entries) {
    Json j = auditEntryToJson(e);
    j["hash"] = e.hash;
    list.push_back(std::move(j));
  }
  out["entries"] = std::move(list);
  Json signs = Json::array();
  for (const AuditCheckpoint& c : checkpoints)
    signs.push_back(Json{{"seq", c.seq}, {"hash", c.hash}, {"signature", c.signature}});
  out["checkpoints"] = std::move(signs);
  return out;
}

Result<AuditVerification> verifyAuditChain(const std::string& tenant, const std::string& publicKey,
                                           const std::vector<AuditEntry>& entries,
                                           const std::vector<AuditCheckpoint>& checkpoints,
                                           bool signedHead) {
  ensureSodium();
  auto pk = fromHex(publicKey, crypto_sign_PUBLICKEYBYTES);
  if (!pk) return Error{"audit.invalid", "the public key is not 64 hex digits", {}};
  std::vector<std::string> chain{auditGenesisHash()};
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const AuditEntry& e = entries[i];
    if (e.seq != static_cast<std::int64_t>(i) + 1)
      return tampered("entry " + std::to_string(i + 1) + " is missing or out of order (found " +
                      std::to_string(e.seq) + ")");
    const std::string expected = auditEntryHash(chain.back(), e);
    if (e.hash.size() != expected.size() ||
        sodium_memcmp(expected.data(), e.hash.data(), expected.size()) != 0)
      return tampered("entry " + std::to_string(e.seq) + " does not match its hash");
    chain.push_back(expected);
  }
  std::int64_t lastSigned = 0;
  std::int64_t nextRequired = kAuditCheckpointEvery;
  for (const AuditCheckpoint& c : checkpoints) {
    if (c.seq > nextRequired)
      return tampered("the checkpoint at entry " + std::to_string(nextRequired) + " is missing");
    if (c.seq == nextRequired) nextRequired += kAuditCheckpointEvery;
    const std::string where = "the checkpoint at entry " + std::to_string(c.seq);
    if (c.seq <= lastSigned || c.seq > static_cast<std::int64_t>(entries.size()))
      return tampered(where + " names an entry the log does not have");
    if (c.hash != chain[static_cast<std::size_t>(c.seq)])
      return tampered(where + " does not match the chain");
    auto sig = fromHex(c.signature, crypto_sign_BYTES);
    const std::string message = auditCheckpointMessage(tenant, c.seq, c.hash);
    if (!sig || crypto_sign_verify_detached(sig->data(),
                                            reinterpret_cast<const unsigned char*>(message.data()),
                                            message.size(), pk->data()) != 0)
      return tampered(where + " has no valid signature");
    lastSigned = c.seq;
  }
  const auto count = static_cast<std::int64_t>(entries.size());
  if (nextRequired <= count)
    return tampered("the checkpoint at entry " + std::to_string(nextRequired) + " is missing");
  if (signedHead && lastSigned != count)
    return tampered(entries.empty() ? "the log's head is not signed"
                                    : "entries after " + std::to_string(lastSigned) +
                                          " are not covered by a signed checkpoint");
  return AuditVerification{count, static_cast<std::int64_t>(checkpoints.size()), count - lastSigned,
                           publicKey};
}

Result<AuditVerification> verifyAuditExport(const Json& exported, const std::string& trustedKey) {
  const auto format = exported.is_object() ? exported.find("format") : exported.end();
  if (!exported.is_object() || format == exported.end() || !format->is_string() ||
      format->get<std::string>() != kAuditExportFormat)
    return Error{
        "audit.invalid", std::string("not an audit export (") + kAuditExportFormat + ")", {}};
  const auto tenant = exported.find("tenant");
  const auto key = exported.find("public_key");
  const auto list = exported.find("entries");
  const auto signs = exported.find("checkpoints");
  if (tenant == exported.end() || !tenant->is_string() || key == exported.end() ||
      !key->is_string() || list == exported.end() || !list->is_array() || signs == exported.end() ||
      !signs->is_array())
    return Error{
        "audit.invalid", "an export needs tenant, public_key, entries and checkpoints", {}};
  if (!trustedKey.empty() && key->get<std::string>() != trustedKey)
    return tampered("the export is signed with another key than the one trusted");
  std::vector<AuditEntry> entries;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto e = entryFromJson((*list)[i], i);
    if (!e) return e.error();
    entries.push_back(std::move(e).value());
  }
  std::vector<AuditCheckpoint> checkpoints;
  for (const Json& c : *signs) {
    if (!c.is_object() || !c.contains("seq") || !c["seq"].is_number_integer() ||
        !c.contains("hash") || !c["hash"].is_string() || !c.contains("signature") ||
        !c["signature"].is_string())
      return Error{"audit.invalid", "a checkpoint needs seq, hash and signature", {}};
    checkpoints.push_back(AuditCheckpoint{c["seq"].get<std::int64_t>(),
                                          c["hash"].get<std::string>(),
                                          c["signature"].get<std::string>()});
  }
  return verifyAuditChain(tenant->get<std::string>(), key->get<std::string>(), entries, checkpoints,
                          true);
}

}  // namespace valor
