#pragma once
// Company facts and a ticker file as SEC EDGAR publishes them, written by the tests, and a
// local server that serves them: the provider tests and the desktop's fetch test share them.
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "localhttpserver.h"

namespace valor::testing {

// One fact of a concept: a period (start empty for a balance), its value, the filing.
nlohmann::json fact(const char* start, const char* end, double value, const char* accn,
                    const char* form, const char* filed);
// Adds the facts of `tag` (in `unit`) to the us-gaap facts being written.
void put(nlohmann::json& gaap, const char* tag, nlohmann::json entries, const char* unit = "USD");

// Example Corp (CIK 1234567), fiscal years ending 30 September 2021–2023; the figures are
// spelled out in edgarfixtures.cpp.
std::string exampleFacts();
// The ticker file: EXMP → 1234567 (Example Corp), OTHR → 7654321 (Other Inc.).
std::string tickers();

Reply ok(const std::string& body);
// A server that knows Example Corp; `facts` answers its company-facts request, 404 elsewhere.
LocalHttpServer::Handler edgarServer(std::function<Reply()> facts);

// Alpha Vantage for IBM with the key "K3Y": 168.97 USD on 2024-05-10, 918,738,000 shares.
LocalHttpServer::Handler alphaVantageServer();

}  // namespace valor::testing
