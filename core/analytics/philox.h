#pragma once
// Philox4x32-10, the counter-based generator of Salmon, Moraes, Dror and Shaw, "Parallel random
// numbers: as easy as 1, 2, 3" (SC 2011). A draw is a pure function of (key, counter), so path
// n of a simulation gets the same numbers whichever thread computes it and however the paths
// are split: the key is the seed, the counter names the path and the draw within it.
#include <algorithm>
#include <array>
#include <cstdint>

namespace valor {

using PhiloxCounter = std::array<std::uint32_t, 4>;
using PhiloxKey = std::array<std::uint32_t, 2>;

inline PhiloxCounter philox4x32(PhiloxCounter c, PhiloxKey k) {
  constexpr std::uint64_t kM0 = 0xD2511F53u;
  constexpr std::uint64_t kM1 = 0xCD9E8D57u;
  constexpr std::uint32_t kW0 = 0x9E3779B9u;  // Weyl key increments
  constexpr std::uint32_t kW1 = 0xBB67AE85u;
  for (int round = 0; round < 10; ++round) {
    if (round > 0) {
      k[0] += kW0;
      k[1] += kW1;
    }
    const std::uint64_t p0 = kM0 * c[0];
    const std::uint64_t p1 = kM1 * c[2];
    c = {static_cast<std::uint32_t>(p1 >> 32) ^ c[1] ^ k[0], static_cast<std::uint32_t>(p1),
         static_cast<std::uint32_t>(p0 >> 32) ^ c[3] ^ k[1], static_cast<std::uint32_t>(p0)};
  }
  return c;
}

// A uniform in the open interval (0, 1) from 53 random bits: (k + 1/2)·2^-53. For k = 2^53 − 1,
// k + 1/2 needs 54 bits and rounds up to 2^53, i.e. to 1: that one value is held just below 1.
inline double uniformFromBits(std::uint32_t high, std::uint32_t low) {
  const std::uint64_t bits = (static_cast<std::uint64_t>(high) << 21) | (low >> 11);
  return std::min((static_cast<double>(bits) + 0.5) * 0x1p-53, 0x1.fffffffffffffp-1);
}

// The uniforms of one simulation path: draw d of path n under seed s comes from block d/2 of
// counter (d/2, 0, n_low, n_high) under key (s_low, s_high).
class PathUniforms {
 public:
  PathUniforms(std::uint64_t seed, std::uint64_t path)
      : key_{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)},
        pathLow_(static_cast<std::uint32_t>(path)),
        pathHigh_(static_cast<std::uint32_t>(path >> 32)) {}

  // Fills out[0..count) with the path's first `count` uniforms.
  void fill(double* out, std::size_t count) const {
    for (std::size_t d = 0; d < count; d += 2) {
      const PhiloxCounter r =
          philox4x32({static_cast<std::uint32_t>(d / 2), 0, pathLow_, pathHigh_}, key_);
      out[d] = uniformFromBits(r[0], r[1]);
      if (d + 1 < count) out[d + 1] = uniformFromBits(r[2], r[3]);
    }
  }

 private:
  PhiloxKey key_;
  std::uint32_t pathLow_;
  std::uint32_t pathHigh_;
};

}  // namespace valor
