#pragma once
// The checks every new mutation passes before it is recorded, wherever it enters: the local
// workspace (an edit, a CLI patch) and the tenant server (a push). One implementation, so a
// change the desktop accepts is the change the server accepts.
#include <string>
#include <string_view>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/model/textrules.h"
#include "core/ops/mutation.h"

namespace valor {

// Text stored with a change (who, why, a note) breaking its rule fails as "text.invalid",
// naming `what` ("the author's name").
Status checkText(const std::string& what, std::string_view text, const TextRule& rule,
                 const std::string& context);

// Who made a change and what it is called follow the text rules of every entrance, so history,
// audit trails and exports can always be written out again.
Status checkAuthorAndLabel(const std::string& author, const std::string& label,
                           const LabelCode& code, const std::string& context);

// `current` with `m` applied, or why `m` is refused ("mutation.rejected" for a value that
// breaks a field's text rule or a change that would remove the scenario itself; applyMutation's
// errors for structure and staleness).
Result<ScenarioDocument> acceptMutation(const ScenarioDocument& current, const Mutation& m);

}  // namespace valor
