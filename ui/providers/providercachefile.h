#pragma once
// The desktop's one cache of data-provider answers, in the user's cache folder (shared with
// valor-cli); null when it cannot be opened, and the providers then work without one.
namespace valor {
class ProviderCache;
}

namespace valor::ui {

ProviderCache* applicationProviderCache();

}  // namespace valor::ui
