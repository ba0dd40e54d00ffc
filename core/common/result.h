#pragma once
// Result<T>: the value of a fallible step, or an Error with a code, a message and context —
// and, when the input had several mistakes (a scenario file, an import), every one of them as
// an Issue, so a user can fix them all at once. The one shape of failure across the core.
// std::expected arrives in C++23; this is the small subset we need.
#include <string>
#include <utility>
#include <variant>

#include "core/common/issue.h"
#include "core/common/require.h"

namespace valor {

struct Error {
  std::string code;     // stable, machine-readable, e.g. "file.too_large"
  std::string message;  // for people, in English
  std::string context;  // where: a file path, a field path, a URL
  Issues issues{};      // every problem found, when there are several; else empty
};

// An error listing every problem found: the first says what is wrong, the count says how many
// more there are, and `issues` holds them all. `problems` must not be empty.
inline Error errorOfIssues(std::string code, Issues problems) {
  Error error{std::move(code), problems.front().message, problems.front().path};
  if (problems.size() > 1)
    error.message += " (and " + std::to_string(problems.size() - 1) + " more)";
  error.issues = std::move(problems);
  return error;
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& {
    VALOR_REQUIRE(ok(), "value() on an error result: " + std::get<Error>(state_).message);
    return std::get<T>(state_);
  }
  T& value() & {
    VALOR_REQUIRE(ok(), "value() on an error result: " + std::get<Error>(state_).message);
    return std::get<T>(state_);
  }
  T&& value() && {
    VALOR_REQUIRE(ok(), "value() on an error result: " + std::get<Error>(state_).message);
    return std::get<T>(std::move(state_));
  }
  const Error& error() const {
    VALOR_REQUIRE(!ok(), "error() on a successful result");
    return std::get<Error>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

// The result of a step that yields nothing but may fail.
using Status = Result<std::monostate>;

}  // namespace valor
