#pragma once
// The workspace's private state, shared by its implementation files (workspace.cpp,
// workspacesync.cpp) and no one else.
#include <map>
#include <optional>
#include <string>

#include "core/store/filelock.h"
#include "core/store/sqlite.h"
#include "core/store/workspace.h"

namespace valor {

struct Workspace::Impl {
  sql::Database db;
  std::optional<FileLock> lock;
  // The file's format: kSchemaVersion, or an older one a reader opened without upgrading.
  std::int64_t format = Workspace::kSchemaVersion;
  // Snapshots this writer has loaded or written; valid because no other process writes.
  std::map<Id, StoredScenario> cache;

  static Result<ScenarioDocument> parseSnapshot(const std::string& text,
                                                const std::string& context);
};

}  // namespace valor
