#pragma once
// In-place most-significant-digit radix sort ("American flag sort", McIlroy, Bostic & McIlroy,
// Engineering Radix Sort, 1993) of values keyed by a double: the Monte Carlo's percentiles sort a
// million outputs, its rank correlations (value, path) pairs. No scratch memory; a digit every
// key shares is skipped, so outputs in a narrow range cost few passes. Keys order as `<` orders
// the doubles (NaN excluded; −0 and +0 are equal), so the result equals std::sort's up to the
// order of equal keys.
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace valor {

// A double's bits, mapped so that unsigned order is numeric order (negatives reversed).
inline std::uint64_t radixKey(double v) {
  const auto bits = std::bit_cast<std::uint64_t>(v + 0.0);  // −0 becomes +0
  return bits >> 63 ? ~bits : bits | (std::uint64_t{1} << 63);
}

inline constexpr int kRadixTopShift = 56;  // 8-bit digits, most significant first

// Bucket b of a partition holds [bounds[b], bounds[b + 1]).
using RadixBounds = std::array<std::size_t, 257>;

// Partitions a[0, n) on the most significant digit at or below `shift` (in 8-bit steps) on
// which the keys differ, and returns that digit's shift (−8 when every key is equal: nothing
// moves). `key(const T&)` gives the radixKey.
template <class T, class Key>
int radixPartition(T* a, std::size_t n, Key key, int shift, RadixBounds& bounds) {
  std::array<std::size_t, 256> count{};
  for (; shift >= 0; shift -= 8) {
    count.fill(0);
    for (std::size_t i = 0; i < n; ++i) ++count[(key(a[i]) >> shift) & 0xff];
    if (*std::max_element(count.begin(), count.end()) != n) break;  // the digit varies
  }
  if (shift < 0) return shift;
  bounds[0] = 0;
  for (std::size_t b = 0; b < 256; ++b) bounds[b + 1] = bounds[b] + count[b];
  std::array<std::size_t, 256> next;
  std::copy(bounds.begin(), bounds.end() - 1, next.begin());
  // Each element is swapped straight into its bucket; a bucket is done when its cursor meets
  // the next bucket's start.
  for (std::size_t b = 0; b < 256; ++b) {
    while (next[b] < bounds[b + 1]) {
      T value = std::move(a[next[b]]);
      std::size_t digit = (key(value) >> shift) & 0xff;
      while (digit != b) {
        std::swap(value, a[next[digit]++]);
        digit = (key(value) >> shift) & 0xff;
      }
      a[next[b]++] = std::move(value);
    }
  }
  return shift;
}

// Sorts a[0, n) whose keys agree above `shift` + 8 bits.
template <class T, class Key>
void radixSortBelow(T* a, std::size_t n, Key key, int shift) {
  if (n <= 48) {  // insertion sort: cheaper than a pass over 256 buckets
    for (std::size_t i = 1; i < n; ++i) {
      T value = std::move(a[i]);
      const std::uint64_t k = key(value);
      std::size_t j = i;
      for (; j > 0 && key(a[j - 1]) > k; --j) a[j] = std::move(a[j - 1]);
      a[j] = std::move(value);
    }
    return;
  }
  RadixBounds bounds;
  const int at = radixPartition(a, n, key, shift, bounds);
  if (at <= 0) return;  // all equal, or the last digit: each bucket holds one key
  for (std::size_t b = 0; b < 256; ++b)
    radixSortBelow(a + bounds[b], bounds[b + 1] - bounds[b], key, at - 8);
}

template <class T, class Key>
void radixSort(T* a, std::size_t n, Key key) {
  radixSortBelow(a, n, key, kRadixTopShift);
}

inline void radixSort(double* a, std::size_t n) {
  radixSort(a, n, [](double v) { return radixKey(v); });
}

}  // namespace valor
