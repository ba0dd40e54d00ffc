// Fuzz target: what a sync server sends a client — an event stream, or a page of the log to
// pull — is input like any other. An event stream gives the same events however the network
// splits it; a pulled page is read or refused, and a client state that takes it in still
// shows a document every edit of which applies.
#include <vector>

#include "core/model/jsontext.h"
#include "core/sync/eventstream.h"
#include "core/sync/syncclient.h"
#include "core/sync/syncstate.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

namespace {

std::vector<std::pair<std::string, std::string>> eventsOf(std::string_view text,
                                                          std::size_t split) {
  std::vector<std::pair<std::string, std::string>> out;
  EventStreamParser parser([&](const ServerEvent& e) { out.emplace_back(e.type, e.data); });
  const std::size_t at = split % (text.size() + 1);
  if (parser.feed(text.data(), at)) (void)parser.feed(text.data() + at, text.size() - at);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text = fuzz::textOf(data + 1, size - 1);
  if (data[0] % 2 == 0) {
    fuzz::require(eventsOf(text, data[0]) == eventsOf(text, text.size()),
                  "an event stream reads the same however it is split");
    return 0;
  }
  auto json = readJsonText(text, {1 << 20, 32});
  if (!json) return 0;
  auto page = readPullPage(json.value());
  if (!page) return 0;
  SyncState state("fuzz-client", fuzz::handCase(), 1);
  const ScenarioDocument before = state.local();
  if (!state.pulled(page.value().entries)) {
    fuzz::require(state.local() == before, "a refused page changes nothing");
    return 0;
  }
  (void)state.local();
  return 0;
}
