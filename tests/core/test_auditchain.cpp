// The audit log's hash chain and signed checkpoints (core/sync/auditchain.h). The expected hash
// was computed outside the program, with Python's hashlib.blake2b(digest_size=32) over the
// 64 zeros of the genesis hash followed by the entry's canonical JSON as written below.
// Tampering of every single kind (a changed field, a deleted, inserted or swapped entry, a
// forged checkpoint, another key) must be detected.
#include "core/sync/auditchain.h"
#include "tests/support/checks.h"

#include <string>
#include <vector>

#include <QtTest>

using namespace valor;
using valor::testing::errorText;
using Json = nlohmann::ordered_json;

namespace {

AuditEntry shareEntry() {
  AuditEntry e;
  e.seq = 1;
  e.timeMs = 1767225600000;
  e.actor = "ann@acme.test";
  e.address = "127.0.0.1";
  e.action = "scenario.share";
  e.scenario = "s1";
  e.detail = Json{{"with", "bob@acme.test"}, {"access", "view"}};
  return e;
}

// A chained log of `n` entries with a checkpoint signed at every `every`-th and at the head.
Json exportOf(int n, int every, const AuditKeys& keys) {
  std::vector<AuditEntry> entries;
  std::vector<AuditCheckpoint> checkpoints;
  std::string previous = auditGenesisHash();
  for (int i = 1; i <= n; ++i) {
    AuditEntry e = shareEntry();
    e.seq = i;
    e.timeMs += i * 1000;
    e.detail["n"] = i;
    e.detail["rate"] = 0.1 * i;  // doubles must survive the JSON round trip exactly
    e.hash = auditEntryHash(previous, e);
    previous = e.hash;
    entries.push_back(e);
    if (i % every == 0 || i == n)
      checkpoints.push_back(
          {i, e.hash,
           signAuditCheckpoint(keys.secretKey, auditCheckpointMessage("Acme", i, e.hash)).value()});
  }
  return auditExportJson("Acme", keys.publicKey, entries, checkpoints);
}

// An export written out and read back, as `valor-cli audit verify` reads a file.
Json reread(const Json& j) {
  return Json::parse(j.dump(2));
}

}  // namespace

class TestAuditChain : public QObject {
  Q_OBJECT

 private slots:
  void hashMatchesAnIndependentComputation() {
    QCOMPARE(auditEntryToJson(shareEntry()).dump(),
             std::string("{\"seq\":1,\"time_ms\":1767225600000,\"actor\":\"ann@acme.test\","
                         "\"address\":\"127.0.0.1\",\"action\":\"scenario.share\","
                         "\"scenario\":\"s1\",\"detail\":{\"with\":\"bob@acme.test\","
                         "\"access\":\"view\"}}"));
    QCOMPARE(auditEntryHash(auditGenesisHash(), shareEntry()),
             std::string("319399a0c23a4d84a5834a27797e8791ec5430c56a11e885f54d3a5c44fb5386"));
  }

  void anIntactExportVerifies() {
    const AuditKeys keys = newAuditKeys();
    auto v = verifyAuditExport(reread(exportOf(25, 10, keys)), keys.publicKey);
    QVERIFY2(v.ok(), errorText(v).c_str());
    QCOMPARE(v.value().entries, std::int64_t{25});
    QCOMPARE(v.value().checkpoints, std::int64_t{3});  // at 10, 20 and the head 25
  }

  void everySingleChangeIsDetected() {
    const AuditKeys keys = newAuditKeys();
    const Json good = reread(exportOf(12, 5, keys));
    auto expectTampered = [&](Json bad, const char* what) {
      auto v = verifyAuditExport(bad, keys.publicKey);
      QVERIFY2(!v.ok(), what);
      QCOMPARE(v.error().code, std::string("audit.tampered"));
    };
    for (std::size_t i = 0; i < 12; ++i) {
      Json changed = good;
      changed["entries"][i]["actor"] = "mallory@acme.test";
      expectTampered(changed, "a changed actor");
      changed = good;
      changed["entries"][i]["detail"]["rate"] =
          changed["entries"][i]["detail"]["rate"].get<double>() + 1e-15;
      expectTampered(changed, "a changed number in the detail");
      changed = good;
      changed["entries"].erase(i);
      expectTampered(changed, "a deleted entry");
      if (i + 1 < 12) {
        changed = good;
        std::swap(changed["entries"][i], changed["entries"][i + 1]);
        expectTampered(changed, "two entries swapped");
      }
    }
    Json truncated = good;
    truncated["entries"].erase(11);  // the head's checkpoint now names an entry that is gone
    expectTampered(truncated, "the newest entry removed");
    Json unsignedHead = good;
    unsignedHead["checkpoints"].erase(2);
    expectTampered(unsignedHead, "the head's checkpoint removed");
    Json forged = good;
    std::string sig = forged["checkpoints"][0]["signature"].get<std::string>();
    sig[0] = sig[0] == '0' ? '1' : '0';
    forged["checkpoints"][0]["signature"] = sig;
    expectTampered(forged, "a forged signature");
  }

  // A checkpoint at every hundredth entry: removing one from the middle is seen.
  void everyHundredthEntryIsSigned() {
    const AuditKeys keys = newAuditKeys();
    const Json good = reread(exportOf(250, 100, keys));
    QVERIFY(verifyAuditExport(good, keys.publicKey).ok());
    Json gap = good;
    gap["checkpoints"].erase(0);  // the one at 100
    auto v = verifyAuditExport(gap, keys.publicKey);
    QVERIFY(!v.ok());
    QVERIFY(v.error().message.find("100") != std::string::npos);
    Json sparse = reread(exportOf(250, 125, keys));  // at 125 and 250: none at 100 or 200
    QVERIFY(!verifyAuditExport(sparse, keys.publicKey).ok());
    Json shortHash = good;
    shortHash["entries"][3]["hash"] = "ab";  // shorter than a hash: no read past its end
    QVERIFY(!verifyAuditExport(shortHash, keys.publicKey).ok());
    Json wrongFormat = good;
    wrongFormat["format"] = 1;
    QCOMPARE(verifyAuditExport(wrongFormat).error().code, std::string("audit.invalid"));
  }

  // Someone who rewrites the whole log and signs it with a key of their own is caught by the
  // trusted key; without it the export is consistent, which is why the key is printed.
  void aRewrittenLogNeedsTheServersKey() {
    const AuditKeys server = newAuditKeys();
    const AuditKeys attacker = newAuditKeys();
    const Json rewritten = exportOf(3, 10, attacker);
    QVERIFY(verifyAuditExport(rewritten).ok());
    auto v = verifyAuditExport(rewritten, server.publicKey);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().code, std::string("audit.tampered"));
  }

  void notAnExportIsInvalid() {
    auto v = verifyAuditExport(Json{{"format", "something else"}});
    QVERIFY(!v.ok());
    QCOMPARE(v.error().code, std::string("audit.invalid"));
    Json broken = exportOf(2, 10, newAuditKeys());
    broken["entries"][0]["seq"] = "one";
    v = verifyAuditExport(broken);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().code, std::string("audit.invalid"));
  }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_auditchain.moc"
