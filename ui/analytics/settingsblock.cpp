#include "ui/analytics/settingsblock.h"

namespace valor::ui {

const Entity* settingsBlock(const Document& document, const std::string& slot) {
  return document.scenario().child(document.scenario().root(), slot);
}

std::vector<Op> settingsBlockOps(const Document& document, const std::string& slot, Id& holder) {
  if (const Entity* block = settingsBlock(document, slot)) {
    holder = block->id;
    return {};
  }
  Entity block;
  block.id = document.workspace().options().newId();
  block.type = slot;
  block.parent = document.scenario().root().id;
  block.slot = slot;
  holder = block.id;
  Op create;
  create.kind = OpKind::Create;
  create.entity = block.id;
  create.snapshot = block;
  return {create};
}

std::optional<Op> settingChange(const Entity* block, const Id& holder, const std::string& field,
                                std::optional<Value> value) {
  const Value* current = block ? block->field(field) : nullptr;
  if ((current && value && *current == *value) || (!current && !value)) return std::nullopt;
  Op set;
  set.kind = OpKind::Set;
  set.entity = holder;
  set.field = field;
  set.value = std::move(value);
  if (current) set.previous = *current;
  return set;
}

}  // namespace valor::ui
