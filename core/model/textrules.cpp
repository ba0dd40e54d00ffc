#include "core/model/textrules.h"

#include <cstdint>
#include <cstdio>

namespace valor {
namespace {

// The code point starting at text[i] and its length in bytes, or a length of 0 when the bytes
// there are not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, ≤ U+10FFFF).
struct Decoded {
  std::uint32_t codePoint = 0;
  std::size_t length = 0;
};

Decoded decodeAt(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  std::uint32_t cp = 0;
  std::uint32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    return {};
  }
  if (i + length > text.size()) return {};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, length};
}

bool isControl(std::uint32_t cp, bool multiLine) {
  if (multiLine && (cp == '\n' || cp == '\t' || cp == '\r')) return false;
  return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

}  // namespace

bool isValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decodeAt(text, i);
    if (d.length == 0) return false;
    i += d.length;
  }
  return true;
}

std::string printableText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decodeAt(text, i);
    if (d.length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
      continue;
    }
    if (isControl(d.codePoint, false)) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(d.codePoint));
      out += escaped;
    } else {
      out.append(text.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::optional<TextProblem> textProblem(std::string_view text, const TextRule& rule) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decodeAt(text, i);
    if (d.length == 0) return TextProblem{"not_utf8", "is not valid UTF-8 text"};
    if (isControl(d.codePoint, rule.multiLine)) {
      char name[16];
      std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(d.codePoint));
      return TextProblem{"control_character",
                         std::string("contains the control character ") + name};
    }
    i += d.length;
    if (++chars > rule.maxChars)
      return TextProblem{"too_long",
                         "is longer than " + std::to_string(rule.maxChars) + " characters"};
  }
  return std::nullopt;
}

std::string cutUtf8(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return std::string(text);
  std::size_t cut = maxBytes;  // the byte at `cut` starts the first character left out
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut));
}

}  // namespace valor
