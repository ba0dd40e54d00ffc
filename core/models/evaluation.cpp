#include "core/models/evaluation.h"

namespace valor {

const NamedOutput* Evaluation::output(std::string_view key) const {
  for (const NamedOutput& o : outputs)
    if (o.key == key) return &o;
  return nullptr;
}

const NamedTable* Evaluation::table(std::string_view key) const {
  for (const NamedTable& t : tables)
    if (t.key == key) return &t;
  return nullptr;
}

}  // namespace valor
