#pragma once
// The desktop's SEC EDGAR client: one for the whole application (per contact), so the rate
// limit and the circuit breaker hold across every fetch and window, with the answers in the
// application's provider cache. $VALOR_EDGAR_URL points it at a mirror.
#include <QString>

#include <memory>

#include "core/providers/edgar.h"

namespace valor::ui {

struct EdgarAccess {
  std::shared_ptr<ProviderClient> client;
  EdgarEndpoints endpoints;
};

// Fails with the reason when the contact is not a name and an e-mail address.
Result<EdgarAccess> edgarAccess(const QString& contact);

}  // namespace valor::ui
