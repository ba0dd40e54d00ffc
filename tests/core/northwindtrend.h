#pragma once
// The bundled Northwind sample's reported revenue, FY2016–FY2025, and the OLS line through it,
// worked out from the textbook formulas — what the forecast tests (core, CLI, GUI) expect a
// linear-trend forecast of it to be, independently of the engine.
#include <vector>

namespace valor::testing {

inline const std::vector<double> kNorthwindRevenue{1480, 1562, 1655, 1738, 1611,
                                                   1795, 1990, 2140, 2290, 2450};

// The OLS line y = a + b·t through the revenue at t = 1..10, at t:
// b = Σ(t − t̄)(y − ȳ) / Σ(t − t̄)², a = ȳ − b·t̄.
inline double northwindTrendAt(double t) {
  const double n = static_cast<double>(kNorthwindRevenue.size());
  const double meanT = (n + 1) / 2;
  double meanY = 0;
  for (double y : kNorthwindRevenue) meanY += y / n;
  double sxx = 0, sxy = 0;
  for (std::size_t i = 0; i < kNorthwindRevenue.size(); ++i) {
    const double dt = static_cast<double>(i + 1) - meanT;
    sxx += dt * dt;
    sxy += dt * (kNorthwindRevenue[i] - meanY);
  }
  return meanY + sxy / sxx * (t - meanT);
}

}  // namespace valor::testing
