// Unit tests of fixed_to_chars_exact (runtime/format_fixed.h) against the
// general conversion (std::to_chars with a precision: correctly rounded).
#include "runtime/format_fixed.h"

#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>

namespace pyvm::runtime {
namespace {

std::string reference(double v, int precision) {
  char buf[600];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision);
  return std::string(buf, res.ptr);
}

std::string reference_sci(double v, int precision) {
  char buf[600];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, precision);
  return std::string(buf, res.ptr);
}

std::string exact_sci(double v, int precision) {
  char buf[64];
  int n = sci_to_chars_exact(v, precision, buf);
  return n < 0 ? std::string("<none>") : std::string(buf, static_cast<size_t>(n));
}

std::string exact(double v, int precision) {
  char buf[64];
  int n = fixed_to_chars_exact(v, precision, buf);
  return n < 0 ? std::string("<none>") : std::string(buf, static_cast<size_t>(n));
}

TEST(FormatFixedTest, MatchesGeneralConversionOnRandomBits) {
  std::mt19937_64 rng(12345);
  int checked = 0;
  for (int i = 0; i < 200000; ++i) {
    double v = std::bit_cast<double>(rng());
    if (!std::isfinite(v) || std::fabs(v) >= 9007199254740992.0) continue;
    int p = static_cast<int>(rng() % 18);
    ASSERT_EQ(exact(v, p), reference(v, p)) << v << " precision " << p;
    ++checked;
  }
  EXPECT_GT(checked, 1000);
}

TEST(FormatFixedTest, MatchesGeneralConversionOnDecimalLikeValues) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 200000; ++i) {
    // Values near decimal ties (k / 2**j and k * 0.005 style) stress rounding.
    int64_t k = static_cast<int64_t>(rng() % 2000000) - 1000000;
    double v = i % 3 == 0   ? static_cast<double>(k) / 1024.0
               : i % 3 == 1 ? static_cast<double>(k) * 0.005
                            : static_cast<double>(k) * 0.37;
    int p = static_cast<int>(rng() % 18);
    ASSERT_EQ(exact(v, p), reference(v, p)) << v << " precision " << p;
  }
}

TEST(FormatFixedTest, EdgeCases) {
  EXPECT_EQ(exact(-0.0, 2), "-0.00");
  EXPECT_EQ(exact(-0.001, 2), "-0.00");
  EXPECT_EQ(exact(0.125, 2), "0.12");  // tie to even
  EXPECT_EQ(exact(0.375, 2), "0.38");  // tie to even
  EXPECT_EQ(exact(2.5, 0), "2");
  EXPECT_EQ(exact(3.5, 0), "4");
  EXPECT_EQ(exact(5e-324, 17), "0.00000000000000000");
  EXPECT_EQ(exact(9007199254740991.0, 3), "9007199254740991.000");
  EXPECT_EQ(exact(9007199254740992.0, 3), "<none>");
  EXPECT_EQ(exact(1.0, 18), "<none>");
  EXPECT_EQ(exact(1.0, -1), "<none>");
  EXPECT_EQ(exact(INFINITY, 2), "<none>");
  EXPECT_EQ(exact(NAN, 2), "<none>");
  EXPECT_EQ(exact(0.9999999, 3), "1.000");
}

TEST(FormatSciTest, MatchesGeneralConversion) {
  std::mt19937_64 rng(99);
  int handled = 0;
  for (int i = 0; i < 300000; ++i) {
    double v;
    switch (i % 4) {
      case 0:
        v = std::bit_cast<double>(rng());
        break;
      case 1:
        v = static_cast<double>(static_cast<int64_t>(rng() % 2000000) - 1000000) * 0.37;
        break;
      case 2:
        v = static_cast<double>(static_cast<int64_t>(rng() % 200000)) * 0.005;
        break;
      default:
        v = std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 200) - 120);
        break;
    }
    if (!std::isfinite(v)) continue;
    int p = static_cast<int>(rng() % 18);
    std::string got = exact_sci(v, p);
    if (got == "<none>") continue;
    ++handled;
    ASSERT_EQ(got, reference_sci(v, p)) << v << " precision " << p;
  }
  EXPECT_GT(handled, 100000);
}

TEST(FormatSciTest, EdgeCases) {
  EXPECT_EQ(exact_sci(0.0, 3), "0.000e+00");
  EXPECT_EQ(exact_sci(-0.0, 0), "-0e+00");
  EXPECT_EQ(exact_sci(9.9996, 3), "1.000e+01");
  EXPECT_EQ(exact_sci(1e-5, 2), "1.00e-05");
  EXPECT_EQ(exact_sci(1e100, 2), "<none>");  // beyond 128 bits: the general path
  EXPECT_EQ(exact_sci(123456789012.0, 2), "1.23e+11");
  EXPECT_EQ(exact_sci(2.5, 0), "2e+00");
  EXPECT_EQ(exact_sci(3.5, 0), "4e+00");
  EXPECT_EQ(exact_sci(1000.0, 2), "1.00e+03");
  EXPECT_EQ(exact_sci(999.5, 2), "1.00e+03");
  EXPECT_EQ(exact_sci(NAN, 2), "<none>");
  EXPECT_EQ(exact_sci(1.0, 18), "<none>");
}

}  // namespace
}  // namespace pyvm::runtime
