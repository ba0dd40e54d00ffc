#pragma once
// The M&A scenario a new user starts from: complete, valid, and commented field by field
// (`valor-cli new ma` prints it; the desktop's "New M&A Scenario" reads it).
namespace valor {

const char* maTemplate();

}  // namespace valor
