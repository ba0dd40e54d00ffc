#pragma once
// A scenario's marks — its note, its tags, whether it is in the trash and the name of the last
// version saved — are fields of its root ("note", "tags", "status", "version"), so that changing
// them is one mutation like any other edit: kept in history, synced (and, but for a version's
// name, undone). The tags are one text ("Q3, board") kept in one form: each
// tag trimmed, without commas or repeats, sorted by byte.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"

namespace valor {

// The root field's length limit: room for many tags of kTagText's length.
inline constexpr std::size_t kTagListChars = 2000;

// The tags a stored text holds (empty parts skipped, so text written elsewhere still reads).
std::vector<std::string> splitTags(std::string_view text);

// The field's text for `tags` (sorted, repeats dropped), or "workspace.bad_tag" naming the tag
// that is empty, too long, holds a comma or a control character.
Result<std::string> joinTags(std::vector<std::string> tags);

inline constexpr const char* kMarkFields[] = {"note", "tags", "status", "version"};

// Saving a named version sets the root's "version" to its name, always as one op (even when the
// name is the last one's): the mutation that carries it tells every copy of a shared scenario
// that a version was saved at that point of the log.
inline constexpr const char* kVersionField = "version";

// The name of the version `m` saves, if it saves one.
std::optional<std::string> savedVersionName(const ScenarioDocument& doc, const Mutation& m);

bool inTrash(const ScenarioDocument& doc);

// `target` with `current`'s marks: restoring a past revision or version brings its inputs back,
// not the note, tags, trash state or last version name it had then.
ScenarioDocument withMarksOf(ScenarioDocument target, const ScenarioDocument& current);

}  // namespace valor
