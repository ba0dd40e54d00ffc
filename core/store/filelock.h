#pragma once
// An exclusive, advisory lock on a side file ("<workspace>.lock") that keeps a second writer
// out. The kernel drops it when the process ends, however it ends, so a crash never leaves a
// workspace locked. A side file is used because closing any descriptor of the database file
// itself would drop SQLite's own POSIX locks.
#include <string>

#include "core/common/result.h"

namespace valor {

class FileLock {
 public:
  // Fails with code "workspace.locked" when another process holds the lock, and
  // "workspace.read_only_location" when the folder or medium cannot be written to.
  static Result<FileLock> acquire(const std::string& path);
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

 private:
  FileLock() = default;
  void release();
#ifdef _WIN32
  void* handle_ = nullptr;
#else
  int fd_ = -1;
#endif
};

}  // namespace valor
