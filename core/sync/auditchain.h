#pragma once
// The tenant server's audit log as a hash chain, and its verification. Each entry's hash is
// BLAKE2b-256(the previous hash as 64 hex digits ‖ the entry's canonical JSON), starting from
// 64 zeros, so changing, deleting, inserting or reordering any entry breaks every later link.
// Checkpoints sign (tenant, sequence, hash) with the server's Ed25519 key, so even someone who can
// rewrite the whole table cannot recompute a chain that still matches them. In core, so that
// `valor-cli audit verify` checks an export without the server.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/result.h"

namespace valor {

struct AuditEntry {
  std::int64_t seq = 0;  // 1, 2, … within the tenant
  std::int64_t timeMs = 0;
  std::string actor;     // the user's e-mail, or "valor-server" for an admin command
  std::string address;   // where the request came from
  std::string action;    // "scenario.push", "user.login", "scenario.share", …
  std::string scenario;  // the scenario's ID, or empty
  nlohmann::ordered_json detail = nlohmann::ordered_json::object();
  std::string hash;  // hex, this entry's link
};

struct AuditCheckpoint {
  std::int64_t seq = 0;
  std::string hash;       // the chain's hash after entry `seq`
  std::string signature;  // hex Ed25519 over auditCheckpointMessage
};

inline constexpr const char* kAuditExportFormat = "valor.audit/1";
// A log has a signed checkpoint at every multiple of this, so removing checkpoints is seen.
inline constexpr std::int64_t kAuditCheckpointEvery = 100;
inline constexpr int kAuditHashBytes = 32;

// The 64 hex digits before entry 1.
std::string auditGenesisHash();
nlohmann::ordered_json auditEntryToJson(const AuditEntry& entry);  // without the hash
std::string auditEntryHash(const std::string& previousHash, const AuditEntry& entry);
std::string auditCheckpointMessage(const std::string& tenant, std::int64_t seq,
                                   const std::string& hash);

struct AuditKeys {
  std::string publicKey;  // hex
  std::string secretKey;  // hex; kept in the server's data directory only
};
AuditKeys newAuditKeys();
Result<std::string> signAuditCheckpoint(const std::string& secretKeyHex,
                                        const std::string& message);

// An export: {"format", "tenant", "public_key", "entries": [… with "hash"], "checkpoints": […]}.
nlohmann::ordered_json auditExportJson(const std::string& tenant, const std::string& publicKey,
                                       const std::vector<AuditEntry>& entries,
                                       const std::vector<AuditCheckpoint>& checkpoints);

struct AuditVerification {
  std::int64_t entries = 0;
  std::int64_t checkpoints = 0;
  std::int64_t unsignedTail = 0;  // entries after the last checkpoint (a store's newest)
  std::string publicKey;
};

// Every link, the sequence without gaps from 1, every checkpoint's signature, and a checkpoint at
// every multiple of kAuditCheckpointEvery. (Cutting an export back to one of its checkpoints
// cannot be seen in the file alone: compare its length with an earlier export's.) Fails with
// "audit.tampered" naming the first entry or checkpoint that does not match, or
// "audit.invalid" for a file that is not an export. An export must be signed up to its last
// entry (the server signs the head when it exports). With `trustedKey` (hex), an export signed
// with another key fails too.
Result<AuditVerification> verifyAuditExport(const nlohmann::ordered_json& exported,
                                            const std::string& trustedKey = {});
// The same on entries and checkpoints as read; a store's newest entries may lie after its last
// checkpoint (`signedHead` false), which the result counts.
Result<AuditVerification> verifyAuditChain(const std::string& tenant, const std::string& publicKey,
                                           const std::vector<AuditEntry>& entries,
                                           const std::vector<AuditCheckpoint>& checkpoints,
                                           bool signedHead);

}  // namespace valor
