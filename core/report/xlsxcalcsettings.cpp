#include "core/report/xlsxcalcsettings.h"

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

namespace valor {
namespace {

constexpr const char* kWorkbookPart = "xl/workbook.xml";

Error failed(const std::string& what, const std::string& path) {
  return Error{"report.cannot_write", "cannot set iterative calculation: " + what, path};
}

// The workbook part's text, or nothing when it cannot be read whole.
std::optional<std::string> readPart(zip_t* archive, zip_int64_t index) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
      !(stat.valid & ZIP_STAT_SIZE))
    return std::nullopt;
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
      zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0), &zip_fclose);
  if (!file) return std::nullopt;
  std::string text(stat.size, '\0');
  const zip_int64_t read = zip_fread(file.get(), text.data(), stat.size);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return std::nullopt;
  return text;
}

}  // namespace

Status setIterativeCalculation(const std::string& xlsxPath, int maxIterations, double maxChange) {
  int openError = 0;
  zip_t* archive = zip_open(xlsxPath.c_str(), 0, &openError);
  if (!archive) return failed("the file is not a readable workbook", xlsxPath);
  const zip_int64_t index = zip_name_locate(archive, kWorkbookPart, 0);
  std::optional<std::string> part = index >= 0 ? readPart(archive, index) : std::nullopt;
  const std::size_t at = part ? part->find("<calcPr") : std::string::npos;
  if (at == std::string::npos) {
    zip_discard(archive);
    return failed("the workbook part has no calculation settings", xlsxPath);
  }
  char attributes[96];
  std::snprintf(attributes, sizeof attributes,
                " iterate=\"1\" iterateCount=\"%d\" iterateDelta=\"%.3E\"", maxIterations,
                maxChange);
  part->insert(at + std::strlen("<calcPr"), attributes);

  // libzip frees the buffer with the source (freep = 1), also when zip_file_replace fails.
  void* buffer = std::malloc(part->size());
  if (!buffer) {
    zip_discard(archive);
    return failed("out of memory", xlsxPath);
  }
  std::memcpy(buffer, part->data(), part->size());
  zip_source_t* source = zip_source_buffer(archive, buffer, part->size(), 1);
  if (!source) {
    std::free(buffer);
    zip_discard(archive);
    return failed("out of memory", xlsxPath);
  }
  if (zip_file_replace(archive, static_cast<zip_uint64_t>(index), source, 0) != 0) {
    zip_source_free(source);
    zip_discard(archive);
    return failed("the workbook part could not be replaced", xlsxPath);
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    return failed("the workbook could not be rewritten", xlsxPath);
  }
  return std::monostate{};
}

}  // namespace valor
