#include "core/common/log.h"

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <memory>

namespace valor {
namespace {

constexpr std::size_t kLogFileBytes = 1024 * 1024;
constexpr std::size_t kLogFiles = 3;

// A logger that discards everything until the log is started (spdlog's own default would
// write to standard output).
std::shared_ptr<spdlog::logger>& logger() {
  static std::shared_ptr<spdlog::logger> active =
      std::make_shared<spdlog::logger>("valor", std::make_shared<spdlog::sinks::null_sink_mt>());
  return active;
}

}  // namespace

std::string startLogging(const std::string& directory, const std::string& level) {
  const spdlog::level::level_enum parsed =
      level.empty() ? spdlog::level::info : spdlog::level::from_str(level);
  if (parsed == spdlog::level::off) return {};
  try {
    std::filesystem::create_directories(directory);
    auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
        (std::filesystem::path(directory) / "valor.log").string(), kLogFileBytes, kLogFiles);
    auto file = std::make_shared<spdlog::logger>("valor", std::move(sink));
    file->set_level(parsed);
    file->set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%t] %v");
    file->flush_on(spdlog::level::info);  // a few lines a session: each is on disk at once
    logger() = std::move(file);
  } catch (const std::exception& e) {
    return std::string("cannot write the log in ") + directory + ": " + e.what();
  }
  return {};
}

void logInfo(const std::string& message) {
  logger()->info(message);
}

void logWarning(const std::string& message) {
  logger()->warn(message);
}

void logError(const std::string& message) {
  logger()->error(message);
}

}  // namespace valor
