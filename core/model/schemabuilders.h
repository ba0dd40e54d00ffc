#pragma once
// Small constructors for schema tables, shared by the scenario's own entities and every model
// kind's (core/models/<kind>/...schema.cpp), so each field is one readable line.
#include <optional>
#include <string>
#include <vector>

#include "core/model/schema.h"

namespace valor::schema {

inline constexpr double kMaxMoney = 1e15;  // beyond any company's figures in any unit we offer
inline constexpr double kMaxShares = 1e13;

FieldSpec makeField(std::string name, FieldType type, std::string unit);
Bounds closed(double lo, double hi);
Bounds openLow(double lo, double hi);
Bounds openHigh(double lo, double hi);
Bounds open(double lo, double hi);
FieldSpec number(std::string name, std::string unit, Bounds bounds, std::string help,
                 std::optional<double> def = std::nullopt, bool required = false);
FieldSpec integer(std::string name, std::string unit, Bounds bounds, std::string help,
                  bool required = false, std::optional<double> def = std::nullopt);
FieldSpec choice(std::string name, std::vector<std::string> choices, std::string help,
                 std::optional<std::string> def = std::nullopt, bool required = false);
FieldSpec text(std::string name, std::string help, std::optional<std::string> def = std::nullopt,
               bool required = false, std::size_t maxLength = 200);
// Free text over several lines (line breaks and tabs allowed), optional.
FieldSpec longText(std::string name, std::string help, std::size_t maxLength);
// A per-year driver: a constant, explicit per-year values, or three stages (Damodaran's
// high-growth / transition / stable pattern) with a step or a linear fade in the middle stage.
void addDriver(std::vector<FieldSpec>& fields, const std::string& name, const std::string& unit,
               Bounds bounds, const std::string& what);

}  // namespace valor::schema
