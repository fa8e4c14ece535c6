# decimal (pure-Python _pydecimal, contexts through contextvars) and fractions.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation
import decimal
from fractions import Fraction
a = Decimal("1.10") + Decimal("2.205")
print(a, repr(a), Decimal(1) / Decimal(7), Decimal("2").sqrt())
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3))
print(Decimal(1) / Decimal(3), getcontext().prec)
print(Decimal(0.1), Decimal("1e10") * 3, -Decimal("0.00"), Decimal("NaN"), f"{Decimal('1234.5678'):,.2f}")
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(sum([Decimal("0.1")] * 10), Decimal("10") ** 20, round(Decimal("2.5")), int(Decimal("7.9")))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(2, 4) == 0.5)
print(Fraction(355, 113).limit_denominator(10), float(Fraction(1, 3)), Fraction(7, 3) // 2, repr(Fraction(-6, 4)))
print(Decimal(3).compare(Decimal(4)), Decimal("1.23E+5").to_eng_string(), Decimal(5).as_tuple())
import sys
print(sys.hash_info.modulus, sys.hash_info.inf, hash(Fraction(1, 3)), hash(Decimal("0.5")) == hash(0.5))
