// valor-server as a real process on 127.0.0.1: the admin commands, sign-in and the protocol
// over HTTP, the event stream's pokes and heartbeats, hostile HTTP (malformed, oversized,
// slow), metrics, and a graceful stop on SIGTERM.
#include "core/model/flatjson.h"
#include "core/ops/mutationjson.h"
#include "tests/server/httpclient.h"
#include "tests/server/protocolhelpers.h"
#include "tests/server/serverprocess.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <string>

#include <QTemporaryDir>
#include <QtTest>

using namespace valor::testing;
using Json = nlohmann::ordered_json;

namespace {

// Sends raw bytes on a new connection and returns what comes back before the server closes it
// (or 5 s pass).
std::string rawExchange(const std::string& base, const std::string& bytes) {
  const int port = std::stoi(base.substr(base.rfind(':') + 1));
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return {};
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
    out.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  return out;
}

struct Server {
  QTemporaryDir dir;
  std::string data = dir.path().toStdString() + "/data";
  std::string annPassword;
};

}  // namespace

class TestServerProcess : public QObject {
  Q_OBJECT

  Server s_;
  std::string scenarioText_;

 private slots:
  void initTestCase() {
    const std::string out = runServerCommand(
        {"init", "--data", s_.data, "--tenant", "Acme", "--owner", "ann@acme.test"});
    s_.annPassword = printedPassword(out);
    QCOMPARE(s_.annPassword.size(), std::size_t{27});
    QProcess cli;
    cli.start(QStringLiteral(VALOR_CLI_PATH), {QStringLiteral("new"), QStringLiteral("dcf")});
    QVERIFY(cli.waitForFinished(10'000));
    scenarioText_ = cli.readAllStandardOutput().toStdString();
    QVERIFY(!scenarioText_.empty());
  }

  void adminCommandsAndTheProtocolOverHttp() {
    std::string bobPassword =
        printedPassword(runServerCommand({"user", "add", "--data", s_.data, "--tenant", "Acme",
                                          "--email", "bob@acme.test", "--role", "editor"}));
    runServerCommand({"user", "add", "--data", s_.data, "--tenant", "Acme", "--email",
                      "bob@acme.test", "--role", "editor"},
                     1);  // exists already
    ServerProcess server(s_.data);
    HttpClient http(server.base());
    QCOMPARE(http.request("GET", "/healthz").status, 200L);
    const std::string ann = login(http, "ann@acme.test", s_.annPassword);
    const std::string bob = login(http, "bob@acme.test", bobPassword);
    auto created = http.request("POST", "/v1/scenarios", scenarioText_, bob);
    QCOMPARE(created.status, 201L);
    const std::string id = Json::parse(created.body)["id"].get<std::string>();
    // Ann (owner) sees Bob's scenario; she pulls its creation and pushes an edit.
    auto pulled = http.request("GET", "/v1/scenarios/" + id + "/pull?since=0", {}, ann);
    QCOMPARE(pulled.status, 200L);
    const Json log = Json::parse(pulled.body);
    QCOMPARE(log["mutations"].size(), std::size_t{1});
    QCOMPARE(log["mutations"][0]["author"].get<std::string>(), std::string("bob@acme.test"));
    auto doc = Json::parse(http.request("GET", "/v1/scenarios/" + id, {}, ann).body);
    QCOMPARE(doc["revision"].get<int>(), 1);
    QVERIFY(doc["document"].is_array());  // the entities, exactly as stored
    // Events: Ann listens; Bob's push reaches her stream as a poke with the new revision.
    EventReader events(server.base(), ann);
    QVERIFY(events.waitFor("retry:", 5000));
    auto pushed = http.request("POST", "/v1/scenarios/" + id + "/push",
                               growthPush(doc, 0.031, "bob-laptop", 1).dump(), bob);
    QCOMPARE(pushed.status, 200L);
    QCOMPARE(Json::parse(pushed.body)["results"][0]["revision"].get<int>(), 2);
    QVERIFY2(events.waitFor("\"revision\":2", 5000), events.text().c_str());
    QVERIFY(events.text().find("event: revision\ndata: {\"scenario\":\"" + id) !=
            std::string::npos);
    // Bob signs out: his token stops working at once.
    QCOMPARE(http.request("POST", "/v1/logout", {}, bob).status, 204L);
    QCOMPARE(http.request("GET", "/v1/me", {}, bob).status, 401L);
    // The audit log verifies from the command line, with the pushes in it.
    QCOMPARE(server.terminate(10'000), 0);
    const std::string verified =
        runServerCommand({"audit", "verify", "--data", s_.data, "--tenant", "Acme"});
    QVERIFY2(verified.find("entries intact") != std::string::npos, verified.c_str());
    const std::string key = verified.substr(verified.find("key: ") + 5, 64);
    // The tenant's export, checked by valor-cli without the server: intact, then with one
    // entry's detail changed, then against another key.
    const std::string exported =
        runServerCommand({"tenant", "export", "--data", s_.data, "--tenant", "Acme"});
    Json tenant = Json::parse(exported);
    QVERIFY(tenant["scenarios"][0]["log"].size() == 2);
    auto verify = [&](const Json& file, const std::string& trusted) {
      const std::string path = s_.dir.path().toStdString() + "/export.json";
      std::ofstream(path) << file.dump(1);
      QProcess cli;
      QStringList args{QStringLiteral("audit"), QStringLiteral("verify"),
                       QString::fromStdString(path), QStringLiteral("--key"),
                       QString::fromStdString(trusted)};
      cli.start(QStringLiteral(VALOR_CLI_PATH), args);
      cli.waitForFinished(30'000);
      return cli.exitCode();
    };
    QCOMPARE(verify(tenant, key), 0);
    Json changed = tenant;
    changed["audit"]["entries"][3]["detail"]["revision"] = 99;
    QCOMPARE(verify(changed, key), 1);
    QCOMPARE(verify(tenant, std::string(64, 'a')), 1);
  }

  void hostileHttpIsRefusedCleanly() {
    ServerProcess server(s_.data);
    QVERIFY(rawExchange(server.base(), "NONSENSE\r\n\r\n").rfind("HTTP/1.1 400", 0) == 0);
    QVERIFY(rawExchange(server.base(),
                        "POST /v1/login HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n")
                .rfind("HTTP/1.1 413", 0) == 0);
    QVERIFY(rawExchange(server.base(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                           std::string(20'000, 'a') + "\r\n\r\n")
                .rfind("HTTP/1.1 431", 0) == 0);
    HttpClient http(server.base());
    QCOMPARE(http.request("POST", "/v1/login", std::string(5000, '[')).status, 400L);
    QCOMPARE(http.request("POST", "/v1/login", R"({"email": 5, "password": []})").status, 400L);
    QCOMPARE(http.request("GET", "/v1/scenarios", {}, "vs_forged").status, 401L);
    QCOMPARE(http.request("GET", "/healthz").status, 200L);  // still serving
    auto metrics = http.request("GET", "/metrics");
    QVERIFY(metrics.body.find("valor_requests_total{route=\"(unreadable)\",status=\"400\"} 1") !=
            std::string::npos);
    QVERIFY(metrics.body.find("valor_request_duration_seconds_bucket{route=\"/healthz\"") !=
            std::string::npos);
  }

  // HTTPS with the server's own certificate; the client verifies it, and plain HTTP to the
  // TLS port gets nothing.
  void servesTls() {
    const std::string dir = s_.dir.path().toStdString();
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        toArgs({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", dir + "/key.pem", "-out", dir + "/cert.pem", "-days", "2", "-subj",
                "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"}));
    QVERIFY(openssl.waitForFinished(30'000));
    QCOMPARE(openssl.exitCode(), 0);
    ServerProcess server(s_.data, {"--tls-cert", dir + "/cert.pem", "--tls-key", dir + "/key.pem"});
    QVERIFY(server.base().rfind("https://", 0) == 0);
    HttpClient trusted(server.base(), dir + "/cert.pem");
    QCOMPARE(trusted.request("GET", "/healthz").status, 200L);
    QVERIFY(!login(trusted, "ann@acme.test", s_.annPassword).empty());
    HttpClient untrusted(server.base());
    QCOMPARE(untrusted.request("GET", "/healthz").status, 0L);  // unknown issuer: refused
    std::string plain = server.base();
    plain.replace(0, 5, "http");
    HttpClient cleartext(plain);
    QVERIFY(cleartext.request("GET", "/healthz").status != 200L);
    QCOMPARE(server.terminate(10'000), 0);
  }

  // Behind a reverse proxy on this machine the client's address comes from X-Forwarded-For
  // (into the audit log and the sign-in throttle); without the option the header is ignored.
  void forwardedForOnlyWhenTrusted() {
    const std::string body =
        Json{{"email", "ann@acme.test"}, {"password", "wrong password 1"}}.dump();
    const std::string request =
        "POST /v1/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        "X-Forwarded-For: 198.51.100.4, 203.0.113.9\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    for (bool trusted : {false, true}) {
      ServerProcess server(s_.data, trusted ? std::vector<std::string>{"--trust-forwarded-for"}
                                            : std::vector<std::string>{});
      QVERIFY(rawExchange(server.base(), request).rfind("HTTP/1.1 401", 0) == 0);
      QCOMPARE(server.terminate(10'000), 0);
    }
    const Json audit = Json::parse(
        runServerCommand({"tenant", "export", "--data", s_.data, "--tenant", "Acme"}))["audit"];
    std::vector<std::string> addresses;
    for (const Json& e : audit["entries"])
      if (e["action"] == "user.login_failed") addresses.push_back(e["address"].get<std::string>());
    QVERIFY(addresses.size() >= 2);
    QCOMPARE(addresses[addresses.size() - 2], std::string("127.0.0.1"));
    QCOMPARE(addresses.back(), std::string("203.0.113.9"));
  }

  // A client that sends its request too slowly (or not at all) is dropped when the request
  // timeout runs out, and the server goes on serving others.
  void slowClientsAreDropped() {
    ServerProcess server(s_.data, {"--request-timeout", "1"});
    const auto started = std::chrono::steady_clock::now();
    const std::string answer = rawExchange(server.base(), "GET /healthz HTTP/1.1\r\nHost: x\r\n");
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    QVERIFY(answer.empty());  // closed without an answer
    QVERIFY2(seconds >= 0.9 && seconds < 4.5, std::to_string(seconds).c_str());
    HttpClient http(server.base());
    QCOMPARE(http.request("GET", "/healthz").status, 200L);
    QCOMPARE(server.terminate(10'000), 0);
  }

  void sigtermStopsGracefully() {
    ServerProcess server(s_.data, {"--heartbeat-ms", "200"});
    HttpClient http(server.base());
    const std::string ann = login(http, "ann@acme.test", s_.annPassword);
    EventReader events(server.base(), ann);
    QVERIFY(events.waitFor(": heartbeat", 5000));
    QCOMPARE(server.terminate(10'000), 0);
    QVERIFY(server.process().readAllStandardOutput().contains(QByteArrayLiteral("stopped")));
    QTRY_VERIFY_WITH_TIMEOUT(events.finished(), 5000);
  }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "test_serverprocess.moc"
