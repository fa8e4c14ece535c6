// Unit tests of runtime::float_pow_libm (runtime/float.cpp): x ** 0.5 as
// sqrt when an FMA residual proves it is libm pow's answer. The oracle is
// libm's pow itself, which CPython's float ** and math.pow call.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <random>

#include "runtime/float.h"

// float_pow_libm(x, 0.5) takes sqrt's answer only when it is provably pow's:
// it must equal libm's pow bit for bit on random doubles of every magnitude
// and on the hard cases, roots that lie near a midpoint between two doubles
// (x = m*m with m halfway between neighbours, rounded, and its neighbours).
TEST(FloatPowHalf, MatchesLibmPowBitForBit) {
  std::mt19937_64 rng(12345);
  auto same = [](double x) {
    double want = std::pow(x, 0.5);
    double got = pyvm::runtime::float_pow_libm(x, 0.5);
    return std::bit_cast<uint64_t>(want) == std::bit_cast<uint64_t>(got);
  };
  int mismatches = 0;
  for (int i = 0; i < 1000000; ++i) {
    // Any positive finite double, denormals included.
    uint64_t bits = rng() & 0x7fefffffffffffffull;
    double x = std::bit_cast<double>(bits);
    if (!same(x)) ++mismatches;
    // Near a midpoint: m = s + ulp/2 for a random s in [1, 2).
    double s = 1.0 + std::ldexp(static_cast<double>(rng() >> 12), -52);
    double mid = s + std::ldexp(1.0, -53);
    double sq = mid * mid;
    for (double y : {sq, std::nextafter(sq, 0.0), std::nextafter(sq, 4.0)}) {
      if (!same(y) || !same(std::ldexp(y, 600)) || !same(std::ldexp(y, -700))) ++mismatches;
    }
  }
  for (double x : {0.25, 1.0, 4.0, 2.0, 0x1p-1022, 0x1p-1074, 0x1.fffffffffffffp+1023}) {
    if (!same(x)) ++mismatches;
  }
  EXPECT_EQ(mismatches, 0);
}
