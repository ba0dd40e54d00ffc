#pragma once
// What a scenario's valuation looks like to generic code — the desktop document, valor-cli,
// comparison and reports: its issues, named outputs and named per-year tables, whatever the
// model kind. A kind's own views reach its typed result through detail<T>().
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "core/common/issue.h"

namespace valor {

// One result figure under a stable key ("value_per_share", "irr", "accretion_y1"). The unit is
// the schema's vocabulary: "money", "price", "shares", "rate", "multiple", "ratio", "years", or
// "number" for a figure that may be far below one (an option's delta and gamma).
struct NamedOutput {
  std::string key;
  std::string unit;
  std::optional<double> value;  // none when the figure does not exist for this scenario
};

struct TableColumn {
  std::string key;  // "revenue", "fcff", ...
  std::string unit;
};

// Per-year rows with typed columns; a cell the method does not model holds no value.
struct NamedTable {
  std::string key;  // "projection"
  std::vector<TableColumn> columns;
  std::vector<int> years;                                // one per row
  std::vector<std::vector<std::optional<double>>> rows;  // rows[row][column]
  // The inputs as the binding resolved them (e.g. drivers year by year), not a result: editors
  // show it; results views leave it out.
  bool echoesInputs = false;
};

class Evaluation {
 public:
  std::string model;  // the kind's id: "dcf"
  Issues issues;      // errors and warnings, in file order
  bool valued = false;
  std::vector<NamedOutput> outputs;
  std::vector<NamedTable> tables;

  const NamedOutput* output(std::string_view key) const;
  const NamedTable* table(std::string_view key) const;

  template <typename T>
  void setDetail(std::shared_ptr<const T> detail) {
    detail_ = std::move(detail);
    detailType_ = &typeid(T);
  }
  // The kind's own typed result, or nullptr when this evaluation holds another kind's.
  template <typename T>
  const T* detail() const {
    return detailType_ && *detailType_ == typeid(T) ? static_cast<const T*>(detail_.get())
                                                    : nullptr;
  }

 private:
  std::shared_ptr<const void> detail_;
  const std::type_info* detailType_ = nullptr;
};

}  // namespace valor
