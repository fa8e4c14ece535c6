# Grade statistics with statistics, fractions, decimal and math edge cases, plus big-int arithmetic.
import math
import statistics
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext
from fractions import Fraction

scores = [72, 88, 95, 61, 88, 79, 93, 88, 55, 84]
print(statistics.mean(scores), statistics.median(scores), statistics.mode(scores))
print(round(statistics.pstdev(scores), 6), round(statistics.stdev(scores), 6), statistics.median_low([1, 3, 5, 7]))
print(round(statistics.variance(scores), 4), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbc"))
print(statistics.quantiles(scores, n=4), statistics.fmean([1.5, 2.5, 3.0]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.harmonic_mean([40, 60]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

f = Fraction(3, 4) + Fraction(5, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("2.5"), Fraction(0.125), Fraction(-6, 8))
print(Fraction(1, 3) ** 2, Fraction(7, 2) // 1, Fraction(7, 2) % 1, round(Fraction(7, 2)), abs(Fraction(-1, 5)))
print(Fraction(355, 113).limit_denominator(10), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(sum(Fraction(1, n) for n in range(1, 8)), Fraction(math.pi).limit_denominator(1000))

getcontext().prec = 28
price = Decimal("19.99")
qty = Decimal(3)
subtotal = price * qty
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, Decimal("1.10") + Decimal("2.20"), Decimal(1) / Decimal(7))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal(2).sqrt())
print(Decimal("1e3"), Decimal("-0"), Decimal("NaN").is_nan(), Decimal("3.14159").as_tuple().exponent, repr(Decimal("1.50")))
print(Decimal("10") % Decimal("3"), Decimal("-7") // Decimal("2"), Decimal("1.23E+5").normalize(), int(Decimal("9.99")))

print(math.isqrt(10**20 + 1), math.comb(52, 5), math.perm(10, 3), math.factorial(25))
print(math.gcd(2**64, 6**20), math.lcm(12, 18, 30), math.prod(range(1, 11)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-2.5), round(1.234567, 3))
print(math.inf > 10**300, -math.inf, math.isnan(float("nan")), float("nan") == float("nan"), math.copysign(1, -0.0))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.log(1024, 2), math.log10(0.001), math.log2(8), math.exp(0))
print(math.isclose(0.1 + 0.2, 0.3), math.remainder(10, 3), math.fmod(-10, 3), -10 % 3, divmod(-10, 3), divmod(10.5, 3))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.degrees(math.pi), math.radians(180) == math.pi)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: 10 ** 400 * 1.0]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

big = 2 ** 200 - 1
print(big, big.bit_length(), big % 1000007, len(str(3 ** 500)), (-big) // 7, pow(3, 200, 10**9 + 7))
print(int("ff" * 20, 16), hex(2**100), (2**100).to_bytes(13, "big").hex(), int.from_bytes(b"\x01\x00", "little"))
print(f"{2**70:,}", f"{-2**65:_x}", (10**30) / (10**10), 7 ** -2, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
print(float(10**20), int(1e20), int(-3.99), 1 / 3, 2 / 3, 10 / 4, 0.1 * 3, 1e300 * 1e10, -1e300 * 1e10)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), (2j) ** 2)
