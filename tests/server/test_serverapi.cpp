// The tenant server's API in-process (app/server/api.h): sign-in and throttling, the isolation
// matrix (every route × every role × own and foreign tenant × no sign-in), exactly-once push,
// last-writer-wins with the overwritten field reported, refused mutations, uploads, and the
// audit chain in the store detecting each kind of tampering. Expected statuses come from the
// rules in docs/sync-protocol.md, written out per cell below.
#include "core/model/flatjson.h"
#include "tests/server/serverfixture.h"
#include "tests/support/checks.h"

#include <map>
#include <string>
#include <variant>
#include <vector>

#include <QtTest>

using namespace valor;
using namespace valor::server;
using valor::testing::Json;
using valor::testing::ServerFixture;

namespace {

// The text of the fixture scenario with fixed IDs (tests/data/sample_full.valor.json).
std::string fixedIdScenario() {
  return readTextFile(std::string(VALOR_TEST_DATA_DIR) + "/sample_full.valor.json", 1 << 20)
      .value();
}

}  // namespace

class TestServerApi : public QObject {
  Q_OBJECT

 private slots:
  void signInLogoutAndThrottling() {
    ServerFixture f;
    f.user("Acme", "ann@acme.test", Role::Owner);
    auto r = f.call("POST", "/v1/login", {},
                    Json{{"email", "ann@acme.test"}, {"password", testing::kPassword}}.dump());
    QCOMPARE(r.status, 200);
    const std::string token = f.json(r)["token"].get<std::string>();
    QVERIFY(token.rfind("vs_", 0) == 0);
    QCOMPARE(f.json(f.call("GET", "/v1/me", token))["role"].get<std::string>(),
             std::string("owner"));
    QCOMPARE(f.call("POST", "/v1/logout", token).status, 204);
    QCOMPARE(f.call("GET", "/v1/me", token).status, 401);  // revoked at once
    // A wrong password and an unknown account get the same answer.
    auto wrong = f.call("POST", "/v1/login", {},
                        Json{{"email", "ann@acme.test"}, {"password", "not the password"}}.dump());
    auto unknown =
        f.call("POST", "/v1/login", {},
               Json{{"email", "nobody@acme.test"}, {"password", "not the password"}}.dump());
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.body, unknown.body);
    // Per account: 5 attempts at once (one used above by the sign-in, one by the wrong
    // password), then 429 with the wait in Retry-After; one more after a minute.
    for (int i = 0; i < 3; ++i)
      QCOMPARE(
          f.call("POST", "/v1/login", {},
                 Json{{"email", "ann@acme.test"}, {"password", "guess guess " + std::to_string(i)}}
                     .dump())
              .status,
          401);
    auto throttled =
        f.call("POST", "/v1/login", {},
               Json{{"email", "ann@acme.test"}, {"password", testing::kPassword}}.dump());
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers["Retry-After"], std::string("60"));
    f.now += 60'000;
    QCOMPARE(f.call("POST", "/v1/login", {},
                    Json{{"email", "ann@acme.test"}, {"password", testing::kPassword}}.dump())
                 .status,
             200);
    // A disabled account cannot sign in, and its sessions stop working.
    const std::string session = f.token(f.user("Acme", "bob@acme.test", Role::Editor));
    QCOMPARE(f.call("GET", "/v1/me", session).status, 200);
    QVERIFY(f.store().setDisabled(f.tenant("Acme"), "bob@acme.test", true, "test").ok());
    QCOMPARE(f.call("GET", "/v1/me", session).status, 401);
    // Expired sessions end.
    f.now += 31LL * 24 * 3600 * 1000;
    QCOMPARE(f.call("GET", "/v1/me",
                    f.json(f.call("POST", "/v1/login", {},
                                  Json{{"email", "ann@acme.test"}, {"password", testing::kPassword}}
                                      .dump()))["token"]
                        .get<std::string>())
                 .status,
             200);
  }

  // A password an admin handed out works for one thing only: choosing one's own.
  void handedOutPasswordMustBeChanged() {
    ServerFixture f;
    auto added = f.store().addUser(f.tenant("Acme"), "cy@acme.test", Role::Editor,
                                   hashPassword("handed-out-pass").value(), true, "test");
    QVERIFY(added.ok());
    const std::string other = f.token(added.value());
    auto signIn = [&](const std::string& password) {
      return f.call("POST", "/v1/login", {},
                    Json{{"email", "cy@acme.test"}, {"password", password}}.dump());
    };
    auto r = signIn("handed-out-pass");
    QCOMPARE(r.status, 200);
    QVERIFY(f.json(r)["user"]["must_change_password"].get<bool>());
    const std::string token = f.json(r)["token"].get<std::string>();
    auto blocked = f.call("GET", "/v1/scenarios", token);
    QCOMPARE(blocked.status, 403);
    QCOMPARE(f.json(blocked)["error"]["code"].get<std::string>(),
             std::string("password.change_required"));
    QCOMPARE(f.call("GET", "/v1/me", token).status, 200);
    QVERIFY(std::holds_alternative<ApiResponse>(f.api().admitEvents("Bearer " + token)));
    auto change = [&](const std::string& current, const std::string& next) {
      return f.call("POST", "/v1/password", token, Json{{"current", current}, {"new", next}}.dump())
          .status;
    };
    QCOMPARE(change("wrong", "a long new password"), 403);
    QCOMPARE(change("handed-out-pass", "short"), 400);  // fewer than 12 characters
    QCOMPARE(change("handed-out-pass", "a long new password"), 204);
    QCOMPARE(f.call("GET", "/v1/scenarios", token).status, 200);  // this session goes on
    QCOMPARE(f.call("GET", "/v1/me", other).status, 401);         // every other one ended
    QCOMPARE(signIn("handed-out-pass").status, 401);
    f.now += 60'000;  // password checks share the account's 5 attempts with sign-ins
    QCOMPARE(signIn("a long new password").status, 200);
  }

  // An API token reads and writes as its scope says, but cannot make or revoke tokens: a
  // leaked token cannot outlive itself.
  void apiTokensCannotMakeTokens() {
    ServerFixture f;
    const std::string session = f.token(f.user("Acme", "ann@acme.test", Role::Editor));
    auto made = f.call("POST", "/v1/tokens", session,
                       Json{{"label", "nightly"}, {"scope", "write"}}.dump());
    QCOMPARE(made.status, 201);
    const std::string script = f.json(made)["token"].get<std::string>();
    QVERIFY(script.rfind("vt_", 0) == 0);
    QCOMPARE(f.call("GET", "/v1/scenarios", script).status, 200);
    QCOMPARE(f.call("POST", "/v1/scenarios", script, ServerFixture::templateText()).status, 201);
    QCOMPARE(f.call("POST", "/v1/tokens", script, Json{{"label", "more"}, {"scope", "read"}}.dump())
                 .status,
             403);
    QCOMPARE(f.call("DELETE", "/v1/tokens/1", script).status, 403);
    QCOMPARE(f.call("GET", "/v1/tokens", script).status, 200);
    QCOMPARE(
        f.call("DELETE", "/v1/tokens/" + std::to_string(f.json(made)["id"].get<int>()), session)
            .status,
        204);
    QCOMPARE(f.call("GET", "/v1/scenarios", script).status, 401);
    // A label is text of the label's rule (no control characters), as everywhere.
    QCOMPARE(
        f.call("POST", "/v1/tokens", session, R"({"label": "bad\u0007", "scope": "read"})").status,
        400);
  }

  void isolationMatrix() {
    ServerFixture f;
    const User ownerA = f.user("A", "owner@a.test", Role::Owner);
    const User adminA = f.user("A", "admin@a.test", Role::Admin);
    const User editorA = f.user("A", "editor@a.test", Role::Editor);
    const User viewShareA = f.user("A", "viewshare@a.test", Role::Editor);
    const User editShareA = f.user("A", "editshare@a.test", Role::Editor);
    const User viewerA = f.user("A", "viewer@a.test", Role::Viewer);
    const User viewerEditShareA = f.user("A", "viewer2@a.test", Role::Viewer);
    const User ownerB = f.user("B", "owner@b.test", Role::Owner);
    const User editorB = f.user("B", "editor@b.test", Role::Editor);
    const std::string editorToken = f.token(editorA);
    const std::string scenario = f.upload(editorToken);
    const std::int64_t a = f.tenant("A");
    for (const auto& [u, access] : {std::pair{viewShareA, "view"}, std::pair{editShareA, "edit"},
                                    std::pair{viewerEditShareA, "edit"}})
      QCOMPARE(f.call("PUT", "/v1/scenarios/" + scenario + "/shares/" + u.email, editorToken,
                      Json{{"access", access}}.dump())
                   .status,
               200);

    struct Row {
      const char* who;
      std::string token;
      // GET scenario, pull, push, shares, PUT share, audit, upload, presence; and whether the
      // list has it
      std::vector<int> expected;
      bool listed;
    };
    const std::vector<Row> rows = {
        {"A owner", f.token(ownerA), {200, 200, 200, 200, 200, 200, 201, 200}, true},
        {"A admin", f.token(adminA), {200, 200, 200, 200, 200, 200, 201, 200}, true},
        {"A editor, the scenario's owner",
         editorToken,
         {200, 200, 200, 200, 200, 403, 201, 200},
         true},
        {"A editor, shared to view",
         f.token(viewShareA),
         {200, 200, 403, 200, 403, 403, 201, 200},
         true},
        {"A editor, shared to edit",
         f.token(editShareA),
         {200, 200, 200, 200, 403, 403, 201, 200},
         true},
        {"A viewer, not shared", f.token(viewerA), {404, 404, 404, 404, 404, 403, 403, 404}, false},
        {"A viewer, shared to edit",
         f.token(viewerEditShareA),
         {200, 200, 403, 200, 403, 403, 403, 200},
         true},
        {"A owner's read-only token",
         f.token(ownerA, "read"),
         {200, 200, 403, 200, 403, 200, 403, 200},
         true},
        {"B owner", f.token(ownerB), {404, 404, 404, 404, 404, 200, 201, 404}, false},
        {"B editor", f.token(editorB), {404, 404, 404, 404, 404, 403, 201, 404}, false},
        {"not signed in", "", {401, 401, 401, 401, 401, 401, 401, 401}, false},
        {"a forged token",
         "vs_" + std::string(43, 'A'),
         {401, 401, 401, 401, 401, 401, 401, 401},
         false},
    };
    const std::string base = "/v1/scenarios/" + scenario;
    int seq = 0;
    for (const Row& row : rows) {
      const std::string client = "matrix-" + std::to_string(++seq);
      const std::vector<int> got = {
          f.call("GET", base, row.token).status,
          f.call("GET", base + "/pull?since=0", row.token).status,
          f.call("POST", base + "/push", row.token,
                 f.growthPush(a, scenario, 0.02, client, 1).dump())
              .status,
          f.call("GET", base + "/shares", row.token).status,
          f.call("PUT", base + "/shares/viewshare@a.test", row.token,
                 Json{{"access", "view"}}.dump())
              .status,
          f.call("GET", "/v1/audit", row.token).status,
          f.call("POST", "/v1/scenarios", row.token, ServerFixture::templateText()).status,
          f.call("PUT", base + "/presence", row.token).status,
      };
      QVERIFY2(got == row.expected, (std::string(row.who) + ": got " + Json(got).dump() +
                                     ", expected " + Json(row.expected).dump())
                                        .c_str());
      auto list = f.call("GET", "/v1/scenarios", row.token);
      const bool listed = list.status == 200 && list.body.find(scenario) != std::string::npos;
      QVERIFY2(listed == row.listed, row.who);
    }
    // A foreign scenario and one that does not exist answer alike, byte for byte.
    const std::string foreign = f.token(ownerB);
    const std::string missing = "/v1/scenarios/00000000-0000-4000-8000-000000000000";
    for (const char* suffix : {"", "/pull?since=0", "/shares"})
      QCOMPARE(f.call("GET", base + suffix, foreign).body,
               f.call("GET", missing + suffix, foreign).body);
    // Tenant B's audit log holds nothing of tenant A.
    const std::string audit = f.call("GET", "/v1/audit", foreign).body;
    QVERIFY(audit.find(scenario) == std::string::npos);
    QVERIFY(audit.find("a.test") == std::string::npos);
    // The same scenario ID in both tenants: allowed, and each sees its own.
    const std::string fixed = fixedIdScenario();
    QCOMPARE(f.call("POST", "/v1/scenarios", editorToken, fixed).status, 201);
    QCOMPARE(f.call("POST", "/v1/scenarios", f.token(editorB), fixed).status, 201);
    QCOMPARE(f.call("POST", "/v1/scenarios", editorToken, fixed).status, 409);
  }

  void pushIsAppliedExactlyOnce() {
    ServerFixture f;
    const User ann = f.user("Acme", "ann@acme.test", Role::Editor);
    const std::string token = f.token(ann);
    const std::string id = f.upload(token);
    const std::int64_t t = f.tenant("Acme");
    const std::string target = "/v1/scenarios/" + id + "/push";
    const Json push = f.growthPush(t, id, 0.021, "laptop-1", 1);
    auto first = f.json(f.call("POST", target, token, push.dump()));
    QCOMPARE(first["results"][0]["status"].get<std::string>(), std::string("applied"));
    QCOMPARE(first["results"][0]["revision"].get<int>(), 2);
    // The answer was lost; the client sends the same push again: the same answer, no new revision.
    auto again = f.json(f.call("POST", target, token, push.dump()));
    QCOMPARE(again["results"][0]["revision"].get<int>(), 2);
    QVERIFY(again["results"][0]["repeated"].get<bool>());
    QCOMPARE(f.store().document(t, id).value().second, std::int64_t{2});
    // A gap in the sequence is answered with the number the server waits for.
    auto gap =
        f.json(f.call("POST", target, token, f.growthPush(t, id, 0.022, "laptop-1", 3).dump()));
    QCOMPARE(gap["results"][0]["status"].get<std::string>(), std::string("out_of_order"));
    QCOMPARE(gap["results"][0]["expected_seq"].get<int>(), 2);
    // Another client of the same user counts on its own.
    auto other =
        f.json(f.call("POST", target, token, f.growthPush(t, id, 0.023, "desktop-2", 1).dump()));
    QCOMPARE(other["results"][0]["revision"].get<int>(), 3);
    // The log has each mutation once, with its client and sequence.
    auto pulled = f.json(f.call("GET", "/v1/scenarios/" + id + "/pull?since=1", token));
    QCOMPARE(pulled["mutations"].size(), std::size_t{2});
    QCOMPARE(pulled["mutations"][0]["client_id"].get<std::string>(), std::string("laptop-1"));
    QCOMPARE(pulled["mutations"][1]["author"].get<std::string>(), std::string("ann@acme.test"));
    QCOMPARE(pulled["revision"].get<int>(), 3);
  }

  void concurrentEditsAreLastWriterWins() {
    ServerFixture f;
    const User ann = f.user("Acme", "ann@acme.test", Role::Owner);
    const User bob = f.user("Acme", "bob@acme.test", Role::Editor);
    const std::string annToken = f.token(ann);
    const std::string bobToken = f.token(bob);
    const std::string id = f.upload(annToken);
    const std::int64_t t = f.tenant("Acme");
    QCOMPARE(f.call("PUT", "/v1/scenarios/" + id + "/shares/bob@acme.test", annToken,
                    Json{{"access", "edit"}}.dump())
                 .status,
             200);
    // Both edit the growth on revision 1 (0.025 in the template); Ann's push lands first.
    const Json annPush = f.growthPush(t, id, 0.03, "ann-1", 1);
    const Json bobPush = f.growthPush(t, id, 0.02, "bob-1", 1);
    QCOMPARE(f.json(f.call("POST", "/v1/scenarios/" + id + "/push", annToken,
                           annPush.dump()))["results"][0]["revision"]
                 .get<int>(),
             2);
    auto bobResult =
        f.json(f.call("POST", "/v1/scenarios/" + id + "/push", bobToken, bobPush.dump()));
    QCOMPARE(bobResult["results"][0]["status"].get<std::string>(), std::string("applied"));
    QCOMPARE(bobResult["results"][0]["overwrote"][0].get<std::string>(),
             std::string("dcf.terminal_value.growth"));
    // The server's order wins: Bob's value, and his op records Ann's as what it replaced.
    auto pulled = f.json(f.call("GET", "/v1/scenarios/" + id + "/pull?since=2", annToken));
    const Json& op = pulled["mutations"][0]["mutation"]["ops"][0];
    QCOMPARE(op["value"].get<double>(), 0.02);
    QCOMPARE(op["previous"].get<double>(), 0.03);
    // The audit log has both, before → after, and Bob's as overwriting.
    auto audit = f.json(f.call("GET", "/v1/audit?scenario=" + id, annToken));
    const Json& last = audit["entries"].back();
    QCOMPARE(last["action"].get<std::string>(), std::string("scenario.push"));
    QCOMPARE(last["actor"].get<std::string>(), std::string("bob@acme.test"));
    QCOMPARE(last["detail"]["changes"][0]["before"].get<double>(), 0.03);
    QCOMPARE(last["detail"]["changes"][0]["after"].get<double>(), 0.02);
    QCOMPARE(last["detail"]["overwrote"][0].get<std::string>(),
             std::string("dcf.terminal_value.growth"));
    // Bob's answer was lost; his retry gets it again, the overwritten field included.
    auto retried =
        f.json(f.call("POST", "/v1/scenarios/" + id + "/push", bobToken, bobPush.dump()));
    QVERIFY(retried["results"][0]["repeated"].get<bool>());
    QCOMPARE(retried["results"][0]["overwrote"][0].get<std::string>(),
             std::string("dcf.terminal_value.growth"));
  }

  // Who has a scenario open: set and renewed per session, seen by those who may see the
  // scenario (as "presence" events too), gone when not renewed within a minute.
  void presenceIsSharedWithThoseWhoMaySee() {
    ServerFixture f;
    const User ann = f.user("Acme", "ann@acme.test", Role::Owner);
    const User bob = f.user("Acme", "bob@acme.test", Role::Editor);
    const User cy = f.user("Acme", "cy@acme.test", Role::Editor);
    const std::string annToken = f.token(ann);
    const std::string id = f.upload(annToken);
    QCOMPARE(f.call("PUT", "/v1/scenarios/" + id + "/shares/bob@acme.test", annToken,
                    Json{{"access", "view"}}.dump())
                 .status,
             200);
    std::vector<std::string> bobEvents, cyEvents;
    f.hub().subscribe(bob, [&](const std::string& e) { bobEvents.push_back(e); });
    f.hub().subscribe(cy, [&](const std::string& e) { cyEvents.push_back(e); });
    auto open = f.call("PUT", "/v1/scenarios/" + id + "/presence", annToken);
    QCOMPARE(open.status, 200);
    QCOMPARE(f.json(open)["users"], Json::array({"ann@acme.test"}));
    QCOMPARE(bobEvents.size(), std::size_t{1});
    QVERIFY(bobEvents[0].find("event: presence") == 0);
    QVERIFY(bobEvents[0].find("ann@acme.test") != std::string::npos);
    QVERIFY(cyEvents.empty());  // Cy may not see the scenario
    QCOMPARE(f.call("PUT", "/v1/scenarios/" + id + "/presence", f.token(cy)).status, 404);
    // Renewing changes nothing visible; a minute without renewal ends it.
    f.now += 30'000;
    QCOMPARE(f.call("PUT", "/v1/scenarios/" + id + "/presence", annToken).status, 200);
    QCOMPARE(bobEvents.size(), std::size_t{1});
    f.now += 61'000;
    f.hub().sweep();
    QCOMPARE(bobEvents.size(), std::size_t{2});
    QVERIFY(bobEvents[1].find("\"users\":[]") != std::string::npos);
    QCOMPARE(f.json(f.call("GET", "/v1/scenarios/" + id + "/presence", annToken))["users"],
             Json::array());
  }

  void refusedMutationsAndUploads() {
    ServerFixture f;
    const std::string token = f.token(f.user("Acme", "ann@acme.test", Role::Editor));
    const std::string id = f.upload(token);
    const std::int64_t t = f.tenant("Acme");
    // A mutation on an entity that does not exist is refused with the reason; the refusal is
    // recorded so a retry gets the same answer, and the sequence moves on.
    Json bad = f.growthPush(t, id, 0.02, "c", 1);
    bad["mutations"][0]["mutation"]["ops"][0]["entity"] = "00000000-0000-4000-8000-000000000001";
    auto refused = f.json(f.call("POST", "/v1/scenarios/" + id + "/push", token, bad.dump()));
    QCOMPARE(refused["results"][0]["status"].get<std::string>(), std::string("rejected"));
    QVERIFY(refused["results"][0]["reason"].get<std::string>().find("deleted") !=
            std::string::npos);
    QVERIFY(f.json(f.call("POST", "/v1/scenarios/" + id + "/push", token,
                          bad.dump()))["results"][0]["repeated"]
                .get<bool>());
    QCOMPARE(f.json(f.call("POST", "/v1/scenarios/" + id + "/push", token,
                           f.growthPush(t, id, 0.02, "c", 2).dump()))["results"][0]["revision"]
                 .get<int>(),
             2);
    // Text for a year's value, then the entity deleted, in one mutation: refused whole, and
    // the server goes on answering pushes.
    Json yearText = f.growthPush(t, id, 0.02, "c", 3);
    Json& setOp = yearText["mutations"][0]["mutation"]["ops"][0];
    setOp["field"] = "ebit_margin.values";
    setOp["year"] = 2030;
    setOp["value"] = "a";
    setOp.erase("previous");
    const ScenarioDocument stored = f.store().document(t, id).value().first;
    const Entity* dcf = stored.find(*Id::parse(setOp["entity"].get<std::string>()));
    QVERIFY(dcf != nullptr);
    const Json deleteDcf{
        {"op", "delete"}, {"entity", setOp["entity"]}, {"snapshot", entityToFlatJson(*dcf)}};
    yearText["mutations"][0]["mutation"]["ops"].push_back(deleteDcf);
    auto mixed = f.json(f.call("POST", "/v1/scenarios/" + id + "/push", token, yearText.dump()));
    QCOMPARE(mixed["results"][0]["status"].get<std::string>(), std::string("rejected"));
    // A value the field cannot hold (text in a number) is refused, never half-applied.
    Json wrongType = f.growthPush(t, id, 0.02, "c", 4);
    wrongType["mutations"][0]["mutation"]["ops"][0]["value"] = "lots";
    auto typed = f.json(f.call("POST", "/v1/scenarios/" + id + "/push", token, wrongType.dump()));
    QCOMPARE(typed["results"][0]["status"].get<std::string>(), std::string("rejected"));
    QCOMPARE(f.store().document(t, id).value().second, std::int64_t{2});
    // Bodies that are not what the route takes: 400 with the reason.
    QCOMPARE(f.call("POST", "/v1/scenarios/" + id + "/push", token, "{").status, 400);
    QCOMPARE(f.call("POST", "/v1/scenarios/" + id + "/push", token, std::string(100, '[')).status,
             400);
    QCOMPARE(f.call("POST", "/v1/scenarios/" + id + "/push", token,
                    R"({"client_id":"x y","mutations":[]})")
                 .status,
             400);
    QCOMPARE(f.call("GET", "/v1/scenarios/" + id + "/pull?since=-1", token).status, 400);
    QCOMPARE(f.call("GET", "/v1/scenarios/%zz", token).status, 400);
    QCOMPARE(f.call("DELETE", "/v1/scenarios", token).status, 405);
    // An upload that is not a scenario, and one that cannot be valued.
    QCOMPARE(f.call("POST", "/v1/scenarios", token, R"({"schema":"valor.scenario/1","nonsense":1})")
                 .status,
             400);
    auto invalid = f.call(
        "POST", "/v1/scenarios", token,
        readTextFile(std::string(VALOR_TEST_DATA_DIR) + "/invalid_growth.valor.json", 1 << 20)
            .value());
    QCOMPARE(invalid.status, 422);
    QVERIFY(invalid.body.find("\"issues\"") != std::string::npos);
  }

  // What server processes on one database tell each other: read back as written, and
  // anything else refused (wrong types, missing fields, unknown kinds, not JSON; a gap is only
  // ever noticed by the receiver, never announced).
  void remoteEventsReadBackOrAreRefused() {
    using server::RemoteEvent;
    const RemoteEvent revision{RemoteEvent::Kind::Revision, 3, "s-1", 42, 0, {}};
    const RemoteEvent presence{RemoteEvent::Kind::Presence, 3, "s-1", 0, 17, "ann@acme.test"};
    const RemoteEvent absence{RemoteEvent::Kind::Absence, 3, "s-1", 0, 17, {}};
    for (const RemoteEvent& e : {revision, presence, absence}) {
      auto back = server::remoteEventFromText(server::remoteEventText(e));
      QVERIFY(back.has_value());
      QVERIFY(back->kind == e.kind);
      QCOMPARE(back->tenant, e.tenant);
      QCOMPARE(back->scenario, e.scenario);
      QCOMPARE(back->revision, e.revision);
      QCOMPARE(back->tokenId, e.tokenId);
      QCOMPARE(back->email, e.email);
    }
    for (const char* hostile :
         {"", "not json", "[]", R"({"kind":"revision","tenant":3,"scenario":"s"})",
          R"({"kind":"revision","tenant":"3","scenario":"s","revision":1})",
          R"({"kind":"presence","tenant":3,"scenario":"s","token":1})",
          R"({"kind":"absence","tenant":3,"scenario":"s","token":1.5})",
          R"({"kind":"other","tenant":3,"scenario":"s","token":1,"email":"a@b"})",
          R"({"kind":"gap","tenant":3,"scenario":"s","token":1,"email":"a@b"})",
          R"({"kind":"revision","tenant":3,"scenario":7,"revision":1})"})
      QVERIFY2(!server::remoteEventFromText(hostile).has_value(), hostile);
  }

  // A server file in another format (here the development layout 1) is refused with both
  // formats named, before anything reads or writes it.
  void aServerFileOfAnotherFormatIsRefused() {
    QTemporaryDir dir;
    const std::string data = dir.path().toStdString();
    {
      auto db = sql::Database::open(data + "/server.db", sql::Database::Mode::ReadWriteCreate);
      QVERIFY(db.ok());
      QVERIFY(db.value()
                  .execute("CREATE TABLE tenants(id INTEGER PRIMARY KEY); "
                           "PRAGMA application_id = 1447119955; PRAGMA user_version = 1")
                  .ok());
    }
    auto opened = server::Store::open({data, ""}, [] { return std::int64_t{0}; });
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, std::string("server.version"));
    QVERIFY2(opened.error().message.find("format 1") != std::string::npos &&
                 opened.error().message.find("format 2") != std::string::npos,
             opened.error().message.c_str());
  }

  void auditChainDetectsTamperingInTheStore() {
    ServerFixture f;
    const User ann = f.user("Acme", "ann@acme.test", Role::Owner);
    const std::string token = f.token(ann);
    const std::string id = f.upload(token);
    const std::int64_t t = f.tenant("Acme");
    for (int i = 1; i <= 5; ++i)
      f.call("POST", "/v1/scenarios/" + id + "/push", token,
             f.growthPush(t, id, 0.01 * i, "c", i).dump());
    auto intact = f.store().verifyAudit(t);
    QVERIFY2(intact.ok(), testing::errorText(intact).c_str());
    const std::int64_t entries = intact.value().entries;  // tenant, user, upload, 5 pushes
    QCOMPARE(entries, std::int64_t{8});
    auto tamper = [&](const std::string& change, const std::string& undo, const char* what) {
      f.tamper(t, change);
      auto v = f.store().verifyAudit(t);
      QVERIFY2(!v.ok() && v.error().code == "audit.tampered", what);
      f.tamper(t, undo);
      QVERIFY(f.store().verifyAudit(t).ok());
    };
    for (int seq = 1; seq <= entries; ++seq) {
      const std::string row =
          " WHERE tenant_id = " + std::to_string(t) + " AND seq = " + std::to_string(seq);
      tamper("UPDATE audit SET actor = actor || 'x'" + row,
             "UPDATE audit SET actor = substr(actor, 1, length(actor) - 1)" + row,
             "a changed actor");
      tamper("UPDATE audit SET time_ms = time_ms + 1" + row,
             "UPDATE audit SET time_ms = time_ms - 1" + row, "a changed time");
      tamper("CREATE TABLE kept AS SELECT * FROM audit" + row + "; DELETE FROM audit" + row,
             "INSERT INTO audit SELECT * FROM kept; DROP TABLE kept", "a deleted row");
      if (seq < entries)
        tamper("UPDATE audit SET seq = -seq" + row + "; UPDATE audit SET seq = " +
                   std::to_string(seq) + " WHERE seq = " + std::to_string(seq + 1) +
                   "; UPDATE audit SET seq = " + std::to_string(seq + 1) + " WHERE seq = -" +
                   std::to_string(seq),
               "UPDATE audit SET seq = -seq" + row + "; UPDATE audit SET seq = " +
                   std::to_string(seq) + " WHERE seq = " + std::to_string(seq + 1) +
                   "; UPDATE audit SET seq = " + std::to_string(seq + 1) + " WHERE seq = -" +
                   std::to_string(seq),
               "two rows swapped");
    }
    // The export verifies on its own, signed to its head, with the server's key.
    auto exported = f.store().exportAudit(t);
    QVERIFY(exported.ok());
    auto v = verifyAuditExport(Json::parse(exported.value().dump()),
                               exported.value()["public_key"].get<std::string>());
    QVERIFY2(v.ok(), testing::errorText(v).c_str());
    QCOMPARE(v.value().entries, entries);
  }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "test_serverapi.moc"
