#pragma once
// The real-option scenario a new user starts from: complete, valid, and commented field by field
// (`valor-cli new real_option` prints it; the desktop's New Scenario reads it).
namespace valor {

const char* realOptionTemplate();

}  // namespace valor
