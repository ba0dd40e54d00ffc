#pragma once
// The DCF scenario a new user starts from: complete, valid, and commented field by field
// (`valor-cli new dcf` prints it; the desktop's "New scenario" reads it).
namespace valor {

const char* dcfTemplate();

}  // namespace valor
