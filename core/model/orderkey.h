#pragma once
// Fractional-index order keys for list members: strings over the digits 0-9a-z that compare like
// fractions 0.<key> in base 36. A key can always be made between any two neighbours, so moving
// or inserting a member writes that member alone — no renumbering of siblings, and concurrent
// inserts from two authors never collide in a way that loses either (ties break on entity ID).
// Keys never end in '0', which keeps room below every key.
#include <optional>
#include <string>
#include <string_view>

namespace valor {

// A key strictly between `before` and `after`; an empty string means "the start" / "the end".
// Returns nothing when before >= after (with both given) or a key is malformed.
std::optional<std::string> orderKeyBetween(std::string_view before, std::string_view after);

// Keys for the i-th member of a list built in one go (e.g. read from a file): short fixed-width
// keys in index order, with room between neighbours.
std::string initialOrderKey(std::size_t index);

bool isValidOrderKey(std::string_view key);

}  // namespace valor
