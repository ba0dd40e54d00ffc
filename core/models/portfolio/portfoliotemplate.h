#pragma once
// The scenario `valor-cli new portfolio` writes: a multi-asset portfolio with typed assumptions.
namespace valor {

const char* portfolioTemplate();

}  // namespace valor
