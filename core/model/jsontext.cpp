#include "core/model/jsontext.h"

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

// Builds the document from SAX events (the interface nlohmann::json::sax_parse expects).
class Builder {
 public:
  Builder(int maxDepth, std::size_t maxValues) : maxDepth_(maxDepth), maxValues_(maxValues) {}

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool v) { return add(Json(v)); }
  bool number_integer(Json::number_integer_t v) { return add(Json(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return add(Json(v)); }
  bool number_float(Json::number_float_t v, const Json::string_t&) { return add(Json(v)); }
  bool string(Json::string_t& v) { return add(Json(std::move(v))); }
  bool binary(Json::binary_t& v) { return add(Json::binary(std::move(v))); }

  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(Json::string_t& k) {
    Frame& frame = open_.back();
    frame.key = std::move(k);
    frame.duplicate = !frame.keys.insert(frame.key).second;
    // The first duplicates are named (their paths cut short); a hostile file of millions of
    // them costs a count, not memory.
    if (frame.duplicate && ++duplicates_ <= kNamedDuplicates) {
      const std::string path = pathOfNext();
      problems.push_back(
          {Severity::Error, path, "duplicate_key", path + " is given twice; keep one", {}});
    }
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    // nlohmann's message names the line and column of the mistake.
    problems.push_back(
        {Severity::Error, "", "syntax", std::string("not valid JSON: ") + e.what(), {}});
    return false;
  }

  static constexpr std::size_t kNamedDuplicates = 20;
  static constexpr std::size_t kPathChars = 200;

  std::size_t unnamedDuplicates() const {
    return duplicates_ > kNamedDuplicates ? duplicates_ - kNamedDuplicates : 0;
  }

  Json root;
  Issues problems;
  bool tooDeep = false;
  bool tooMany = false;

 private:
  struct Frame {
    Json* value = nullptr;  // null inside a duplicate's value, which is kept out of the document
    bool isArray = false;
    std::size_t count = 0;                 // arrays: members so far
    std::unordered_set<std::string> keys;  // objects: keys so far
    std::string key;                       // objects: the key of the member being read
    bool duplicate = false;                // that key was given before
  };

  // Where the next value goes, as "a.b[2].c".
  std::string pathOfNext() const {
    std::string path;
    for (const Frame& frame : open_) {
      if (frame.isArray) {
        // An outer list's member being read was counted when it opened.
        const bool innermost = &frame == &open_.back();
        path += "[" + std::to_string(innermost ? frame.count : frame.count - 1) + "]";
      } else {
        if (!path.empty()) path += '.';
        path += frame.key;
      }
    }
    if (path.size() > kPathChars) {
      path.resize(kPathChars);
      while (!path.empty() && (static_cast<unsigned char>(path.back()) & 0xC0) == 0x80)
        path.pop_back();  // not in the middle of a character
      if (!path.empty()) path.pop_back();
      path += "…";
    }
    return path;
  }

  // Places a finished value in its container; returns where it now lives (null: dropped).
  Json* place(Json&& value) {
    if (open_.empty()) {
      root = std::move(value);
      return &root;
    }
    Frame& frame = open_.back();
    if (frame.isArray) ++frame.count;
    if (!frame.value || frame.duplicate) return nullptr;  // a duplicate, reported already
    if (frame.isArray) {
      frame.value->push_back(std::move(value));
      return &frame.value->back();
    }
    // The key is known to be new: append without ordered_map's linear lookup.
    auto& storage =
        static_cast<Json::object_t::Container&>(frame.value->get_ref<Json::object_t&>());
    storage.emplace_back(frame.key, std::move(value));  // the key stays for paths below
    return &storage.back().second;
  }

  bool counted() {
    if (++values_ <= maxValues_) return true;
    tooMany = true;
    return false;
  }

  bool add(Json&& value) {
    if (!counted()) return false;
    place(std::move(value));
    return true;
  }

  bool open(Json&& container) {
    if (static_cast<int>(open_.size()) >= maxDepth_) {
      tooDeep = true;
      return false;
    }
    if (!counted()) return false;
    const bool isArray = container.is_array();
    Json* placed = place(std::move(container));
    open_.push_back(Frame{placed, isArray, 0, {}, {}, false});
    return true;
  }

  bool close() {
    open_.pop_back();
    return true;
  }

  int maxDepth_;
  std::size_t maxValues_;
  std::size_t values_ = 0;
  std::size_t duplicates_ = 0;
  std::vector<Frame> open_;
};

}  // namespace

Result<Json> readJsonText(std::string_view text, const JsonReadLimits& limits) {
  auto refused = [](Issues problems) { return errorOfIssues("json.invalid", std::move(problems)); };
  auto fail = [&](const std::string& rule, const std::string& message) {
    return refused({{Severity::Error, "", rule, message, {}}});
  };
  if (text.size() > limits.maxBytes)
    return fail("too_large", "the text has " + std::to_string(text.size()) + " bytes; at most " +
                                 std::to_string(limits.maxBytes) + " are accepted");
  if (text.find('\0') != std::string_view::npos)
    return fail("not_text", "not a text file: it contains NUL bytes");
  Builder builder(limits.maxDepth, limits.maxValues);
  const bool complete = Json::sax_parse(text.begin(), text.end(), &builder,
                                        Json::input_format_t::json, /*strict=*/true,
                                        /*ignore_comments=*/true);
  if (builder.tooDeep)
    return fail("too_deep", "the text nests objects or lists deeper than " +
                                std::to_string(limits.maxDepth) + " levels");
  if (builder.tooMany)
    return fail("too_many_values",
                "the text holds more than " + std::to_string(limits.maxValues) + " values");
  if (!complete && builder.problems.empty()) return fail("syntax", "not valid JSON");
  if (const std::size_t more = builder.unnamedDuplicates())
    builder.problems.push_back({Severity::Error,
                                "",
                                "duplicate_key",
                                std::to_string(more) + " more keys are given twice",
                                {}});
  if (!builder.problems.empty()) return refused(std::move(builder.problems));
  return std::move(builder.root);
}

}  // namespace valor
