#pragma once
// The LBO scenario a new user starts from: complete, valid, and commented field by field
// (`valor-cli new lbo` prints it; the desktop's "New scenario" reads it).
namespace valor {

const char* lboTemplate();

}  // namespace valor
