#pragma once
// Registers the kinds that ship with the program, once. The scenario schema calls it before it
// is first read, so every reader of scenario files knows the built-in kinds.
namespace valor {

void registerBuiltInModelKinds();

}  // namespace valor
