#pragma once
// What the sync worker reports to the window: the connection's state and, per shared scenario,
// the edits not yet on the server and the conflicts waiting for review.
#include <QMap>
#include <QMetaType>
#include <QString>

namespace valor::ui {

struct ScenarioSyncStatus {
  int pending = 0;
  int conflicts = 0;
  qint64 serverRevision = 0;
  bool viewOnly = false;  // the server lets this user only view it
};

struct SyncStatus {
  enum class State { SignedOut, Offline, Syncing, UpToDate };
  State state = State::SignedOut;
  QString problem;  // why offline (the last failure), in the user's words
  QMap<QString, ScenarioSyncStatus> scenarios;  // by scenario ID

  int pending() const {
    int n = 0;
    for (const auto& s : scenarios) n += s.pending;
    return n;
  }
  int conflicts() const {
    int n = 0;
    for (const auto& s : scenarios) n += s.conflicts;
    return n;
  }
};

}  // namespace valor::ui

Q_DECLARE_METATYPE(valor::ui::SyncStatus)
