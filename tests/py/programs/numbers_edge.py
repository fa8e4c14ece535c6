# Float and int edge cases: repr, rounding, inf/nan, divmod, conversions.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16, 1e15, 123456789.0 * 10, 1 / 3, 2 / 3)
print(1e-5, 0.0001, 1e22, 1e21 * 10, -0.0, 5e-324, 1.7976931348623157e308)
print(float("inf"), -float("inf"), float("nan"), float("-inf") * 0)
inf, nan = float("inf"), float("nan")
print(inf > 10**400, nan == nan, nan != nan, inf - inf, inf * -1, min(inf, 3))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.5)), round(-0.5), round(1e20))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(1, 0.3))
print(-7 // 2, -7 % 2, 7 // -2, 7.0 // 2, -7.0 // 2, 7 % -3.0, -0.0 % 5)
print(int(3.9), int(-3.9), float(7), float("  -1.5e3 "), float("1_0.5"), int(True))
print(3 / 2, 4 / 2, 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else "skip", 10 ** -2)
print(abs(-3.5), abs(-0.0), pow(2.0, 10), pow(-2, 3), 0 ** 0, 0.0 ** 0)
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((255.5).hex(), float.fromhex("0x1.8p3"), (1.0).hex(), float.fromhex("-0x1p-2"))
print(3.0 == 3, hash(3.0) == hash(3), hash(0.5), hash(-1), hash(-1.0), hash(inf), hash(nan) == hash(nan))
print(1.0 * 10**16, 12345678901234567.0, 0.1 * 3, 100.0, 1e100, 1.5e-7)
print(str(1e16), repr(1.1), str(-1e-10), 2.5e-5, 9007199254740993.0)
print(f"{1e16:f}", f"{0.1:.20f}", f"{1/3:.3e}", f"{12345.6789:08.3f}", f"{-3.14159:+.2f}")
print(f"{1234567.891:,.2f}", f"{0.000123:g}", f"{123456789.0:g}", f"{1e-7:G}", f"{3.0:%}", f"{0.256:.1%}")
print(f"{inf:f}", f"{nan:>6}", f"{-inf:e}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1e300 * 1e10}")
print(int("0x1f", 16), int("1f", 16), int("0o17", 8), int("-101", 2), int("  +9  "))
print(7 .bit_length(), (-1).bit_length(), (1023).bit_count(), (10).to_bytes(2, "little"))
print(True + True, True * 3.5, False - 1, -True, ~False, bool(0.0), bool(-0.0), bool(nan))
print(max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0), sorted([3, 1.5, True, -2, 0.0]))
print(1 < 2.5 < 3, 2 == 2.0 == True + 1, 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), 1j ** 2, complex("1+2j"))
print(sum([0.1] * 10), sum([1, 2, 3], 10), sum([[1], [2]], []))
import math
print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.sqrt(2), math.pi, math.e, math.gcd(12, 18), math.factorial(20), math.isqrt(10**20 + 1))
print(math.inf, math.isnan(nan), math.isinf(-inf), math.copysign(1, -0.0), math.log(8, 2), math.log10(1000))
for bad in ["abc", "", "1.2.3", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 0.0 ** -1]:
    try:
        expr()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(round(inf) if False else "no round inf", 1e308 * 10, -1e308 * 10)
