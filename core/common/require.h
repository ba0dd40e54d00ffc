#pragma once
// Programmer errors (a broken precondition inside the program, not bad user input) fail loudly
// with the condition and a message naming the bad value. User input is validated instead and
// reported as issues; it never reaches a VALOR_REQUIRE in a valid program.
#include <stdexcept>
#include <string>

namespace valor {

class PreconditionError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace valor

#define VALOR_REQUIRE(cond, msg)                                                                \
  do {                                                                                          \
    if (!(cond))                                                                                \
      throw ::valor::PreconditionError(std::string(__FILE__) + ":" + std::to_string(__LINE__) + \
                                       ": requirement failed (" #cond "): " + (msg));           \
  } while (false)
