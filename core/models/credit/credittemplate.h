#pragma once
// The credit scenario a new user starts from: complete, valid, and commented field by field
// (`valor-cli new credit` prints it; the desktop's New Scenario reads it).
namespace valor {

const char* creditTemplate();

}  // namespace valor
