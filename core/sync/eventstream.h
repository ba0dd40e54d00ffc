#pragma once
// The server's event stream (GET /v1/events, Server-Sent Events): "revision" pokes, "presence"
// and "resync", read on a thread of the caller's until the stream ends, fails or `stop` says so.
// A poke only says "pull now"; events missed while disconnected are not replayed, so the caller
// pulls everything it follows after each (re)connection.
#include <functional>
#include <string>

#include "core/common/result.h"
#include "core/sync/syncclient.h"

namespace valor {

struct ServerEvent {
  std::string type;  // "revision", "presence", "resync" ("message" when the server names none)
  std::string data;  // the JSON text of the event's data lines
};

// Blocks. Calls `connected` once the server has accepted the stream, then `onEvent` for each
// event. Returns when the stream ends (ok) or cannot be had (the error: "sync.offline",
// "sync.signed_out", …); `stop` is polled at least every second.
Status followEvents(const SyncAccount& account, const std::function<void()>& connected,
                    const std::function<void(const ServerEvent&)>& onEvent,
                    const std::function<bool()>& stop);

// Reads SSE text fed in pieces of any size (lines split anywhere, "\r\n" or "\n").
class EventStreamParser {
 public:
  explicit EventStreamParser(std::function<void(const ServerEvent&)> onEvent)
      : onEvent_(std::move(onEvent)) {}
  // False when a line grows past the limit (a hostile or broken server).
  bool feed(const char* data, std::size_t size);

 private:
  void line(const std::string& text);

  std::function<void(const ServerEvent&)> onEvent_;
  std::string partial_;
  ServerEvent event_;
  bool hasData_ = false;
};

}  // namespace valor
