#include "core/store/filelock.h"

#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace valor {

namespace {
Error lockedError(const std::string& path) {
  return Error{"workspace.locked",
               "the workspace is open in another Valor window or program; close it there, or "
               "open this one read-only",
               path};
}
}  // namespace

#ifdef _WIN32

Result<FileLock> FileLock::acquire(const std::string& path) {
  HANDLE h =
      CreateFileA(path.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                  nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (h == INVALID_HANDLE_VALUE) {
    const DWORD error = GetLastError();
    if (error == ERROR_ACCESS_DENIED || error == ERROR_WRITE_PROTECT)
      return Error{"workspace.read_only_location", "the folder cannot be written to", path};
    return Error{"workspace.lock_failed", "cannot create the lock file", path};
  }
  OVERLAPPED overlapped{};
  if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &overlapped)) {
    CloseHandle(h);
    return lockedError(path);
  }
  FileLock lock;
  lock.handle_ = h;
  return lock;
}

void FileLock::release() {
  if (handle_) CloseHandle(static_cast<HANDLE>(handle_));
  handle_ = nullptr;
}

FileLock::FileLock(FileLock&& other) noexcept : handle_(other.handle_) {
  other.handle_ = nullptr;
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    release();
    handle_ = other.handle_;
    other.handle_ = nullptr;
  }
  return *this;
}

#else

Result<FileLock> FileLock::acquire(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    const int error = errno;
    if (error == EACCES || error == EROFS || error == EPERM)
      return Error{"workspace.read_only_location",
                   std::string("the folder cannot be written to (") + std::strerror(error) + ")",
                   path};
    return Error{"workspace.lock_failed",
                 std::string("cannot create the lock file: ") + std::strerror(error), path};
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) return lockedError(path);
    return Error{"workspace.lock_failed", std::string("cannot lock: ") + std::strerror(error),
                 path};
  }
  FileLock lock;
  lock.fd_ = fd;
  return lock;
}

void FileLock::release() {
  if (fd_ >= 0) ::close(fd_);  // closing drops the flock
  fd_ = -1;
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(other.fd_) {
  other.fd_ = -1;
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    release();
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

#endif

FileLock::~FileLock() {
  release();
}

}  // namespace valor
