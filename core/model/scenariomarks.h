#pragma once
// A scenario's marks — its note, its tags and whether it is in the trash — are fields of its
// root ("note", "tags", "status"), so that changing them is one mutation like any other edit:
// kept in history, undone, synced. The tags are one text ("Q3, board") kept in one form: each
// tag trimmed, without commas or repeats, sorted by byte.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"

namespace valor {

// The root field's length limit: room for many tags of kTagText's length.
inline constexpr std::size_t kTagListChars = 2000;

// The tags a stored text holds (empty parts skipped, so text written elsewhere still reads).
std::vector<std::string> splitTags(std::string_view text);

// The field's text for `tags` (sorted, repeats dropped), or "workspace.bad_tag" naming the tag
// that is empty, too long, holds a comma or a control character.
Result<std::string> joinTags(std::vector<std::string> tags);

inline constexpr const char* kMarkFields[] = {"note", "tags", "status"};

bool inTrash(const ScenarioDocument& doc);

// `target` with `current`'s marks: restoring a past revision or version brings its inputs back,
// not the note, tags or trash state it had then.
ScenarioDocument withMarksOf(ScenarioDocument target, const ScenarioDocument& current);

}  // namespace valor
