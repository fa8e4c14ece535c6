# Held-out: recursion with memo, fractions, decimal, complex, number formatting.
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP
import math
from functools import lru_cache


@lru_cache(None)
def catalan(n):
    if n < 2:
        return 1
    return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


print([catalan(i) for i in range(12)], catalan(100))


@lru_cache(None)
def partitions(n, m=None):
    if m is None:
        m = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, m) + 1))


print(partitions(60), partitions(5))
h = sum(Fraction(1, k) for k in range(1, 21))
print(h, float(h), h.numerator % 1000, h.limit_denominator(100))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("2.5"), Fraction(1.1).limit_denominator(), Fraction(7, -21), Fraction(2, 3) ** 3)
print(Fraction(5, 3) // 1, Fraction(5, 3) % 1, round(Fraction(7, 2)), round(Fraction(5, 2)), math.floor(Fraction(-7, 2)))
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal("0.1") + Decimal("0.2"), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal(2).sqrt(), Decimal("123.4500").normalize(), Decimal("-0"), Decimal(0.5), f"{Decimal('1234.5678'):,.2f}")
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z / 2, (1 + 2j) ** 2, complex("1-2j"), z.real, z.imag, -z, 1j ** 2)
print(repr(complex(0, -0.0)), complex(1.5, 0), 2j, (1 + 0j) == 1, hash(complex(2, 0)) == hash(2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 * 3, 0.3), math.copysign(3, -0.0), math.fmod(-7, 3))
print(math.trunc(-2.7), math.ceil(2.1), math.floor(-2.1), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.log(1024, 2), math.log10(0.001), math.log2(8), math.exp(1) == math.e, math.degrees(math.pi), round(math.sin(math.pi / 6), 12))
print(math.dist((0, 0), (3, 4)), math.hypot(5, 12), math.atan2(1, -1), math.inf > 10**300, math.isnan(math.nan), math.isfinite(1e308 * 10))
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % 3, -7 % 3, 7.0 % -3, 2 ** 10, 2 ** -2, (-2) ** 3, 0 ** 0, 10 ** 0.5)
print(int("42"), int(" -17 "), float(" 1e3 "), float("-inf"), int(7.99), round(-0.5), round(0.125, 2), round(0.375, 2))
print(bin(-10), oct(64), hex(-255), (255).to_bytes(2, "little"), (1024).bit_length(), (-1).bit_length(), True * 3)
print(sum([1, 2.5, Fraction(1, 2)]), max(3, 3.0), min(-0.0, 0.0), sorted([3, 1.5, Fraction(5, 2), True]))
