#pragma once
// What text may enter a workspace, wherever it comes from — a scenario file, an import,
// valor-cli apply, the desktop, later sync: valid UTF-8, no control characters (a multi-line
// text may hold line breaks and tabs), and at most a stated number of characters. One set of
// rules at every door, so that everything stored can be exported, printed and imported again.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace valor {

struct TextRule {
  std::size_t maxChars;
  bool multiLine = false;
};

// A character takes at most this many bytes in UTF-8: byte bounds that admit any text within a
// rule are this multiple of its characters.
inline constexpr std::size_t kMaxUtf8Bytes = 4;

inline constexpr TextRule kAuthorText{200};
inline constexpr TextRule kLabelText{500};  // change and version labels
inline constexpr TextRule kTagText{100};
inline constexpr TextRule kNoteText{100'000, true};

struct TextProblem {
  std::string rule;     // "not_utf8", "control_character", "too_long"
  std::string message;  // to follow the field's name: "is longer than 500 characters"
};

// Why `text` may not be stored under `rule`, or nothing when it may.
std::optional<TextProblem> textProblem(std::string_view text, const TextRule& rule);

// Well-formed UTF-8 (RFC 3629), whatever else it holds.
bool isValidUtf8(std::string_view text);

// The longest start of `text` of at most `maxBytes` bytes that ends between UTF-8 characters:
// a cut text stays well-formed (a source note cut to a field's length).
std::string cutUtf8(std::string_view text, std::size_t maxBytes);

// `text` made safe to print on a terminal: control characters shown as \u001B (so a stored
// name cannot clear a screen or retitle a window), bytes that are not UTF-8 as U+FFFD.
// For text read from a workspace written before these rules, or by another program.
std::string printableText(std::string_view text);

}  // namespace valor
