#include "ui/sync/syncworker.h"

#include <QMetaObject>

#include <nlohmann/json.hpp>

#include "core/common/log.h"
#include "core/sync/eventstream.h"

namespace valor::ui {
namespace {

constexpr int kPushPauseMs = 50;          // a burst of edits becomes one push
constexpr int kPresenceRenewMs = 30'000;  // the server keeps presence for 60 s
constexpr int kMaxRetryExponent = 5;      // 2 s, 4 s, … 64 s between attempts while offline

std::optional<Id> idOf(const QString& text) {
  return Id::parse(text.toStdString());
}

}  // namespace

SyncWorker::SyncWorker(std::unique_ptr<Workspace> connection, SyncAccount account,
                       HttpTransport transport, bool followEvents)
    : workspace_(std::move(connection)), account_(std::move(account)), followEvents_(followEvents) {
  // Every transfer is cut short once the worker is asked to stop.
  transport_ = [this, inner = std::move(transport)](const HttpRequest& request) {
    HttpRequest r = request;
    r.cancelled = [this] { return stopping_.load(); };
    return inner(r);
  };
}

SyncWorker::~SyncWorker() {
  stopping_ = true;
  if (events_.joinable()) events_.join();
}

void SyncWorker::start() {
  // IDs of its own: a copy of the connection's generator would repeat the connection's IDs.
  client_ = std::make_unique<SyncClient>(*workspace_, transport_, account_,
                                         workspace_->options().clock, randomIdGenerator());
  pushTimer_ = new QTimer(this);
  pushTimer_->setSingleShot(true);
  pushTimer_->setInterval(kPushPauseMs);
  connect(pushTimer_, &QTimer::timeout, this, [this] {
    const auto edited = std::exchange(editedSince_, {});
    for (const QString& scenario : edited)
      if (auto id = idOf(scenario)) syncOne(*id);
    publishStatus();
  });
  retryTimer_ = new QTimer(this);
  retryTimer_->setSingleShot(true);
  connect(retryTimer_, &QTimer::timeout, this, &SyncWorker::syncAll);
  presenceTimer_ = new QTimer(this);
  presenceTimer_->setInterval(kPresenceRenewMs);
  connect(presenceTimer_, &QTimer::timeout, this, [this] {
    for (const QString& scenario : std::set<QString>(openScenarios_)) setPresence(scenario, true);
  });
  presenceTimer_->start();
  if (followEvents_) events_ = std::thread([this] { followServerEvents(); });
  syncAll();
}

// No goodbye to the server: closing the event stream ends this session's presence there, and
// a window closing offline must not wait for the network.
void SyncWorker::stop() {
  stopping_ = true;
  // The timers are this thread's: stopped and deleted here, not from the window's thread.
  delete pushTimer_;
  delete retryTimer_;
  delete presenceTimer_;
  pushTimer_ = retryTimer_ = presenceTimer_ = nullptr;
  if (events_.joinable()) events_.join();
  client_.reset();
  workspace_.reset();
}

void SyncWorker::syncAll() {
  if (!workspace_) return;
  auto links = workspace_->syncLinks();
  if (!links) return handleFailure(links.error());
  state_ = SyncStatus::State::Syncing;
  problem_.clear();
  publishStatus();
  // What each scenario may be now (an owner may have changed it while this was away).
  if (client_ && !links.value().empty())
    if (auto access = client_->followAccess(); !access) return handleFailure(access.error());
  for (const auto& [id, remote] : links.value()) {
    syncOne(id);
    if (state_ == SyncStatus::State::Offline || state_ == SyncStatus::State::SignedOut) break;
  }
  if (state_ == SyncStatus::State::Syncing) state_ = SyncStatus::State::UpToDate;
  publishStatus();
}

void SyncWorker::syncScenario(const QString& scenario) {
  if (auto id = idOf(scenario)) syncOne(*id);
  publishStatus();
}

void SyncWorker::syncOne(const Id& scenario) {
  if (!client_) return;
  if (stopping_) return;
  auto link = workspace_->syncLink(scenario);
  if (!link || !link.value()) return;          // not shared: nothing to do
  workspace_->forgetCachedScenario(scenario);  // the window's connection may have written
  auto stored = workspace_->loadScenario(scenario);
  const std::int64_t before = stored ? stored.value().revision : 0;
  auto outcome = client_->sync(scenario);
  if (!outcome) return handleFailure(outcome.error());
  state_ = SyncStatus::State::UpToDate;  // the server answered: online again
  problem_.clear();
  retryExponent_ = 0;
  if (outcome.value().localRevision <= before) return;
  // Who changed it: the entries this sync wrote into the local log.
  QStringList authors;
  if (auto history = workspace_->history(scenario, before))
    for (const HistoryEntry& h : history.value())
      if (h.mutation.labelCode.code == "sync_remote" && !h.mutation.labelCode.params.empty())
        authors << QString::fromStdString(h.mutation.labelCode.params.front());
  emit scenarioChanged(QString::fromStdString(scenario.toString()),
                       authors.join(QStringLiteral(", ")));
}

void SyncWorker::localEdit(const QString& scenario) {
  editedSince_.insert(scenario);
  if (pushTimer_) pushTimer_->start();
}

void SyncWorker::share(const QString& scenario, const QStringList& viewers,
                       const QStringList& editors) {
  auto id = idOf(scenario);
  if (!id || !client_) return;
  auto remote = client_->share(*id);
  if (!remote) return handleFailure(remote.error());
  const auto grant = [&](const QStringList& emails, const char* access) {
    for (const QString& email : emails)
      if (auto s = client_->grant(*id, email.trimmed().toStdString(), access); !s) {
        emit failed(tr("%1 could not be given access: %2")
                        .arg(email, QString::fromStdString(s.error().message)));
        return false;
      }
    return true;
  };
  if (grant(viewers, "view") && grant(editors, "edit")) emit scenarioShared(scenario);
  // Open before it was shared: colleagues see it open from now on.
  if (openScenarios_.count(scenario)) setPresence(scenario, true);
  publishStatus();
}

void SyncWorker::openShared(const QString& remoteId) {
  if (!client_) return;
  auto id = client_->open(remoteId.trimmed().toStdString());
  if (!id) return handleFailure(id.error());
  emit scenarioOpened(QString::fromStdString(id.value().toString()));
  publishStatus();
}

void SyncWorker::listRemote() {
  auto scenarios = valor::listRemote(transport_, account_);
  if (!scenarios) return handleFailure(scenarios.error());
  QList<QStringList> rows;
  for (const RemoteScenario& s : scenarios.value())
    rows << QStringList{QString::fromStdString(s.id), QString::fromStdString(s.name),
                        QString::fromStdString(s.owner), QString::fromStdString(s.access)};
  emit remoteListed(rows);
}

void SyncWorker::setPresence(const QString& scenario, bool open) {
  auto id = idOf(scenario);
  if (!id || !client_) return;
  if (open)
    openScenarios_.insert(scenario);
  else
    openScenarios_.erase(scenario);
  auto users = client_->presence(*id, open);
  if (!users) return;  // not shared, or offline: presence is a courtesy, not a failure
  QStringList names;
  for (const std::string& u : users.value()) names << QString::fromStdString(u);
  emit presenceChanged(scenario, names);
}

void SyncWorker::auditTrail(const QString& scenario) {
  auto id = idOf(scenario);
  if (!id || !workspace_) return;
  auto link = workspace_->syncLink(*id);
  if (!link || !link.value())
    return emit auditRefused(scenario, tr("This scenario is not shared."));
  auto entries = scenarioAuditTrail(transport_, account_, link.value()->remoteId);
  if (!entries) {
    const bool forbidden = entries.error().code == "sync.auth.forbidden";
    return emit auditRefused(
        scenario, forbidden ? tr("Only the firm's owners and admins see the audit trail.")
                            : QString::fromStdString(entries.error().message));
  }
  emit auditListed(scenario, QByteArray::fromStdString(entries.value().dump()));
}

void SyncWorker::handleFailure(const Error& error) {
  if (stopping_) return;  // a transfer cut short by stop(): not a failure to show
  logWarning("sync: " + error.code + ": " + error.message);
  const QString message = QString::fromStdString(error.message);
  if (error.code == "sync.signed_out") {
    state_ = SyncStatus::State::SignedOut;
    problem_ = message;
    emit signedOut();
  } else if (error.code == "sync.offline" || error.code == "sync.unavailable" ||
             error.code == "sync.failed" || error.code == "sync.busy") {
    // The network or the server, for now: tried again with backoff.
    state_ = SyncStatus::State::Offline;
    problem_ = message;
    scheduleRetry();
  } else {
    emit failed(message);
  }
  publishStatus();
}

// Exponential backoff with full jitter (a random wait up to the cap), so that clients that
// lost the server together do not all come back in the same second.
void SyncWorker::scheduleRetry() {
  if (!retryTimer_ || retryTimer_->isActive()) return;
  const int capMs = 2000 << retryExponent_;
  if (retryExponent_ < kMaxRetryExponent) ++retryExponent_;
  std::uniform_int_distribution<int> wait(capMs / 2, capMs);
  retryTimer_->start(wait(jitter_));
}

void SyncWorker::publishStatus() {
  if (!workspace_ || stopping_) return;
  SyncStatus status;
  status.state = state_;
  status.problem = problem_;
  if (auto links = workspace_->syncLinks())
    for (const auto& [id, remote] : links.value()) {
      auto link = workspace_->syncLink(id);
      auto conflicts = workspace_->syncConflicts(id, false);
      if (!link || !link.value() || !conflicts) continue;
      status.scenarios.insert(
          QString::fromStdString(id.toString()),
          ScenarioSyncStatus{static_cast<int>(link.value()->pending.size()),
                             static_cast<int>(conflicts.value().size()),
                             link.value()->confirmedRevision, link.value()->viewOnly});
    }
  emit statusChanged(status);
}

// On its own thread: the event stream, reconnected with backoff until stop(). Each event is
// handed to the worker's thread.
void SyncWorker::followServerEvents() {
  int exponent = 0;
  std::mt19937 jitter{std::random_device{}()};
  while (!stopping_) {
    auto ended = followEvents(
        account_,
        [this, &exponent] {
          exponent = 0;
          // Events sent while disconnected are not replayed: pull everything.
          QMetaObject::invokeMethod(this, &SyncWorker::syncAll, Qt::QueuedConnection);
        },
        [this](const ServerEvent& e) {
          QMetaObject::invokeMethod(
              this, [this, type = e.type, data = e.data] { onServerEvent(type, data); },
              Qt::QueuedConnection);
        },
        [this] { return stopping_.load(); });
    if (stopping_) break;
    if (!ended && ended.error().code == "sync.signed_out") {
      QMetaObject::invokeMethod(
          this, [this, error = ended.error()] { handleFailure(error); }, Qt::QueuedConnection);
      break;
    }
    const int capMs = 1000 << std::min(exponent++, kMaxRetryExponent);
    const int waitMs = std::uniform_int_distribution<int>(capMs / 2, capMs)(jitter);
    for (int waited = 0; waited < waitMs && !stopping_; waited += 100)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void SyncWorker::onServerEvent(const std::string& type, const std::string& data) {
  const auto json = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  const auto scenarioOf = [&]() -> QString {
    if (!json.is_object() || !json.contains("scenario") || !json["scenario"].is_string()) return {};
    return QString::fromStdString(json["scenario"].get<std::string>());
  };
  if (type == "revision") {
    // Pokes that arrive while a sync runs are gathered: one sync per scenario follows them.
    if (const QString scenario = scenarioOf(); !scenario.isEmpty()) localEdit(scenario);
  } else if (type == "resync") {
    syncAll();
  } else if (type == "presence") {
    QStringList users;
    if (json.contains("users") && json["users"].is_array())
      for (const auto& u : json["users"])
        if (u.is_string()) users << QString::fromStdString(u.get<std::string>());
    if (const QString scenario = scenarioOf(); !scenario.isEmpty())
      emit presenceChanged(scenario, users);
  }
}

}  // namespace valor::ui
