#pragma once
// Numbers as text for files, messages and terminals: always a '.' decimal point, whatever the
// process locale (the desktop sets one from the environment; printf would follow it). Text a
// person reads in the desktop is formatted there with QLocale instead.
#include <string>

namespace valor {

// Like printf's "%.*f": fixedText(0.095, 3) == "0.095".
std::string fixedText(double value, int decimals);
// Like printf's "%.*g": generalText(0.0949999, 6) == "0.095".
std::string generalText(double value, int significantDigits);

}  // namespace valor
